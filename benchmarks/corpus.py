"""A synthetic district site for the benchmarks: N pages over the sample's columns, as a real git repository.

    python benchmarks/corpus.py DEST --pages 5000 --mix policy --signed 0.01 --seed 1

Two mixes of realistic Chinese text, written for this project from word lists with a seeded generator:
`news` (about 4 KB a page: 工作动态 paragraphs with the numbers that must NOT fire — dates, order numbers,
统一社会信用代码, landlines, 12345, amounts) and `policy` (about 12 KB: 政策文件 with 第一条…, quoting regulations
and the secrecy law often: 保守国家秘密, 国家秘密的密级分为绝密、机密、秘密三级, 工作秘密, 内部, 机密级事项). About 1%
of pages carry a real finding (a checksum-valid ID number, a mobile number, a Luhn-valid card, a 密级 mark), so
the rules have work to do. Pages are drafts; `signed_share` of them are published through the real signing
path (`gates sign`'s own code, as the sample people), which is slow and meant for a few hundred pages.
The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Literal

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

Mix = Literal["news", "policy"]
COLUMNS = ("news", "notices", "policies", "personnel", "wechat")
ROOT_STAMP = "2024-01-02T09:00:00+0800"
PAGES_STAMP = "2024-06-01T09:00:00+0800"

WORDS = (
    "为进一步", "贯彻落实", "区委区政府", "决策部署", "切实做好", "安全生产", "各镇人民政府", "街道办事处",
    "区政府各部门", "有关单位", "结合我区实际", "现就有关事项", "通知如下", "高度重视", "加强组织领导", "压实责任",
    "确保", "落到实处", "统筹推进", "经济社会发展", "优化营商环境", "便民服务", "民生保障", "城市更新",
    "老旧小区改造", "垃圾分类", "河长制", "乡村振兴", "就业创业", "社会保险", "医疗保障", "义务教育", "养老服务",
    "公共文化", "生态环境", "防汛抗旱", "森林防火", "消防安全", "食品安全", "市场监管", "政务公开", "信息化建设",
)
NUMBERS_THAT_MUST_NOT_FIRE = (
    "截至{y}年{m}月{d}日，累计完成投资{a}万元，同比增长{p}%。",
    "咨询电话：023-{l}，服务热线：12345，邮编：4000{z:02d}。",
    "项目批次订单号：{y}{m:02d}{d:02d}{o:010d}，发文字号：江北府办发〔{y}〕{n}号。",
    "统一社会信用代码：11500105MB{n:07d}X，索引号：11500105768865765W/{y}-{n:05d}。",
    "会议时间：{y}-{m:02d}-{d:02d} 14:30，地点：区行政中心{n}号会议室。",
)
SECRECY_QUOTES = (
    "各单位要严格执行《中华人民共和国保守国家秘密法》，切实保守国家秘密。",
    "国家秘密的密级分为绝密、机密、秘密三级，定密责任人应当依法确定密级、保密期限和知悉范围。",
    "涉及机密级、秘密级事项的文件资料，不得在互联网政务平台上存储、处理和传输。",
    "对属于工作秘密的事项，按照有关规定管理，不得擅自对外提供。",
    "内部事务信息和过程性信息，依照条例第十六条可以不予公开。",
    "机关、单位应当加强保密宣传教育，增强干部职工的保密意识，做好保密工作。",
)
ARTICLES = ("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条")


def generate(dest: Path, pages: int, mix: Mix = "news", signed_share: float = 0.0, seed: int = 0) -> Path:
    rng = random.Random(seed)
    if dest.exists():
        raise SystemExit(f"{dest} already exists")
    dest.mkdir(parents=True)
    shutil.copytree(PROJECT / "site_config", dest / "site_config")
    shutil.copyfile(PROJECT / "mkdocs.yml", dest / "mkdocs.yml")
    for index in (PROJECT / "content").rglob("index.md"):
        target = dest / index.relative_to(PROJECT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(index, target)
    keys = _sample_keys(Path(tempfile.mkdtemp(prefix="gates-corpus-keys-")))
    _git(dest, "init", "-q", "-b", "main")
    _commit(dest, "信任根", keys, ROOT_STAMP, sign_as="chengang")
    signed = set(rng.sample(range(pages), int(pages * signed_share))) if signed_share else set()
    start = dt.date(2024, 6, 1)
    for n in range(pages):
        column = COLUMNS[n % len(COLUMNS)]
        day = start + dt.timedelta(days=(n * 7) % 600)
        folder = dest / "content" / column
        folder.mkdir(parents=True, exist_ok=True)
        text = _page(rng, mix, column, n, day, public=n in signed)
        (folder / f"{day.isoformat()}-p{n:06d}.md").write_text(text, encoding="utf-8")
    _commit(dest, f"{pages} 个页面", keys, PAGES_STAMP)
    if signed:
        _sign(dest, sorted(signed), keys)
    return dest


def _page(rng: random.Random, mix: Mix, column: str, n: int, day: dt.date, public: bool) -> str:
    roll = rng.random()
    disclosure = "主动公开" if public or roll < 0.9 else ("依申请公开" if roll < 0.95 else "不予公开")
    head = [
        "---", f"title: 关于做好{rng.choice(WORDS)}{rng.choice(WORDS)}工作的通知（第{n}号）", f"column: {column}",
        "unit: qzfb", f"disclosure: {disclosure}", "status: draft", f"written_date: {day.isoformat()}",
        "topic: 综合政务", "genre: 通知", f"keywords: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
        f"description: {rng.choice(WORDS)}{rng.choice(WORDS)}有关工作安排",
    ]
    if column == "policies":
        head.append(f"doc_number: 江北府办发〔{day.year}〕{n % 300 + 1}号")
    if disclosure != "主动公开":
        head.append("disclosure_reason: 属于内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条不予公开")
    if disclosure == "不予公开":
        head.append(f"review_due: {(day + dt.timedelta(days=1500)).isoformat()}")
    body = _policy_body(rng, n) if mix == "policy" else _news_body(rng)
    if not public and rng.random() < 0.01:
        body = _finding(rng) + body
    note = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}[disclosure]
    return "\n".join([*head, "---"]) + "\n" + body + f"\n重庆市江北区人民政府办公室\n\n{note}\n"


def _paragraph(rng: random.Random) -> str:
    words = "".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
    filler = rng.choice(NUMBERS_THAT_MUST_NOT_FIRE).format(
        y=rng.randint(2019, 2024), m=rng.randint(1, 12), d=rng.randint(1, 28), a=rng.randint(10, 99999),
        p=rng.randint(1, 30), l=rng.randint(60000000, 69999999), z=rng.randint(10, 99), o=rng.randint(1, 10**9),
        n=rng.randint(1, 300))
    return f"{words}。{filler}"


def _news_body(rng: random.Random, size: int = 4000) -> str:
    parts = ["各镇人民政府、街道办事处，区政府各部门，有关单位：\n"]
    while sum(len(p.encode()) for p in parts) < size:
        parts.append(_paragraph(rng) + "\n")
    return "\n".join(parts)


def _policy_body(rng: random.Random, n: int, size: int = 12000) -> str:
    parts = [f"# 江北区{rng.choice(WORDS)}管理办法\n", "各镇人民政府、街道办事处，区政府各部门，有关单位：\n"]
    article = 0
    while sum(len(p.encode()) for p in parts) < size:
        label = ARTICLES[article % len(ARTICLES)]
        article += 1
        quote = rng.choice(SECRECY_QUOTES) if rng.random() < 0.6 else ""
        parts.append(f"**{label}** {_paragraph(rng)}{quote}\n")
    return "\n".join(parts)


def _finding(rng: random.Random) -> str:
    from tests.detect.helpers import make_card, make_id

    kind = rng.choice(("id", "mobile", "card", "mark"))
    if kind == "id":
        return f"联系人身份证号：{make_id(f'500105{rng.randint(1950, 2000)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}{rng.randint(100, 999)}')}\n\n"
    if kind == "mobile":
        return f"联系人：张某，手机：13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}\n\n"
    if kind == "card":
        return f"收款账号：{make_card('622202' + str(rng.randint(10**8, 10**9 - 1)))}\n\n"
    return "机密★1年\n\n"


def _sample_keys(folder: Path) -> dict[str, Path]:
    """Copies of the SAMPLE ONLY keys, mode 0600 (ssh-keygen refuses others)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for key in (PROJECT / "sample" / "keys").iterdir():
        if key.suffix != ".pub":
            shutil.copyfile(key, folder / key.name)
            (folder / key.name).chmod(0o600)
            shutil.copyfile(f"{key}.pub", folder / f"{key.name}.pub")
            out[key.name] = folder / key.name
    return out


