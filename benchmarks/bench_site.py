"""The site build against plain Material, and the incremental one-page republish against a full build.

    python benchmarks/bench_site.py [--sizes 5000,10000] [--rounds 2,1] [--out FILE.json]

For each size, a synthetic site from benchmarks/corpus.py (news text) with every page published and only the
pages the gates publish (published, 主动公开) left in content/, so both builds render the same articles. Then,
round after round, as whole processes (`python -m mkdocs build --strict`), in alternating order:

- plain Material: the project's mkdocs.yml without the gates plugin (Material, `search` with `lang: zh`,
  i.e. jieba, articles out of the nav): the floor;
- ours, cold: the same mkdocs.yml with the gates plugin as a preview (`verify: false`: the corpus has no
  approvals, so the build, not the sign-off check, is timed), segmentation cache and page records removed;
- incremental: one new page published (a file added to content/), `GATES_BUILD_REUSE=1` as
  `gates build --incremental` sets it, reusing the build before;
- full: the same site built again without reuse (segmentation cache warm, as between two CI builds). Its
  output must equal the incremental one, file for file and byte for byte, or the benchmark stops.

Prints one line a size and a JSON document of every time (medians, ratios) for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT))

from benchmarks import reported  # noqa: E402
from benchmarks.corpus import generate  # noqa: E402
from benchmarks.reported import Reported  # noqa: E402

NEW_PAGE = "news/bench-new-page.md"
NEW_TEXT = ("---\ntitle: 关于举办政务开放日活动的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: published\n"
            "date: 2030-01-01\n---\n区政府定于下月举办政务开放日活动，欢迎市民报名参加。\n")


def publish_all(root: Path) -> None:
    """Every page published; those the gates would not show anyway (not 主动公开) leave content/."""
    for page in (root / "content").rglob("*.md"):
        if page.name == "index.md":
            continue
        text = page.read_text(encoding="utf-8")
        day = re.search(r"written_date: (\S+)", text)
        text = text.replace("status: draft", f"status: published\ndate: {day.group(1) if day else '2025-01-01'}", 1)
        page.write_text(text, encoding="utf-8")
    for page in list((root / "content").rglob("*.md")):
        # corpus.py writes `disclosure: <value>` on a line of its own (benchmarks import no gates module).
        if page.name != "index.md" and "\ndisclosure: 主动公开\n" not in page.read_text(encoding="utf-8"):
            page.unlink()


def configure(root: Path, cache: bool = True, per_page: int | None = None) -> None:
    """Ours: the gates plugin as a preview; `cache` False turns the segmentation cache off; `per_page` sets
    the listing page size (the project's mkdocs.yml says 4, to show paging on its small sample)."""
    config = root / "mkdocs.yml"
    text = re.sub(r"\n      verify: false.*|\n      segment_cache: .*", "", config.read_text(encoding="utf-8"))
    if per_page is not None:
        text = re.sub(r"per_page: \d+", f"per_page: {per_page}", text, count=1)
    extra = "\n      verify: false" + ("" if cache else '\n      segment_cache: ""')
    config.write_text(re.sub(r"(per_page: \d+[^\n]*)", lambda m: m.group(1) + extra, text, count=1), encoding="utf-8")


def plain_config(root: Path) -> Path:
    """The project's mkdocs.yml without the gates plugin: Material, search lang zh, articles out of the nav."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\n  - gates:\n(?:      .*\n)*", "\n", text)
    text = re.sub(r"(?m)^site_dir: .*$", "site_dir: site-plain", text)
    assert "gates" not in re.sub(r"#.*", "", text), "the plain configuration still names the gates plugin"
    target = root / "mkdocs-plain.yml"
    target.write_text(text, encoding="utf-8")
    return target


def build(root: Path, config: str, reuse: bool = False) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT), "GATES_BUILD_REUSE": "1" if reuse else "0"}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / config)],
                          cwd=root, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({config}): {proc.stderr[-2000:]}")
    return elapsed


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def measure(pages: int, rounds: int, folder: Path, per_page: int | None = None) -> dict[str, Any]:
    root = generate(folder / f"site{pages}", pages)
    publish_all(root)
    configure(root, per_page=per_page)
    plain_config(root)
    shown = sum(1 for p in (root / "content").rglob("*.md") if p.name != "index.md")
    times: dict[str, list[float]] = {"plain": [], "ours": [], "incremental": [], "full": []}
    new_page = root / "content" / NEW_PAGE
    for number in range(rounds):
        new_page.unlink(missing_ok=True)
        shutil.rmtree(root / ".cache", ignore_errors=True)
        order = ["plain", "ours"] if number % 2 == 0 else ["ours", "plain"]
        for which in order:
            if which == "plain":
                times["plain"].append(build(root, "mkdocs-plain.yml"))
            else:
                times["ours"].append(build(root, "mkdocs.yml"))  # cold: .cache/ was removed above
        new_page.write_text(NEW_TEXT, encoding="utf-8")  # publishing one page
        times["incremental"].append(build(root, "mkdocs.yml", reuse=True))
        incremental = tree(root / "site")
        times["full"].append(build(root, "mkdocs.yml"))
        full = tree(root / "site")
        if incremental != full:
            differing = sorted(set(incremental) ^ set(full)) + [k for k in full if incremental.get(k) != full[k]]
            raise SystemExit(f"incremental output differs from the full build: {differing[:5]}")
    medians = {name: statistics.median(values) for name, values in times.items()}
    per_page_used = re.search(r"per_page: (\d+)", (root / "mkdocs.yml").read_text(encoding="utf-8"))
    return {"pages": pages, "articles": shown, "per_page": int(per_page_used.group(1)) if per_page_used else None, "rounds": rounds, "times": times, "medians": medians,
            "ours_over_plain": medians["ours"] / medians["plain"],
            "incremental_over_full": medians["incremental"] / medians["full"]}


def load() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="5000,10000")
    parser.add_argument("--rounds", default="2,1", help="rounds per size, in the same order")
    parser.add_argument("--per-page", type=int, help="listing page size (default: mkdocs.yml's, 4)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--json", type=Path, help="also write the ratios here, for benchmarks/run.py")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rounds = [int(r) for r in args.rounds.split(",")]
    rounds += [rounds[-1]] * (len(sizes) - len(rounds))
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M+00:00")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for pages, count in zip(sizes, rounds, strict=True):
            load_before = load()
            result = measure(pages, count, Path(folder), args.per_page)
            result["load"] = f"{load_before} -> {load()}"
            results.append(result)
            m = result["medians"]
            print(f"{pages} pages ({result['articles']} articles, per_page {result['per_page']}), {count} round(s): ours {m['ours']:.1f} s / plain "
                  f"{m['plain']:.1f} s = {result['ours_over_plain']:.2f}x; incremental one-page republish "
                  f"{m['incremental']:.1f} s / full {m['full']:.1f} s = {result['incremental_over_full']:.2f}x; "
                  f"load {result['load']}", flush=True)
    if len(results) >= 2:
        growth = results[-1]["medians"]["ours"] / results[0]["medians"]["ours"]
        print(f"growth: ours at {results[-1]['pages']} / at {results[0]['pages']} = {growth:.2f}")
    doc = {"date": started, "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
           "results": results}
    if args.out:
        args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.json:
        reported.write(args.json, ratios(results))
    return 0


def ratios(results: list[dict[str, Any]]) -> list[Reported]:
    out = []
    for r in results:
        m, note = r["medians"], f"per_page {r['per_page']}, load {r.get('load', '?')}"
        out += [Reported("site build, ours cold / plain Material", r["pages"], "news", m["ours"], m["plain"], 1.3,
                         note=note),
                Reported("one-page republish (incremental) / full build", r["pages"], "news", m["incremental"],
                         m["full"], 0.2, note=note)]
    if len(results) >= 2:
        first, last = results[0], results[-1]
        out.append(Reported(f"site build, ours at {last['pages']:,} / at {first['pages']:,} pages", last["pages"],
                            "news", last["medians"]["ours"], first["medians"]["ours"], 2.2))
    return out


if __name__ == "__main__":
    sys.exit(main())
