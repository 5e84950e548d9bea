"""The site build with and without the search segmentation cache, on a synthetic published site.

    python benchmarks/bench_site.py [PAGES] [ROUNDS]

Builds (`mkdocs build --strict`, a preview: `verify: false`, so it is the build that is timed, not the gates)
the corpus of benchmarks/corpus.py with every page published, interleaved: no cache, cold cache (emptied
before the build), warm cache (left by the previous build). Prints the median of each.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT))

from benchmarks.corpus import generate  # noqa: E402


def publish_all(root: Path) -> None:
    for page in (root / "content").rglob("*.md"):
        if page.name == "index.md":
            continue
        text = page.read_text(encoding="utf-8")
        day = re.search(r"written_date: (\S+)", text)
        text = text.replace("status: draft", f"status: published\ndate: {day.group(1) if day else '2025-01-01'}", 1)
        page.write_text(text, encoding="utf-8")


def configure(root: Path, cache: bool) -> None:
    config = root / "mkdocs.yml"
    text = re.sub(r"\n      verify: false.*|\n      segment_cache: .*", "", config.read_text(encoding="utf-8"))
    extra = "\n      verify: false" + ("" if cache else '\n      segment_cache: ""')
    config.write_text(re.sub(r"(per_page: \d+[^\n]*)", lambda m: m.group(1) + extra, text, count=1), encoding="utf-8")


def build(root: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml")],
                   cwd=root, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main(pages: int, rounds: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = generate(Path(folder) / "site", pages)
        publish_all(root)
        cache = root / ".cache"
        times: dict[str, list[float]] = {"no cache": [], "cold cache": [], "warm cache": []}
        for _ in range(rounds):
            configure(root, cache=False)
            times["no cache"].append(build(root))
            configure(root, cache=True)
            shutil.rmtree(cache, ignore_errors=True)
            times["cold cache"].append(build(root))
            times["warm cache"].append(build(root))
        for name, values in times.items():
            print(f"{pages} pages, {name}: median {statistics.median(values):.2f} s ({', '.join(f'{v:.2f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000, int(sys.argv[2]) if len(sys.argv) > 2 else 3))
