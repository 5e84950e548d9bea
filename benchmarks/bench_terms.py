"""Benchmark: the TERM rules with 10,000 terms against the same rules with 10 terms.

    .venv/bin/python benchmarks/bench_terms.py [--pages 5000] [--rounds 7] [--terms 10000] [--keep DIR]

Uses benchmarks/corpus.py's `generate(dest, pages)` (news mix) when that module exists; otherwise writes its own synthetic
site: Chinese government pages of about 3 KB of body, with a title and a description, a few of them carrying
real wrong forms from site_config/terms.yml. The big term list is the project's own terms.yml plus generated
wrong forms that mostly do not occur in the corpus (the target of issue 9: TERM alone, in-process, terms that
mostly do not occur).

Measured side by side in one process, interleaved round by round, medians:

  small   TERM001 + TERM002 over every page with 10 terms, the automaton built inside the timed run
  big     the same with --terms terms
  engine  gates.engine.run with the TERM rules only (discovery and page parsing included), small and big

and prints big / small. Target: at most 1.1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.inprocess import timed

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gates import engine
from gates.config import SiteConfig, Term, load_config
from gates.domain.rule import Context, Rule
from gates.model.page import Page
from gates.rules import context
from gates.rules.term import RULES as TERM_RULES

PROJECT = Path(__file__).resolve().parent.parent
TARGET = 1.1
BODY_CHARS = 1000  # about 3 KB of UTF-8
COLUMNS = ("news", "notices", "policies", "personnel")

WORDS = (
    "为进一步", "贯彻落实", "区委、区政府", "决策部署", "切实做好", "安全生产", "工作", "各镇人民政府", "街道办事处",
    "区政府各部门", "有关单位", "结合我区实际", "现就有关事项", "通知如下", "高度重视", "加强组织领导", "压实责任",
    "确保", "落到实处", "统筹推进", "经济社会发展", "优化营商环境", "便民服务", "民生保障", "城市更新",
    "老旧小区改造", "垃圾分类", "河长制", "乡村振兴", "就业创业", "社会保险", "医疗保障", "义务教育", "养老服务",
    "公共文化", "生态环境", "防汛抗旱", "森林防火", "消防安全", "食品安全", "市场监管", "政务公开", "信息化建设",
    "截至目前", "发展改革委", "卫生健康委", "规划和自然资源局", "“十四五”时期", "营商环境", "高质量发展",
)
# Pages that do carry wrong forms, so the hits path is exercised too.
WRONG = ("截止目前", "区发改委", "其它", "街道办", "十四五规划", "国家卫计委")
COMMON = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
          "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合")


def page_text(rng: random.Random, column: str, n: int, day: dt.date) -> str:
    title = f"关于做好{rng.choice(WORDS)}{rng.choice(WORDS)}工作的通知（第{n}号）"
    head = (f"---\ntitle: {title}\ncolumn: {column}\nunit: qzfb\ndisclosure: 主动公开\nstatus: published\n"
            f"date: {day.isoformat()}\ndescription: {rng.choice(WORDS)}{rng.choice(WORDS)}有关工作安排\n---\n")
    parts = ["各镇人民政府、街道办事处，区政府各部门，有关单位：\n"]
    size = 0
    while size < BODY_CHARS:
        words = "".join(rng.choice(WORDS) for _ in range(rng.randint(10, 25)))
        if rng.random() < 0.02:
            words += rng.choice(WRONG)
        parts.append(words + "。\n")
        size += len(words) + 2
    parts.append("\n重庆市江北区人民政府办公室\n")
    return head + "\n".join(parts)


def build_own(root: Path, pages: int, seed: int = 20221105) -> None:
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for n in range(pages):
        column = COLUMNS[n % len(COLUMNS)]
        day = start + dt.timedelta(days=n % 700)
        folder = root / "content" / column / f"{day.year}-{day.month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"p{n:05d}.md").write_text(page_text(rng, column, n, day), encoding="utf-8")


def build(root: Path, pages: int) -> str:
    """A corpus at root (which must not exist yet)."""
    try:
        from corpus import generate  # type: ignore[import-not-found]
    except ImportError:
        root.mkdir(parents=True)
        shutil.copytree(PROJECT / "site_config", root / "site_config")
        build_own(root, pages)
        return "own synthetic pages"
    generate(root, pages)
    return "benchmarks/corpus.py (news mix)"


def small_terms(base: Sequence[Term]) -> tuple[Term, ...]:
    """Ten terms of terms.yml, those the corpus does use first, so both runs report the same findings."""
    used = [t for t in base if any(t.wrong in w for w in WRONG)]
    rest = [t for t in base if t not in used]
    return tuple((used + rest)[:10])


def many_terms(small: Sequence[Term], base: Sequence[Term], count: int, seed: int = 7) -> tuple[Term, ...]:
    """The ten, every other term of terms.yml, then generated wrong forms up to count."""
    rng = random.Random(seed)
    terms = list(small) + [t for t in base if t not in small]
    seen = {t.wrong for t in terms}
    while len(terms) < count:
        wrong = "".join(rng.choice(COMMON) for _ in range(rng.randint(3, 8)))
        if wrong in seen:
            continue
        seen.add(wrong)
        terms.append(Term(wrong, wrong[::-1], rng.choice(("error", "warning"))))
    return tuple(terms[:count])


def term_pass(root: Path, config: SiteConfig, pages: list[Page], rules: Sequence[Rule]) -> int:
    """A fresh run: a new context (so the automaton is compiled inside the timing), every page through TERM."""
    ctx: Context = context(root, config, dt.date(2026, 11, 25))
    found = 0
    for page in pages:
        for rule in rules:
            check = rule.page_check
            assert check is not None
            found += len(list(check(page, ctx)))
    return found


def engine_pass(root: Path, config: SiteConfig, rules: Sequence[Rule]) -> int:
    return len(engine.run(context(root, config, dt.date(2026, 11, 25)), list(rules)).findings)



def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--terms", type=int, default=10000)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()

    tmp = None if args.keep else tempfile.mkdtemp(prefix="gates-bench-terms-")
    root = args.keep or Path(str(tmp)) / "site"
    try:
        made_by = "existing corpus" if (root / "content").exists() else build(root, args.pages)
        base = load_config(root)
        small = replace(base, terms=small_terms(base.terms))
        big = replace(base, terms=many_terms(small.terms, base.terms, args.terms))
        pages = list(engine.iter_pages(context(root, base), ()))
        print(f"corpus: {len(pages)} pages ({made_by}); terms: {len(small.terms)} vs {len(big.terms)}")

        runs: dict[str, list[float]] = {"small": [], "big": [], "engine-small": [], "engine-big": []}
        hits: dict[str, int] = {}
        term_pass(root, small, pages, TERM_RULES)  # warm-up: imports, page caches
        for _ in range(args.rounds):
            for name, fn in (("small", lambda: term_pass(root, small, pages, TERM_RULES)),
                             ("big", lambda: term_pass(root, big, pages, TERM_RULES)),
                             ("engine-small", lambda: engine_pass(root, small, TERM_RULES)),
                             ("engine-big", lambda: engine_pass(root, big, TERM_RULES))):
                seconds, found = timed(fn)
                runs[name].append(seconds)
                hits[name] = found
        med = {name: statistics.median(times) for name, times in runs.items()}
        for name, seconds in med.items():
            print(f"{name:>13}: {seconds * 1000:8.1f} ms median of {args.rounds} ({hits[name]} findings)")
        ratio = med["big"] / med["small"]
        print(f"TERM alone, {len(big.terms)} terms / {len(small.terms)} terms: {ratio:.3f}  (target <= {TARGET})")
        print(f"engine with TERM only (parsing included): {med['engine-big'] / med['engine-small']:.3f}")
        return 0 if ratio <= TARGET else 1
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