def _sign(dest: Path, numbers: list[int], keys: dict[str, Path]) -> None:
    """Publish pages through the real path: each tier signs with `gates sign`'s own code."""
    from gates.actions.sign import sign
    from gates.config import load_config
    from gates.domain.signoff import required_chain
    from gates.model.frontmatter import read_page

    config = load_config(dest)
    pages = sorted((dest / "content").rglob("*-p*.md"))
    chosen = [p for p in pages if int(p.stem.rsplit("-p", 1)[1]) in set(numbers)]
    minute = 0
    for path in chosen:
        rel = path.relative_to(dest).as_posix()
        page = read_page(dest, rel)
        used: set[str] = set()
        for slot in required_chain(page.meta, config):
            person = next(p for p in config.roster.people if not p.outsourced and p.email not in used
                          and p.holds(slot.grant_role, slot.unit, dt.date(2024, 12, 1)))
            used.add(person.email)
            minute += 1
            stamp = (dt.datetime(2024, 12, 1, 8, 0) + dt.timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M:00+0800")
            who = person.email.split("@")[0]
            for k, v in (("user.name", person.name), ("user.email", person.email), ("user.signingkey", str(keys[who])),
                         ("gpg.format", "ssh")):
                _git(dest, "config", k, v)
            os.environ["GIT_AUTHOR_DATE"] = os.environ["GIT_COMMITTER_DATE"] = stamp
            try:
                sign(dest, rel, config, role=slot.grant_role, today=dt.date(2024, 12, 1))
            finally:
                os.environ.pop("GIT_AUTHOR_DATE", None)
                os.environ.pop("GIT_COMMITTER_DATE", None)


def _commit(dest: Path, message: str, keys: dict[str, Path], stamp: str, sign_as: str | None = None) -> None:
    _git(dest, "add", "-A")
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    who = sign_as or "wangxiao"
    args = ["-c", f"user.name={who}", "-c", f"user.email={who}@example.gov.cn"]
    if sign_as:
        args += ["-c", "gpg.format=ssh", "-c", f"user.signingkey={keys[sign_as]}"]
    subprocess.run(["git", *args, "commit", "-q", *(["-S"] if sign_as else ["--no-gpg-sign"]), "-m", message],
                   cwd=dest, env=env, check=True)


def _git(dest: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=dest, check=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--mix", choices=("news", "policy"), default="news")
    parser.add_argument("--signed", type=float, default=0.0, help="share of pages published through gates sign")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    generate(args.dest, args.pages, args.mix, args.signed, args.seed)
    print(f"{args.pages} pages ({args.mix}) in {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
