"""Benchmark: `gates rescan` against LinkChecker on the same built site, as whole processes, in both modes.

    .venv/bin/python benchmarks/bench_rescan.py [--pages 500] [--rounds 3] [--modes dir,live]
        [--growth 2000,5000,10000] [--keep DIR] [--out FILE] [--no-polite]

Builds a synthetic site of --pages Chinese articles (the corpus of bench_content.py: ~3 KB of body each, a few
percent carrying ID numbers and other findings) with the project's mkdocs.yml and the gates plugin (search off:
the index is not what is measured, and it makes the build minutes longer), which writes the build's manifest.
Then, interleaved round by round (A, B, C, A, B, C ...), medians of wall time:

  directory   gates rescan SITE --no-external --format json (content rules, links, anchors, dates, PUB),
              the same with --jobs 1 (one process), and `linkchecker SITE/index.html` (file:// mode, its
              defaults: internal links only).
  live        the built site served on 127.0.0.1 by a threaded stdlib HTTP server in its own process;
              gates rescan http://127.0.0.1:PORT/ --manifest ... --no-external (the same checks, over HTTP),
              `linkchecker http://127.0.0.1:PORT/` with its defaults, and LinkChecker with its politeness lifted
              (maxrequestspersecond=1000 in a config file given with -f).

LinkChecker's defaults rate-limit each host: maxrequestspersecond=10 makes it wait a random 0.1-0.6 s between two
requests to one host (linkcheck/director/aggregator.py), about 3 requests a second. Its manual (linkcheckerrc(5)):
"To use values greater than 10, the HTTP server must return a LinkChecker response header", so the server sends
one on every response; with the default of 10 the header changes nothing (the wait is the same either way).

Peak memory is the largest resident set of the measured process tree (ru_maxrss from wait4, via
measure.py's trampoline): gates with worker processes runs 1 + jobs processes, each at most that size, largely
sharing their pages (forked after the imports). --growth then scans larger built sites with gates alone (and
with --jobs 1), for pages per second and peak memory as the site grows.

Both programs run from their compiled bytecode, as installed programs do: pip compiles LinkChecker's (and every
other dependency's) when it installs them, and this script compiles gates' own modules (`compileall`, into the
ignored __pycache__ folders) before the first round. Without that, an environment with PYTHONDONTWRITEBYTECODE
set (this machine's shells have it) makes every gates process compile its ~200 modules from source: 0.06 s of a
0.18 s start-up that LinkChecker never pays.

LinkChecker (PyPI `linkchecker`, the `bench` extra) must be installed in the same environment. Run as root it
drops to `nobody`, so the built site is made world-readable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_content import page_text  # noqa: E402
from measure import run as measure  # noqa: E402

from benchmarks import reported  # noqa: E402
from benchmarks.reported import Reported  # noqa: E402

COLUMNS = ("news", "notices", "policies", "personnel")
TARGET = 20.0
TODAY = "2026-04-01"
LIFTED = "[checking]\nmaxrequestspersecond=1000\n"


def make_site(root: Path, pages: int, seed: int = 20221105) -> Path:
    if (root / "gates-manifest.json").is_file() and (root / "site" / "index.html").is_file():
        return root  # built by an earlier run with --keep
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


@dataclass
class Variant:
    name: str
    argv: list[str]
    cwd: Path
    describe: Callable[[str], str]  # the process's stdout -> a note proving it did the work
    seconds: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)  # KiB
    note: str = ""

    def median(self) -> float:
        return statistics.median(self.seconds)

    def peak_mib(self) -> float:
        return max(self.peaks) / 1024


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(PROJECT), "CI": "1", "NO_MKDOCS_2_WARNING": "1"}


def gates_argv(root: Path, target: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "gates", "rescan", target, "--root", str(root), "--no-external", "--format", "json",
            "--today", TODAY, *extra]


def linkchecker() -> str:
    return str(Path(sys.executable).with_name("linkchecker"))


def gates_note(out: str) -> str:
    doc = json.loads(out)
    codes: dict[str, int] = {}
    for f in doc["findings"]:
        codes[f["code"]] = codes.get(f["code"], 0) + 1
    return f"{doc['summary']['files']} pages, findings {dict(sorted(codes.items()))}"


def linkchecker_note(out: str) -> str:
    found = re.search(r"(\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found", out)
    if found is None:
        raise RuntimeError(f"LinkChecker printed no summary: {out[-500:]!r}")
    if int(found.group(4)):
        # The sites are built clean of broken links: an error means LinkChecker could not read the site.
        raise RuntimeError(f"LinkChecker found errors on a clean site: {out[-1500:]!r}")
    return f"{found.group(2)} URLs checked"


def compile_gates() -> None:
    """gates' bytecode, written where Python looks for it: what an installed gates has (see the docstring)."""
    import compileall

    if not compileall.compile_dir(str(PROJECT / "gates"), quiet=1):
        raise RuntimeError("gates' modules did not compile")


