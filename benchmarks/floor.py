"""The floor for `gates check`: find every page under content/, read it, parse its front matter with PyYAML's
C loader. Nothing that checks a page can do less; `benchmarks/run.py` times `gates check` against this."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml


def main(root: Path) -> int:
    count = 0
    for dirpath, _dirs, files in os.walk(root / "content"):
        for name in files:
            if name.endswith(".md"):
                text = (Path(dirpath) / name).read_bytes().decode("utf-8")
                end = text.find("\n---", 3)
                yaml.load(text[4:end + 1], Loader=yaml.CSafeLoader)
                count += 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
