"""Every file under content/, classified: what the gates check and the build may publish, and nothing else.

A file is a page (`content/<column>/<name>.md`), an index page (`content/index.md`, `content/<column>/index.md`),
an attachment (a file of an allowed type that a page links), ignored (dotfiles, which no generator publishes)
or unknown. Unknown files are findings in `gates check` and make the gated build refuse: a page saved as
`.markdown` or `.MD`, hand-written HTML, a file no page links, a page in a nested folder, and every symlink —
a symlink is never followed, so `content/x -> /proc/self/environ` cannot carry the build's secrets into site/.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Kind = Literal["page", "index", "attachment", "ignored", "unknown"]
CONTENT = "content"

# Types a government page attaches: documents, spreadsheets, slides, archives, images, audio and video.
# Never HTML, SVG, scripts or styles: a file the browser runs is not an attachment.
ATTACHMENT_TYPES = frozenset({
    ".pdf", ".ofd", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".dps", ".txt", ".csv",
    ".zip", ".rar", ".7z", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".mp3", ".mp4",
})
# Names other tools read as Markdown pages; only `.md` is a page here.
MARKDOWN_LIKE = frozenset({".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext", ".mdx", ".rmd"})


@dataclass(frozen=True)
class Item:
    path: str  # repository-relative, posix
    kind: Kind
    reason: str = ""  # for unknown files: why, in Chinese
    linked_by: tuple[str, ...] = ()  # for attachments: the pages that link it


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def of_kind(self, *kinds: Kind) -> list[Item]:
        return [i for i in self.items.values() if i.kind in kinds]


@dataclass(frozen=True)
class _Entry:
    path: str
    is_link: bool
    is_file: bool


def walk(root: Path) -> Iterator[_Entry]:
    """Every entry under content/, depth first, never following a symlink."""
    stack = [CONTENT]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(root / folder))
        except OSError:
            continue
        for entry in sorted(entries, key=lambda e: e.name):
            rel = f"{folder}/{entry.name}"
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError:
                continue
            if stat.S_ISLNK(mode):
                yield _Entry(rel, True, False)
            elif stat.S_ISDIR(mode):
                # Dot folders too: no generator publishes them, but one walks into them (MkDocs follows
                # symlinks while listing files), so a symlink hidden in `.cache/` must still be found.
                stack.append(rel)
            else:
                yield _Entry(rel, False, stat.S_ISREG(mode))


def place(path: str) -> tuple[Kind, str]:
    """What a path can be by its name and place alone (an attachment still needs a page that links it)."""
    parts = path.split("/")
    name = parts[-1]
    suffix = os.path.splitext(name)[1]
    if any(part.startswith(".") for part in parts[1:]):
        return "ignored", ""
    if suffix == ".md":
        if name == "index.md" and len(parts) in (2, 3):
            return "index", ""
        if len(parts) == 3:
            return "page", ""
        if len(parts) == 2:
            return "unknown", "页面须放在栏目目录 content/<栏目>/ 中"
        return "unknown", "栏目目录下的子目录中不能放页面 (附件可以)"
    if suffix.lower() == ".md" or suffix.lower() in MARKDOWN_LIKE:
        return "unknown", f"页面文件须以小写 .md 结尾 ({name} 不会被检查)"
    if suffix.lower() not in ATTACHMENT_TYPES:
        return "unknown", f"不允许的文件类型 {suffix or '(无扩展名)'}：网页、脚本等不能作为附件发布"
    return "attachment", ""


def classify(root: Path, links: Mapping[str, Iterable[str]]) -> Inventory:
    """The inventory of content/, given each page's linked files (repository-relative) by page path."""
    inventory = Inventory()
    for item in items(root, links):
        inventory.items[item.path] = item
    return inventory


def items(root: Path, links: Mapping[str, Iterable[str]]) -> Iterator[Item]:
    """Every file under content/ classified, one at a time: a 50,000-page check asks only for the unknown ones
    and need not hold the rest."""
    linked: dict[str, list[str]] = {}
    for page, targets in links.items():
        for target in targets:
            linked.setdefault(target, []).append(page)
    for entry in walk(root):
        if entry.is_link:
            yield Item(entry.path, "unknown", "符号链接不会被发布，也不会被读取：请放入文件本身")
        elif not entry.is_file:
            yield Item(entry.path, "unknown", "不是普通文件")
        else:
            kind, reason = place(entry.path)
            if kind == "attachment" and entry.path not in linked:
                kind, reason = "unknown", "没有任何页面引用此文件，它不会被发布"
            yield Item(entry.path, kind, reason, tuple(sorted(linked.get(entry.path, ()))))
