"""Benchmark: content gates (FM, ATTR, SEC, … every content-stage rule) against the floor of reading the pages.

    .venv/bin/python benchmarks/bench_content.py [--pages 5000] [--rounds 5] [--keep DIR]

Builds a synthetic site of --pages Chinese pages (~3 KB body each, front matter as in SPEC section 2, a few
percent of pages carrying real findings: ID numbers, mobiles, bank cards, 密级 marks, 附注 mismatches) in a
temporary directory, then measures side by side in one process, interleaved round by round:

  floor   find every page, read it, split off the front matter, yaml.load(..., CSafeLoader)
  engine  gates.engine.run() with every content-stage rule, in-process (what `gates check` runs before sign-off)
  no-sec  the same engine run without the ATTR and SEC rules, to show their own share
  parse   the same engine run with no rules at all: discovery and page parsing, the engine's fixed cost

and prints the median of each and the ratio engine / floor. Target: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.inprocess import timed
from gates import engine
from gates.actions.check import context
from gates.config import load_config
from gates.detect.bankcard import luhn_ok
from gates.detect.idcard import check_character
from gates.domain.rule import Context, Rule
from gates.rules import select

PROJECT = Path(__file__).resolve().parent.parent
COLUMNS = ("news", "notices", "policies", "personnel")
TARGET = 1.5
BODY_BYTES = 3000

WORDS = (
    "为进一步", "贯彻落实", "区委区政府", "决策部署", "切实做好", "安全生产", "工作", "各镇人民政府", "街道办事处",
    "区政府各部门", "有关单位", "结合我区实际", "现就有关事项", "通知如下", "高度重视", "加强组织领导", "压实责任",
    "确保", "落到实处", "统筹推进", "疫情防控", "经济社会发展", "优化营商环境", "便民服务", "民生保障", "城市更新",
    "老旧小区改造", "垃圾分类", "河长制", "乡村振兴", "就业创业", "社会保险", "医疗保障", "义务教育", "养老服务",
    "公共文化", "生态环境", "防汛抗旱", "森林防火", "消防安全", "食品安全", "市场监管", "政务公开", "信息化建设",
)
FILLERS = (
    "截至{y}年{m}月{d}日，累计完成投资{a}万元，同比增长{p}%。",
    "咨询电话：023-{l}，服务热线：12345，邮编：4000{z:02d}。",
    "项目批次订单号：{y}{m:02d}{d:02d}{o:010d}，发文字号：江北府办发〔{y}〕{n}号。",
    "索引号：11500105768865765W/{y}-{n:05d}；统一社会信用代码：11500105MB{n:07d}X。",
    "详见 https://www.cqjb.gov.cn/zwgk/{y}/{m:02d}/t{y}{m:02d}{d:02d}_{o}.html 。",
    "会议时间：{y}-{m:02d}-{d:02d} 14:30，地点：区行政中心{n}号会议室。",
)


def make_id(rng: random.Random) -> str:
    first = f"500105{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return first + check_character(first)


def make_card(rng: random.Random) -> str:
    body = "622202" + "".join(rng.choice("0123456789") for _ in range(12))
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def paragraph(rng: random.Random) -> str:
    words = "".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
    filler = rng.choice(FILLERS).format(
        y=rng.randint(2019, 2024), m=rng.randint(1, 12), d=rng.randint(1, 28), a=rng.randint(10, 99999),
        p=rng.randint(1, 30), l=rng.randint(60000000, 69999999), z=rng.randint(10, 99), o=rng.randint(1, 10**9),
        n=rng.randint(1, 300))
    return f"{words}。{filler}"


def table(rng: random.Random, leak: bool) -> str:
    rows = ["| 序号 | 姓名 | 身份证号 | 银行卡号 | 联系电话 | 金额（元） |", "|---|---|---|---|---|---|"]
    for i in range(1, rng.randint(4, 8)):
        pid, card = make_id(rng), make_card(rng)
        mobile = f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
        if not leak:
            pid, card, mobile = pid[:6] + "*" * 8 + pid[14:], card[:6] + "*" * 9 + card[-4:], mobile[:3] + "****" + mobile[7:]
        rows.append(f"| {i} | 张某{i} | {pid} | {card} | {mobile} | {rng.randint(1, 9) * 100}.00 |")
    return "\n".join(rows)


def front_matter(rng: random.Random, column: str, n: int, day: dt.date) -> str:
    kind = rng.random()
    disclosure = "主动公开" if kind < 0.9 else ("依申请公开" if kind < 0.95 else "不予公开")
    lines = [
        "---",
        f"title: 关于做好{rng.choice(WORDS)}{rng.choice(WORDS)}工作的通知（第{n}号）",
        f"column: {column}",
        "unit: qzfb",
        f"disclosure: {disclosure}",
        "status: published",
        f"date: {day.isoformat()}",
        f"written_date: {day.isoformat()}",
        f"doc_number: 江北府办发〔{day.year}〕{n % 300 + 1}号",
        f"index_number: 11500105768865765W/{day.year}-{n:05d}",
        "topic: 综合政务",
        "genre: 通知",
        "validity: 有效",
        "importance: normal",
        f"keywords: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
        f"description: {rng.choice(WORDS)}{rng.choice(WORDS)}有关工作安排",
        "signers:",
        f"  drafter: {{name: 王晓, date: {day.isoformat()}}}",
        f"  section_head: {{name: 李明, date: {day.isoformat()}}}",
        f"  deputy: {{name: 张华, date: {day.isoformat()}}}",
    ]
    if disclosure != "主动公开":
        lines.append("disclosure_reason: 属于讨论记录等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条")
    if disclosure == "不予公开":
        lines.append(f"review_due: {(day + dt.timedelta(days=1200)).isoformat()}")
    lines.append("---")
    return "\n".join(lines) + "\n"


NOTES = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}


def page_text(rng: random.Random, column: str, n: int, day: dt.date) -> str:
    head = front_matter(rng, column, n, day)
    note = next(v for k, v in NOTES.items() if f"disclosure: {k}\n" in head)
    parts = [head, "各镇人民政府、街道办事处，区政府各部门，有关单位：\n"]
    size = 0
    with_table = rng.random() < 0.2
    leak = rng.random() < 0.05
    while size < BODY_BYTES:
        para = paragraph(rng)
        if with_table and rng.random() < 0.15:
            para = table(rng, leak)
            with_table = False
        parts.append(para + "\n")
        size += len(para.encode("utf-8")) + 1
    if rng.random() < 0.01:
        parts.insert(1, "机密★1年\n")
    parts.append(f"\n重庆市江北区人民政府办公室\n\n{note}\n")
    return "\n".join(parts)


def build(root: Path, pages: int, seed: int = 20221105) -> None:
    shutil.copytree(PROJECT / "site_config", root / "site_config")
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for n in range(pages):
        column = COLUMNS[n % len(COLUMNS)]
        day = start + dt.timedelta(days=n % 700)
        folder = root / "content" / column / f"{day.year}-{day.month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"p{n:05d}.md").write_text(page_text(rng, column, n, day), encoding="utf-8")


def floor(root: Path) -> int:
    """Find every page, read it, parse its front matter with the C loader. Nothing less can check a page."""
    count = 0
    for dirpath, _dirs, files in os.walk(root / "content"):
        for name in files:
            if not name.endswith(".md"):
                continue
            text = (Path(dirpath) / name).read_bytes().decode("utf-8")
            end = text.find("\n---", 3)
            yaml.load(text[4:end + 1], Loader=yaml.CSafeLoader)
            count += 1
    return count


def run_engine(ctx: Context, rules: list[Rule]) -> int:
    result = engine.run(ctx, rules)
    return len(result.findings)



def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()

    tmp = None
    if args.keep:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="gates-bench-")
        root = Path(tmp)
    try:
        print(f"building {args.pages} pages in {root} ...")
        if not (root / "content").exists():
            build(root, args.pages)
        sizes = [p.stat().st_size for p in (root / "content").rglob("*.md")]
        print(f"  {len(sizes)} pages, mean {statistics.mean(sizes) / 1024:.1f} KB")
        ctx = context(root, load_config(root), dt.date(2026, 1, 1))
        content = select(stages=("content",))
        without = [r for r in content if r.family not in ("ATTR", "SEC")]
        print(f"machine: {os.cpu_count()} CPUs; python {sys.version.split()[0]}; "
              f"{len(content)} content rules ({len(content) - len(without)} ATTR/SEC)")

        floor(root)  # warm the page cache so no variant pays for the first read
        runs: dict[str, list[float]] = {"floor": [], "parse": [], "no-sec": [], "engine": []}
        findings = {}
        for _ in range(args.rounds):
            for name, fn in (("floor", lambda: floor(root)),
                             ("parse", lambda: run_engine(ctx, [])),
                             ("engine", lambda: run_engine(ctx, content)),
                             ("no-sec", lambda: run_engine(ctx, without))):
                took, out = timed(fn)
                runs[name].append(took)
                findings[name] = out
        med = {name: statistics.median(times) for name, times in runs.items()}
        n = len(sizes)
        print(f"medians over {args.rounds} interleaved rounds:")
        for name in ("floor", "parse", "no-sec", "engine"):
            print(f"  {name:<8} {med[name]:7.3f} s   {med[name] / n * 1e6:7.1f} µs/page   "
                  f"(findings: {findings[name] if name != 'floor' else '-'})")
        ratio = med["engine"] / med["floor"]
        share = (med["engine"] - med["no-sec"]) / n * 1e6
        print(f"ATTR+SEC cost: {share:.1f} µs/page = {share * n / 1e6 / med['floor']:.2f} x floor; "
              f"engine fixed cost (parse - floor): {(med['parse'] - med['floor']) / n * 1e6:.1f} µs/page")
        print(f"ratio engine / floor: {ratio:.2f}  (target <= {TARGET}: {'ok' if ratio <= TARGET else 'MISSED'})")
        return 0 if ratio <= TARGET else 1
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
