"""A built folder is listed as os.walk lists it: every file, symlinked folders not entered."""

from __future__ import annotations

import os
from pathlib import Path

from gates.crawl.source import DirSource


def _walked(root: Path) -> set[str]:
    found = set()
    for top, _dirs, names in os.walk(root):
        rel = os.path.relpath(top, root).replace(os.sep, "/")
        found.update(name if rel == "." else f"{rel}/{name}" for name in names)
    return found


def test_every_file_of_a_folder_is_listed_as_os_walk_lists_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for rel in ("index.html", "news/a/index.html", "news/b/index.html", "assets/x.css", "深/层/页.html", ".hidden"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("x", encoding="utf-8")
    (site / "empty").mkdir()
    outside = tmp_path / "outside"
    (outside / "secret").mkdir(parents=True)
    (outside / "secret" / "key.html").write_text("x", encoding="utf-8")
    (site / "linked-folder").symlink_to(outside / "secret", target_is_directory=True)
    (site / "linked-file.html").symlink_to(site / "index.html")
    (site / "dangling.html").symlink_to(tmp_path / "nowhere")
    listed = DirSource(site, "https://site.invalid/", "site").every_file()
    assert listed == sorted(_walked(site))
    assert "news/a/index.html" in listed and "linked-file.html" in listed and "dangling.html" in listed
    assert not [f for f in listed if f.startswith("linked-folder")]
