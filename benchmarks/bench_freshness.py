"""Benchmark: the freshness pass (every FREQ rule over the whole site, as `gates freshness --offline` runs it)
against the floor of reading the pages.

    .venv/bin/python benchmarks/bench_freshness.py [--pages 50000] [--rounds 5] [--keep DIR]

Builds the synthetic site of bench_content.py (Chinese pages of ~3 KB body, front matter as in SPEC section 2,
published over 700 days in four columns) in a temporary directory, then measures side by side in one process,
interleaved round by round:

  floor      find every page, read it, split off the front matter, yaml.load(..., CSafeLoader)
  parse      gates.engine.run() with no rules: discovery and page parsing, the engine's fixed cost
  freshness  gates.engine.run() with the FREQ rules on a whole-site context: one fact per page gathered in the
             single pass, then the table and the site-level conditions computed once

and prints the median of each, the ratio freshness / floor, and what freshness adds per page over parse. There is
no git call at all: the dates come from front matter (a `git log` per page would cost milliseconds each).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_content import build, floor

from benchmarks.inprocess import timed
from gates import engine, rules
from gates.config import load_config
from gates.domain.freshness import FreshnessRun
from gates.domain.rule import Context

TARGET = 1.5
TODAY = dt.date(2026, 1, 1)


def run(root: Path, chosen: list[rules.Rule]) -> int:
    ctx: Context = rules.context(root, load_config(root), TODAY, whole_site=True, site_level="error")
    result = engine.run(ctx, chosen)
    table = ctx.state(FreshnessRun).table
    return len(result.findings) + (len(table.rows) if table is not None else 0)



def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=50000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it (reused when present)")
    args = parser.parse_args()

    tmp = None
    if args.keep:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="gates-bench-freq-")
        root = Path(tmp)
    try:
        if not (root / "content").exists():
            print(f"building {args.pages} pages in {root} ...")
            build(root, args.pages)
        n = sum(1 for _ in (root / "content").rglob("*.md"))
        freq = rules.select(["FREQ"])
        print(f"machine: {os.cpu_count()} CPUs; python {sys.version.split()[0]}; {n} pages; {len(freq)} FREQ rules")

        floor(root)  # warm the page cache so no variant pays for the first read
        runs: dict[str, list[float]] = {"floor": [], "parse": [], "freshness": []}
        outputs: dict[str, int] = {}
        for _ in range(args.rounds):
            for name, fn in (("floor", lambda: floor(root)),
                             ("parse", lambda: run(root, [])),
                             ("freshness", lambda: run(root, freq))):
                took, out = timed(fn)
                runs[name].append(took)
                outputs[name] = out
        med = {name: statistics.median(times) for name, times in runs.items()}
        print(f"medians over {args.rounds} interleaved rounds:")
        for name in ("floor", "parse", "freshness"):
            print(f"  {name:<10} {med[name]:7.3f} s   {med[name] / n * 1e6:7.1f} µs/page")
        ratio = med["freshness"] / med["floor"]
        added = (med["freshness"] - med["parse"]) / n * 1e6
        print(f"freshness adds {added:.1f} µs/page over the engine's own parse "
              f"(findings + table rows: {outputs['freshness']})")
        print(f"ratio freshness / floor: {ratio:.2f}  (target <= {TARGET}: {'ok' if ratio <= TARGET else 'MISSED'})")
        return 0 if ratio <= TARGET else 1
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
