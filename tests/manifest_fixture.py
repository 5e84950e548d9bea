"""TEST FIXTURE ONLY: writes a build manifest (SPEC section 7 format) for a site the test has just built.

The gated build is to write `gates-manifest.json` itself; until it does, the re-scan tests make one here from
the built files, right after the build and before the test tampers with anything, with the source of each page
guessed from MkDocs' URL scheme. It is not the product's manifest writer and must not become one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


def _kind_and_source(rel: str, root: Path) -> tuple[str, str | None]:
    if rel.startswith("assets/") and not rel.startswith("assets/stylesheets/gates"):
        return "theme", None
    if not rel.endswith(".html"):
        return ("asset" if rel.startswith("assets/") else "generated"), None
    if rel == "index.html":
        return "listing", "content/index.md" if (root / "content/index.md").is_file() else None
    folder = rel[: -len("/index.html")] if rel.endswith("/index.html") else rel
    page = root / "content" / f"{folder}.md"
    if page.is_file():
        return "page", page.relative_to(root).as_posix()
    index = root / "content" / folder / "index.md"
    if index.is_file():
        return "listing", index.relative_to(root).as_posix()
    return "generated", None


def write_test_manifest(root: Path, site: Path | None = None, commit: str = "0" * 40) -> Path:
    site = site or root / "site"
    files = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            rel = path.relative_to(site).as_posix()
            kind, source = _kind_and_source(rel, root)
            files[rel] = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "source": source, "kind": kind}
    target = root / "gates-manifest.json"
    target.write_text(json.dumps({"version": 1, "commit": commit, "files": files}, ensure_ascii=False, indent=1),
                      encoding="utf-8")
    return target
