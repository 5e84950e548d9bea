"""Benchmark: the TERM rules with 10,000 terms against the same rules with 10 terms.

    .venv/bin/python benchmarks/bench_terms.py [--pages 5000] [--rounds 7] [--terms 10000] [--keep DIR]

The corpus is benchmarks/corpus.py's news mix. The big term list is the project's own terms.yml plus generated
wrong forms that mostly do not occur in the corpus (the target of issue 9: TERM alone, in-process, terms that
mostly do not occur).

Measured side by side in one process, interleaved round by round, medians:

  small   TERM001 + TERM002 over every page with 10 terms, the automaton built inside the timed run
  big     the same with --terms terms
  engine  gates.engine.run with the TERM rules only (discovery and page parsing included), small and big
  build   the TERM pass over the first page only: the automaton's build, which the big list pays once a run

and prints big / small, and how much of big - small the build is (the rest is the walk). Target: at most 1.1.
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

from benchmarks import reported
from benchmarks.corpus import generate
from benchmarks.inprocess import timed
from benchmarks.reported import Reported
from gates import engine
from gates.config import SiteConfig, Term, load_config
from gates.domain.rule import Context, Rule
from gates.model.page import Page
from gates.rules import context
from gates.rules.term import RULES as TERM_RULES

PROJECT = Path(__file__).resolve().parent.parent
TARGET = 1.1

# Wrong forms the ten-term list starts with.
WRONG = ("截止目前", "区发改委", "其它", "街道办", "十四五规划", "国家卫计委")
COMMON = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
          "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合")


def build(root: Path, pages: int) -> str:
    """A corpus at root (which must not exist yet): benchmarks/corpus.py's news mix."""
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
    parser.add_argument("--json", type=Path, help="also write the ratios here, for benchmarks/run.py")
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

        runs: dict[str, list[float]] = {"small": [], "big": [], "engine-small": [], "engine-big": [],
                                        "build-small": [], "build-big": []}
        hits: dict[str, int] = {}
        term_pass(root, small, pages, TERM_RULES)  # warm-up: imports, page caches
        for _ in range(args.rounds):
            for name, fn in (("small", lambda: term_pass(root, small, pages, TERM_RULES)),
                             ("big", lambda: term_pass(root, big, pages, TERM_RULES)),
                             ("engine-small", lambda: engine_pass(root, small, TERM_RULES)),
                             ("engine-big", lambda: engine_pass(root, big, TERM_RULES)),
                             ("build-small", lambda: term_pass(root, small, pages[:1], TERM_RULES)),
                             ("build-big", lambda: term_pass(root, big, pages[:1], TERM_RULES))):
                seconds, found = timed(fn)
                runs[name].append(seconds)
                hits[name] = found
        med = {name: statistics.median(times) for name, times in runs.items()}
        for name, seconds in med.items():
            print(f"{name:>13}: {seconds * 1000:8.1f} ms median of {args.rounds} ({hits[name]} findings)")
        ratio = med["big"] / med["small"]
        print(f"TERM alone, {len(big.terms)} terms / {len(small.terms)} terms: {ratio:.3f}  (target <= {TARGET})")
        print(f"engine with TERM only (parsing included): {med['engine-big'] / med['engine-small']:.3f}")
        extra, build_extra = med["big"] - med["small"], med["build-big"] - med["build-small"]
        print(f"big - small: {extra * 1000:.1f} ms, of which the build {build_extra * 1000:.1f} ms "
              f"and the walk of the bigger automaton {(extra - build_extra) * 1000:.1f} ms")
        if args.json:
            sizes = f"{len(big.terms):,} terms / {len(small.terms)}"
            reported.write(args.json, [
                Reported(f"TERM alone, {sizes} (in-process)", len(pages), "news", med["big"], med["small"], TARGET),
                Reported(f"engine with TERM only, {sizes} (in-process, parsing included)", len(pages), "news",
                         med["engine-big"], med["engine-small"])])
        return 0 if ratio <= TARGET else 1
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
