"""Probe: what one native multi-pattern pass over each page would cost, against row 1's budget for the text rules.

    python benchmarks/probe_native.py SITE_ROOT [--rounds 5] [--pages 3000] [--json FILE]

Row 1 (benchmarks/run.py) reads, from whole processes, how much CPU a page's text rules (AD, SEC, TERM, ATTR007,
SRC005) may cost for `gates check` to stay within 1.5× of the floor: about 17 µs a page at 5,000 pages and 50 at
50,000, on two cores. They cost 170–250. The way to make them cheap that is always proposed is one native pass over
each page's text with every pattern the rules look for, handing Python only the candidates. This probe measures
that pass's own cost, before any rule judges a candidate, with Hyperscan (vectorscan), the fastest multi-pattern
matcher with wheels for Linux on x86_64 and ARM:

  parse      the floor's work for a page: PyYAML's C loader over its front matter
  text rules gates' text rules over the page as they run today (in-process, the page parsed beforehand)
  presence   a Hyperscan pass over the page's body (UTF-8) with the rules' fixed strings (mark words, the wording
             lists and labels, roster unit names) reported at every occurrence and their character classes
             (digit runs, markup, line breaks, invisible characters, addresses) reported once each: the least a
             single-pass design needs to know
  all        the same with every occurrence of the classes too (where each candidate is)

Measured in one process, interleaved round by round, medians; printed per page and as ratios to `parse`. Needs the
`hyperscan` package (the `bench` extra).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `gates` importable without installing them
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import hyperscan
import yaml

from gates import engine
from gates.config import SiteConfig, load_config
from gates.detect import marks
from gates.model.frontmatter import parse_page
from gates.model.page import Page
from gates.rules import context, select

TEXT_RULES = ("AD", "SEC", "TERM", "ATTR007", "SRC005")
# The character classes the text rules' regular expressions start from (detect/numbers.py, detect/reader.py,
# detect/softbreaks.py, detect/links.py): where a number, markup, a line break, an invisible character or an
# address may stand.
CLASSES = (
    r"[0-9\x{ff10}-\x{ff19}]{6,}",
    r"[<&\\\[{*_~`]",
    r"\n",
    r"[\x{00ad}\x{200b}-\x{200f}\x{202a}-\x{202e}\x{2060}-\x{206f}\x{feff}\x{f900}-\x{faff}]",
    r"https?://|www\.",
)


def fixed_strings(config: SiteConfig) -> list[str]:
    words = [*marks._WORDS, "★", "密级"]
    wording = [t.wrong for t in config.terms] + [p.text for p in config.ads.phrases] + list(config.ads.labels)
    units = [u.name for u in config.roster.units.values() if u.name]
    return sorted({w for w in (*words, *wording, *units) if w})


def database(strings: Sequence[str], every_class_hit: bool) -> hyperscan.Database:
    literal = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SOM_LEFTMOST
    once = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_SINGLEMATCH
    patterns = [re.escape(s).encode() for s in strings] + [c.encode() for c in CLASSES]
    flags = [literal] * len(strings) + [literal if every_class_hit else once] * len(CLASSES)
    db = hyperscan.Database()
    db.compile(expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns), flags=flags)
    return db


def front_matters(pages: Sequence[tuple[str, bytes]]) -> list[str]:
    out = []
    for _, data in pages:
        text = data.decode("utf-8")
        if text.startswith("---\n"):
            out.append(text[4:text.find("\n---", 3) + 1])
    return out


def measure(root: Path, rounds: int, limit: int) -> dict[str, object]:
    config = load_config(root)
    ctx = context(root, config, whole_site=True)
    checks = [(r, r.page_check) for r in select(list(TEXT_RULES)) if r.page_check is not None]
    relpaths = engine.discover(root, ())[:limit]
    raw = [(p, (root / p).read_bytes()) for p in relpaths]
    pages: list[Page] = [parse_page(p, data) for p, data in raw]
    heads = front_matters(raw)
    bodies = [page.body.encode("utf-8") for page in pages if page.readable]
    strings = fixed_strings(config)
    found: list[tuple[int, int, int]] = []

    def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
        found.append((pattern, start, end))

    def scan(db: hyperscan.Database) -> Callable[[], int]:
        def run() -> int:
            found.clear()
            for body in bodies:
                db.scan(body, match_event_handler=on_match)
            return len(found)
        return run

    def parse() -> int:
        return sum(len(yaml.load(head, Loader=yaml.CSafeLoader) or ()) for head in heads)

    def text_rules() -> int:
        return sum(len(engine.check_with(page, checks, ctx)) for page in pages)

    sides: dict[str, Callable[[], int]] = {"parse": parse, "text rules": text_rules,
                                           "presence": scan(database(strings, False)),
                                           "all": scan(database(strings, True))}
    times: dict[str, list[float]] = {name: [] for name in sides}
    counts: dict[str, int] = {}
    for name, fn in sides.items():  # untimed warm-up: every cache, every automaton built
        counts[name] = fn()
    for _ in range(rounds):
        for name, fn in sides.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    n = len(pages)
    per_page = {name: statistics.median(t) / n * 1e6 for name, t in times.items()}
    return {"pages": n, "bytes_per_body": sum(map(len, bodies)) / max(1, len(bodies)), "patterns": len(strings),
            "us_per_page": per_page, "candidates_per_page": {k: counts[k] / n for k in ("presence", "all")},
            "over_parse": {k: v / per_page["parse"] for k, v in per_page.items()}}


def table(result: dict[str, object], mix: str) -> str:
    us = result["us_per_page"]
    over = result["over_parse"]
    cand = result["candidates_per_page"]
    assert isinstance(us, dict) and isinstance(over, dict) and isinstance(cand, dict)
    lines = [f"{result['pages']} pages ({mix}), {result['bytes_per_body']:.0f} bytes of body each, "
             f"{result['patterns']} fixed strings and {len(CLASSES)} classes", "",
             "| per page | µs (this run) | × parse | candidates a page |", "|---|---:|---:|---:|"]
    for name in ("parse", "text rules", "presence", "all"):
        count = f"{cand[name]:.0f}" if name in cand else ""
        lines.append(f"| {name} | {us[name]:.1f} | {over[name]:.2f}× | {count} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("root", type=Path, help="a site (a corpus of benchmarks/corpus.py)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", type=int, default=3000, help="at most this many pages (default 3000)")
    parser.add_argument("--mix", default="", help="what the corpus is, for the table's heading")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    result = measure(args.root.resolve(), args.rounds, args.pages)
    print(table(result, args.mix or args.root.name))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
