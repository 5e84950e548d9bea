"""The floor for `gates check`: find every page under content/, read it, parse its front matter.

    python benchmarks/floor.py SITE_ROOT

Nothing can check a page for less: it must at least be found, read, decoded and have its YAML parsed, here
with PyYAML's C loader (CSafeLoader). Run as its own process, so the ratio gates / floor compares two whole
processes, start-up included. Prints the number of pages parsed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml


def floor(root: Path) -> int:
    count = 0
    for dirpath, dirnames, filenames in os.walk(root / "content"):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.endswith(".md"):
                continue
            with open(os.path.join(dirpath, name), "rb") as handle:
                text = handle.read().decode("utf-8")
            if text.startswith("---\n"):
                end = text.find("\n---", 3)
                yaml.load(text[4:end + 1], Loader=yaml.CSafeLoader)
            count += 1
    return count


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path.cwd()
    print(floor(root))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