def interleave(variants: Sequence[Variant], rounds: int, scratch: Path) -> None:
    for i in range(rounds):
        for v in variants:
            out = scratch / f"{re.sub(r'[^a-z0-9]+', '-', v.name.lower())}.out"
            sample = measure(v.argv, v.cwd, env(), out)
            # 1 is "found something" for both; anything else is a failed run, not a fast one.
            if sample.returncode not in (0, 1):
                err = Path(f"{out}.err").read_text(encoding="utf-8", errors="replace")[-2000:]
                raise RuntimeError(f"{v.name} exited {sample.returncode}: {err}")
            v.note = v.describe(out.read_text(encoding="utf-8"))
            v.seconds.append(sample.seconds)
            v.peaks.append(sample.peak_kib)
            print(f"  round {i + 1}  {v.name:34} {sample.seconds:8.2f} s  peak {sample.peak_kib / 1024:6.1f} MiB  "
                  f"{v.note}", flush=True)


# ---- the live site ------------------------------------------------------------------------------------------


SERVER = """
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allow")  # lets LinkChecker exceed 10 requests/s when told to
        super().end_headers()
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
server.serve_forever()
"""


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """The folder on a threaded stdlib HTTP server, in its own process; yields its base URL."""
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ---- the rows ---------------------------------------------------------------------------------------------


@dataclass
class Row:
    mode: str
    pages: int
    a: Variant  # the peer (numerator)
    b: Variant  # gates

    def ratio(self) -> float:
        return self.a.median() / self.b.median()


def directory(root: Path, rounds: int, scratch: Path) -> list[Row]:
    site = str(root / "site")
    gates = Variant("gates rescan SITE_DIR", gates_argv(root, site), root, gates_note)
    single = Variant("gates rescan SITE_DIR --jobs 1", gates_argv(root, site, "--jobs", "1"), root, gates_note)
    peer = Variant("linkchecker SITE/index.html", [linkchecker(), str(root / "site" / "index.html")], root,
                   linkchecker_note)
    interleave([gates, single, peer], rounds, scratch)
    pages = int(gates.note.split()[0])
    return [Row("directory", pages, peer, gates), Row("directory, one process", pages, peer, single)]


def live(root: Path, rounds: int, scratch: Path, polite: bool = True) -> list[Row]:
    lifted = scratch / "linkcheckerrc-lifted"
    lifted.write_text(LIFTED, encoding="utf-8")
    with served(root / "site") as url:
        gates = Variant("gates rescan URL", gates_argv(root, url, "--manifest", str(root / "gates-manifest.json")),
                        root, gates_note)
        fast = Variant("linkchecker -f lifted.rc URL", [linkchecker(), "-f", str(lifted), url], root,
                       linkchecker_note)
        slow = Variant("linkchecker URL (defaults)", [linkchecker(), url], root, linkchecker_note)
        interleave([gates, fast, slow] if polite else [gates, fast], rounds, scratch)
    pages = int(gates.note.split()[0])
    rows = [Row("live, LinkChecker's defaults", pages, slow, gates)] if polite else []
    return [*rows, Row("live, LinkChecker's rate limit lifted", pages, fast, gates)]


def growth(root: Path, pages: int, rounds: int, scratch: Path) -> list[Variant]:
    site = str(root / "site")
    both = [Variant(f"gates rescan SITE_DIR @{pages}", gates_argv(root, site), root, gates_note),
            Variant(f"gates rescan SITE_DIR --jobs 1 @{pages}", gates_argv(root, site, "--jobs", "1"), root,
                    gates_note)]
    interleave(both, rounds, scratch)
    return both


