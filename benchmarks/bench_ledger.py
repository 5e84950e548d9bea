"""Benchmark: `gates ledger` over the synthetic history of bench_signoff.py (N published pages, 3N SSH-signed
approvals), against the floor of reading that history.

    .venv/bin/python benchmarks/bench_ledger.py [--pages 5000] [--keep DIR]

Printed, each once (the ledger is a report run on demand, not a gate):
  floor   approvals.build without cache: one git log, one cat-file, every signature verified, the trust walk
  ledger  the events (history read again with the re-check records, every page's text at its 签发 in one
          `git cat-file --batch`, each decision's chain evaluated)
  csv     writing the rows as CSV; xlsx: writing them with openpyxl
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_signoff import build
from gates.actions import ledgerfile
from gates.actions.ledger import Event, ledger
from gates.config import load_config
from gates.gitrecord import approvals


def timed(label: str, fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    took = time.perf_counter() - start
    print(f"  {label:<58} {took:8.2f} s")
    return took, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--keep", type=Path, default=None, help="build the repository here and keep it")
    args = parser.parse_args()
    os.environ["GIT_CONFIG_GLOBAL"] = os.devnull
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    os.environ.setdefault("GATES_CACHE_KEY_FILE", str(Path(tempfile.mkdtemp()) / "mac.key"))
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-ledger-"))
    root = work / "site"
    print(f"building {args.pages} pages in {root} ...")
    commits = build(root, args.pages)
    print(f"  built {commits} commits; machine: {os.cpu_count()} CPUs; python {sys.version.split()[0]}")
    config = load_config(root)
    floor, _ = timed("floor: approval index from history, no cache", lambda: approvals.build(root, use_cache=False))
    took, got = timed(f"ledger: {args.pages} publication events", lambda: ledger(root, config))
    events: list[Event] = got  # type: ignore[assignment]
    assert len(events) == args.pages, len(events)
    assert all(len(e.tiers) == 3 for e in events)
    timed("csv", lambda: ledgerfile.to_csv(events))
    timed("xlsx", lambda: ledgerfile.to_xlsx(events))
    print(f"  ledger / floor: {took / floor:.2f}x; {took / args.pages * 1000:.2f} ms per event")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
