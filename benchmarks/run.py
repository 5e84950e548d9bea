"""Every benchmark of the project, one command, a table of ratios measured side by side in one run.

    .venv/bin/python benchmarks/run.py [--quick] [--pages 5000,50000] [--rounds 3] [--out FILE]

Each row times whole processes (A, B, A, B, … interleaved round by round), takes medians, and reports the
ratio A/B; absolute times are shown but not relied on (the machine is shared). Peak memory is each process's
own maximum resident set (os.wait4). Where a row is measured at two sizes, the growth exponent
log(t2/t1)/log(n2/n1) says how time grows (1.0 = linear).

Rows:
  1. `gates check` (every stage, draft pages, cold: no .git/gates/) vs the floor (benchmarks/floor.py: read and
     parse every page's front matter with the C loader), news and policy mixes. Target <= 1.5x.
  2. the pre-commit stage on one page (`gates check --stage content PAGE`) in a large vs a small repository
     (flat: <= 1.1), and gates' own start-up vs `python -c pass`.
  3. sign-off verification: `gates check --select SIGN` cold and warm vs `git log --show-signature`.
`--quick` is the smoke version (tiny corpora, one round), run by the test suite so this cannot rot.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.corpus import generate  # noqa: E402

PY = sys.executable


@dataclass
class Sample:
    seconds: float
    peak_mb: float


@dataclass
class Row:
    name: str
    a: str
    b: str
    ratio: float
    a_s: float
    b_s: float
    a_mb: float
    b_mb: float
    target: str = ""


def run_once(cmd: list[str], cwd: Path, before: Callable[[], None] | None = None) -> Sample:
    if before:
        before()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1 = findings, a normal outcome of gates check
        raise SystemExit(f"{' '.join(cmd)} failed with {proc.returncode}")
    return Sample(took, usage.ru_maxrss / 1024)


def pair(name: str, a: tuple[str, list[str], Callable[[], None] | None], b: tuple[str, list[str], Callable[[], None] | None],
         cwd: Path, rounds: int, target: str = "") -> Row:
    runs: dict[str, list[Sample]] = {a[0]: [], b[0]: []}
    run_once(b[1], cwd, b[2])  # warm the page cache for both
    for _ in range(rounds):
        for label, cmd, before in (a, b):
            runs[label].append(run_once(cmd, cwd, before))
    med = {k: statistics.median(s.seconds for s in v) for k, v in runs.items()}
    peak = {k: max(s.peak_mb for s in v) for k, v in runs.items()}
    return Row(name, a[0], b[0], med[a[0]] / med[b[0]], med[a[0]], med[b[0]], peak[a[0]], peak[b[0]], target)


def cold(repo: Path) -> Callable[[], None]:
    return lambda: shutil.rmtree(repo / ".git" / "gates", ignore_errors=True)


def row_check(tmp: Path, pages: int, mix: str, rounds: int) -> Row:
    repo = tmp / f"{mix}-{pages}"
    if not repo.exists():
        generate(repo, pages, mix, 0.0, seed=pages)  # type: ignore[arg-type]
    return pair(f"1. gates check vs floor, {pages:,} {mix} pages",
                ("gates check", [PY, "-m", "gates", "check", "--format", "json", "--today", "2025-01-01"], cold(repo)),
                ("floor", [PY, str(HERE / "floor.py"), str(repo)], None), repo, rounds, "<= 1.5")


def row_precommit(tmp: Path, small: int, large: int, rounds: int) -> list[Row]:
    repos = {}
    for pages in (small, large):
        repo = tmp / f"news-{pages}"
        if not repo.exists():
            generate(repo, pages, "news", 0.0, seed=pages)
        repos[pages] = repo
    page = next((repos[small] / "content" / "news").glob("*.md")).relative_to(repos[small]).as_posix()
    big_page = next((repos[large] / "content" / "news").glob("*.md")).relative_to(repos[large]).as_posix()
    rows = []
    a = pair(f"2. pre-commit stage, one page, {large:,} vs {small:,} pages", (
        "large", [PY, "-m", "gates", "check", "--stage", "content", str(repos[large] / big_page)], None), (
        "small", [PY, "-m", "gates", "check", "--stage", "content", str(repos[small] / page)], None),
        repos[large], rounds, "<= 1.1")
    rows.append(a)
    rows.append(pair("2. gates start-up (--version) vs python -c pass", (
        "gates", [PY, "-m", "gates", "--version"], None), ("python", [PY, "-c", "pass"], None), repos[small], rounds))
    return rows


def row_signoff(tmp: Path, pages: int, signed: float, rounds: int) -> list[Row]:
    repo = tmp / f"signed-{pages}"
    if not repo.exists():
        generate(repo, pages, "news", signed, seed=7)
    allowed = repo / ".git" / "allowed_signers"
    lines = []
    for pub in (HERE.parent / "sample" / "keys").glob("*.pub"):
        lines.append(f"{pub.stem}@example.gov.cn {' '.join(pub.read_text().split()[:2])}")
    allowed.write_text("\n".join(lines) + "\n")
    peer = ["git", "-c", f"gpg.ssh.allowedSignersFile={allowed}", "log", "--show-signature", "--format=%H"]
    sign = [PY, "-m", "gates", "check", "--select", "SIGN", "--today", "2025-01-01"]
    return [
        pair(f"3. sign-off verification, cold ({int(pages * signed)} published pages)", ("gates cold", sign, cold(repo)),
             ("git log --show-signature", peer, None), repo, rounds, "< 1"),
        pair("3. sign-off verification, warm", ("gates warm", sign, None), ("git log --show-signature", peer, None),
             repo, rounds, "< 1"),
    ]


def growth(small: Row, large: Row, n1: int, n2: int) -> float:
    return math.log(large.a_s / small.a_s) / math.log(n2 / n1)


def table(rows: list[Row], notes: list[str]) -> str:
    out = ["| benchmark | A | B | A/B | A (s) | B (s) | A peak MB | B peak MB | target |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r.name} | {r.a} | {r.b} | **{r.ratio:.2f}** | {r.a_s:.2f} | {r.b_s:.2f} | {r.a_mb:.0f} | "
                   f"{r.b_mb:.0f} | {r.target} |")
    return "\n".join([*out, "", *notes]) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny corpora, one round: the smoke version")
    parser.add_argument("--pages", default="5000,50000", help="sizes for row 1 (comma-separated)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--signed", type=int, default=200, help="published (signed) pages for row 3")
    parser.add_argument("--keep", type=Path, help="keep the corpora here (and reuse them)")
    parser.add_argument("--out", type=Path, help="also write the table as Markdown here")
    args = parser.parse_args(argv)
    sizes = [60, 120] if args.quick else [int(n) for n in args.pages.split(",")]
    rounds = 1 if args.quick else args.rounds
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="gates-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        rows: list[Row] = []
        notes: list[str] = []
        for mix in ("news", "policy"):
            by_size = [row_check(tmp, n, mix, rounds) for n in sizes]
            rows += by_size
            if len(sizes) >= 2:
                notes.append(f"- growth exponent of `gates check`, {mix}, {sizes[0]:,} -> {sizes[-1]:,} pages: "
                             f"{growth(by_size[0], by_size[-1], sizes[0], sizes[-1]):.2f} (1.0 = linear)")
        rows += row_precommit(tmp, sizes[0], sizes[-1], rounds)
        signed_pages = 4 if args.quick else args.signed
        rows += row_signoff(tmp, signed_pages * 4, 0.25, rounds)
        text = table(rows, notes)
        machine = f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d')}"
        print(f"{machine}\n\n{text}")
        if args.out:
            args.out.write_text(f"Measured {machine}.\n\n{text}", encoding="utf-8")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
