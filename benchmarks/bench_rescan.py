"""Benchmark: `gates rescan SITE_DIR` against LinkChecker on the same built site, as whole processes.

    .venv/bin/python benchmarks/bench_rescan.py [--pages 500] [--rounds 3] [--growth 2000,5000] [--keep DIR]

Builds a synthetic site of --pages Chinese articles (the corpus of bench_content.py: ~3 KB of body each, a few
percent carrying ID numbers and other findings) with the project's mkdocs.yml and the gates plugin (search off: the
index is not what is measured, and it makes the build minutes longer), which writes the build's manifest, then
runs, interleaved round by round:

  gates        gates rescan SITE --no-external --format json (content rules, links, anchors, dates, PUB)
  linkchecker  linkchecker --no-warnings -o none SITE/index.html (internal links only: its default)

and prints the median wall time of each, their ratio (target: gates at least 20x faster) and peak memory (the
child's own maximum RSS, from wait4). --growth then scans larger built sites with gates alone, for pages per
second and peak memory as the site grows.

LinkChecker (PyPI `linkchecker`) must be installed in the same environment. Run as root it drops to `nobody`,
so the built site is made world-readable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_content import page_text  # noqa: E402

COLUMNS = ("news", "notices", "policies", "personnel")
TARGET = 20.0
TODAY = "2026-04-01"


def make_site(root: Path, pages: int, seed: int = 20221105) -> Path:
    shutil.copytree(PROJECT / "site_config", root / "site_config")
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    # Search off (it is not what is measured and makes the build minutes longer); a preview build, since the
    # synthetic site has no approval history: its manifest is written all the same.
    config = re.sub(r"(?m)^  - search:\n      lang: zh\n", "", config)
    config = re.sub(r"per_page: \d+", "per_page: 20\n      verify: false", config)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    columns = root / "site_config" / "columns.yml"
    columns.write_text(re.sub(r', feed: "[^"]*"', "", columns.read_text(encoding="utf-8")), encoding="utf-8")
    content = root / "content"
    (content).mkdir()
    (content / "index.md").write_text("---\ntitle: 首页\n---\n", encoding="utf-8")
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for n in range(pages):
        column = COLUMNS[n % len(COLUMNS)]
        day = start + dt.timedelta(days=n % 700)
        folder = content / column
        folder.mkdir(exist_ok=True)
        (folder / f"{day.isoformat()}-p{n:05d}.md").write_text(page_text(rng, column, n, day), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml")], cwd=root,
                   env=env, check=True)
    print(f"  built {pages} pages in {time.perf_counter() - started:.1f} s", flush=True)
    assert (root / "gates-manifest.json").is_file(), "the gates plugin wrote no manifest"
    for top, dirs, files in os.walk(root):
        for name in dirs + files:
            os.chmod(os.path.join(top, name), 0o755 if name in dirs else 0o644)
    os.chmod(root, 0o755)
    return root


def run(cmd: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB of the child itself, exit code."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "CI": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def gates_cmd(root: Path) -> list[str]:
    return [sys.executable, "-m", "gates", "rescan", str(root / "site"), "--root", str(root), "--no-external",
            "--format", "json", "--today", TODAY]


def linkchecker_cmd(root: Path) -> list[str]:
    exe = Path(sys.executable).with_name("linkchecker")
    return [str(exe), "--no-warnings", "-o", "none", str(root / "site" / "index.html")]


def summary(root: Path) -> dict[str, int]:
    out = subprocess.run(gates_cmd(root), cwd=root, env={**os.environ, "PYTHONPATH": str(PROJECT)},
                         capture_output=True, text=True, check=False).stdout
    doc = json.loads(out)
    codes: dict[str, int] = {}
    for f in doc["findings"]:
        codes[f["code"]] = codes.get(f["code"], 0) + 1
    return {"pages": doc["summary"]["files"], **codes}


def compare(root: Path, rounds: int) -> None:
    print(f"  what gates finds there: {summary(root)}", flush=True)
    times: dict[str, list[float]] = {"gates": [], "linkchecker": []}
    peaks: dict[str, list[float]] = {"gates": [], "linkchecker": []}
    for i in range(rounds):
        for name, cmd in (("gates", gates_cmd(root)), ("linkchecker", linkchecker_cmd(root))):
            seconds, peak, code = run(cmd, root)
            # 1 is "found something" for both; anything else is a failed run, not a fast one.
            assert code in (0, 1), f"{name} exited {code}"
            times[name].append(seconds)
            peaks[name].append(peak)
            print(f"  round {i + 1} {name:12} {seconds:8.2f} s  peak {peak:6.1f} MB  exit {code}", flush=True)
    g, lc = statistics.median(times["gates"]), statistics.median(times["linkchecker"])
    print(f"  median: gates {g:.2f} s, linkchecker {lc:.2f} s; linkchecker / gates = {lc / g:.1f}x "
          f"(target >= {TARGET:g}x: {'met' if lc / g >= TARGET else 'NOT met'})")
    print(f"  peak memory: gates {max(peaks['gates']):.1f} MB, linkchecker {max(peaks['linkchecker']):.1f} MB")


def growth(root: Path, pages: int, rounds: int) -> None:
    times, peaks = [], []
    for _ in range(rounds):
        seconds, peak, code = run(gates_cmd(root), root)
        assert code in (0, 1), f"gates exited {code}"
        times.append(seconds)
        peaks.append(peak)
    median = statistics.median(times)
    print(f"  {pages} pages: gates rescan {median:.2f} s (median of {rounds}), {pages / median:.0f} pages/s, "
          f"peak {max(peaks):.1f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--growth", default="2000,5000", help="comma-separated site sizes for gates alone ('' for none)")
    parser.add_argument("--keep", type=Path, default=None, help="build the sites here and keep them")
    args = parser.parse_args()
    if not Path(sys.executable).with_name("linkchecker").exists():
        print("linkchecker is not installed in this environment (pip install linkchecker)", file=sys.stderr)
        return 2
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-rescan-"))
    try:
        print(f"gates rescan vs LinkChecker, {args.pages}-page built site, {args.rounds} interleaved rounds")
        compare(make_site(base / f"site{args.pages}", args.pages), args.rounds)
        sizes = [int(s) for s in args.growth.split(",") if s.strip()]
        if sizes:
            print("gates rescan as the site grows")
        for size in sizes:
            growth(make_site(base / f"site{size}", size), size, args.rounds)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
