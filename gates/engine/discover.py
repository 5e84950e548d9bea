"""Which files under content/ are pages to check."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

CONTENT = "content"


def discover(root: Path, paths: Sequence[str] = ()) -> list[str]:
    """Markdown files to check, as sorted posix paths relative to root.

    With no paths, everything under content/. Only .md files are pages: images and attachments beside them
    are not, while a binary or mis-encoded file named .md gets its finding.
    """
    base = root.resolve()
    prefix = str(base) + os.sep
    found: set[str] = set()
    for target in list(paths) or [CONTENT]:
        full = Path(target) if os.path.isabs(target) else base / target
        if full.is_dir():
            # Resolve the folder once, then build names by string: resolving 50,000 files one by one is slow.
            top = str(full.resolve())
            for dirpath, dirnames, filenames in os.walk(top):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    path = os.path.join(dirpath, name)
                    # A symlink is never read: it could point anywhere on the machine (FM013 reports it).
                    if name.endswith(".md") and not os.path.islink(path):
                        found.add(_relative(prefix, path))
        elif full.suffix == ".md" and not full.is_symlink() and full.is_file():
            found.add(_relative(prefix, str(full.parent.resolve() / full.name)))
    return sorted(found)


def _relative(prefix: str, path: str) -> str:
    rel = path[len(prefix):] if path.startswith(prefix) else path
    return rel.replace(os.sep, "/")