def report(rows: list[Row], grown: list[tuple[int, list[Variant]]], rounds: int) -> str:
    load = os.getloadavg()
    lines = [f"## gates rescan vs LinkChecker ({dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%MZ})", "",
             f"nproc {os.cpu_count()}; {platform.python_implementation()} {platform.python_version()}; "
             f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {rounds} interleaved round(s), "
             "medians; peak = largest process's resident set (wait4)", "",
             "| mode | pages | LinkChecker | gates | ratio | target | LinkChecker peak | gates peak |",
             "|---|---:|---|---|---:|---|---:|---:|"]
    for r in rows:
        met = "met" if r.ratio() >= TARGET else "**missed**"
        lines.append(f"| {r.mode} | {r.pages:,} | {r.a.name}: {r.a.median():.2f} s ({r.a.note}) | {r.b.name}: "
                     f"{r.b.median():.2f} s | **{r.ratio():.1f}×** | ≥ {TARGET:g}× {met} | {r.a.peak_mib():.0f} MiB | "
                     f"{r.b.peak_mib():.0f} MiB |")
    if grown:
        lines += ["", "| gates alone | HTML pages read | median | pages/s | peak |", "|---|---:|---:|---:|---:|"]
        for _size, variants in grown:
            for v in variants:
                read = int(v.note.split()[0])  # HTML pages gates read (the build adds listings, drops drafts)
                lines.append(f"| {v.name} | {read:,} | {v.median():.2f} s | {read / v.median():,.0f} | "
                             f"{v.peak_mib():.0f} MiB |")
    return "\n".join(lines) + "\n"


def ratios(rows: list[Row], grown: list[tuple[int, list[Variant]]]) -> list[Reported]:
    """The rows as run.py's table reads them: gates / LinkChecker, so the target (20x faster) is <= 0.05."""
    out = [Reported(f"gates rescan / LinkChecker, {r.mode}", r.pages, "news", r.b.median(), r.a.median(),
                    round(1 / TARGET, 3), r.b.peak_mib(), r.a.peak_mib(), f"{r.ratio():.1f}x faster")
           for r in rows]
    if len(grown) >= 2:
        (n1, first), (n2, last) = grown[0], grown[-1]
        out.append(Reported(f"gates rescan SITE_DIR at {n2:,} / at {n1:,} pages", n2, "news", last[0].median(),
                            first[0].median(), None, last[0].peak_mib(), first[0].peak_mib()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--modes", default="dir,live", help="comma-separated: dir, live ('' for neither)")
    parser.add_argument("--growth", default="2000,5000,10000",
                        help="comma-separated site sizes for gates alone ('' for none)")
    parser.add_argument("--keep", type=Path, default=None, help="build the sites here and keep (and reuse) them")
    parser.add_argument("--out", type=Path, default=None, help="also write the Markdown table here")
    parser.add_argument("--json", type=Path, default=None, help="also write the ratios here, for benchmarks/run.py")
    parser.add_argument("--no-polite", dest="polite", action="store_false",
                        help="leave out LinkChecker with its default rate limit (minutes at 500 pages)")
    args = parser.parse_args()
    if not Path(linkchecker()).exists():
        print("linkchecker is not installed in this environment (pip install -e .[bench])", file=sys.stderr)
        return 2
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-rescan-"))
    base.mkdir(parents=True, exist_ok=True)
    os.chmod(base, 0o755)  # LinkChecker run as root reads the site as `nobody`
    modes = {m.strip() for m in args.modes.split(",") if m.strip()}
    compile_gates()
    try:
        rows: list[Row] = []
        grown: list[tuple[int, list[Variant]]] = []
        with tempfile.TemporaryDirectory() as scratch:
            if modes:
                root = make_site(base / f"site{args.pages}", args.pages)
                if "dir" in modes:
                    print(f"directory: {args.pages}-page built site, {args.rounds} interleaved rounds", flush=True)
                    rows += directory(root, args.rounds, Path(scratch))
                if "live" in modes:
                    print(f"live: the same site on 127.0.0.1, {args.rounds} interleaved rounds", flush=True)
                    rows += live(root, args.rounds, Path(scratch), args.polite)
            for size in [int(s) for s in args.growth.split(",") if s.strip()]:
                print(f"growth: {size} pages, gates alone", flush=True)
                grown.append((size, growth(make_site(base / f"site{size}", size), size, args.rounds, Path(scratch))))
        table = report(rows, grown, args.rounds)
        print(table)
        if args.out is not None:
            args.out.write_text(table, encoding="utf-8")
        if args.json is not None:
            reported.write(args.json, ratios(rows, grown))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
