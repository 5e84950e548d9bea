"""The smoke version of benchmarks/bench_rescan.py: a tiny built site, one round of each process, both modes.

It proves the benchmark still runs end to end (the build, the local server, gates and LinkChecker in each mode,
the table), not how fast anything is. LinkChecker with its default rate limit is left out: about 0.35 s a URL.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_bench_rescan_runs_both_modes_and_the_growth(tmp_path: Path) -> None:
    # The sites go in the benchmark's own temporary folder, not tmp_path: LinkChecker run as root reads them as
    # `nobody`, who cannot enter pytest's private folders.
    out = tmp_path / "table.md"
    proc = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "bench_rescan.py"), "--pages", "12",
                           "--rounds", "1", "--growth", "16", "--no-polite", "--out", str(out)], cwd=PROJECT, capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    for row in ("| directory |", "| directory, one process |", "| live, LinkChecker's rate limit lifted |",
                "| gates rescan SITE_DIR @16 |", "| gates rescan SITE_DIR --jobs 1 @16 |"):
        assert row in table, row
    # Each process did the work: gates read every page and LinkChecker crawled the site, in both modes.
    runs = re.findall(r"round 1  (.+?)\s{2,}[\d.]+ s .*?MiB  (.*)", proc.stdout)
    notes = dict(runs)
    assert len(notes) == 7, runs
    pages = {name: int(note.split()[0]) for name, note in notes.items() if name.startswith("gates")}
    assert pages["gates rescan SITE_DIR"] == pages["gates rescan URL"] >= 12, pages
    checked = {name: int(note.split()[0]) for name, note in notes.items() if name.startswith("linkchecker")}
    assert all(n > 12 for n in checked.values()), checked
    assert re.search(r"\| \*\*[\d.]+×\*\* \|", table)
