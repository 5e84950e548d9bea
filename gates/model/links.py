"""The files a page links to: inline links and images, reference-style definitions, raw HTML src/href.

One reading, shared by the content hash (an approval covers the attachments a page links), the inventory of
content/ (a file nobody links is nobody's attachment) and the site (an attachment leaves with its page).
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import stat
from pathlib import Path
from urllib.parse import unquote

_TARGETS = re.compile(
    r"\]\(\s*<([^>\n]+)>"  # [text](<path with spaces>)
    r"|\]\(\s*([^)\s]+)"  # [text](path "title")
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?"  # [ref]: path   (reference-style definition)
    r"|\b(?:src|href)\s*=\s*[\"']([^\"']+)[\"']"  # raw HTML
    r"|\b(?:src|href)\s*=\s*([^\s\"'>]+)",  # raw HTML, unquoted
    re.MULTILINE,
)


def linked_files(src: str, body: str) -> set[str]:
    """Relative, non-Markdown files a page links to, as paths relative to the folder `src` is relative to.

    `src` is the page's own path (docs-relative or repository-relative, the answer is in the same terms).
    Links that leave that folder (`../../x`), absolute paths and URLs with a scheme are not attachments.
    """
    found: set[str] = set()
    base = posixpath.dirname(src)
    for match in _TARGETS.finditer(body):
        raw = next(g for g in match.groups() if g is not None)
        target = unquote(raw.split("#", 1)[0].split("?", 1)[0]).strip()
        if not target or ":" in target.split("/", 1)[0] or target.startswith(("/", "\\")):
            continue  # empty, a URL with a scheme (http:, mailto:, data:), or an absolute path
        path = posixpath.normpath(posixpath.join(base, target))
        if path.startswith("..") or path == "." or path.lower().endswith(".md"):
            continue
        found.add(path)
    return found


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes, never following a symlink: 'missing' or 'not-a-file' when it is not one."""
    try:
        info = os.lstat(path)
    except OSError:
        return "missing"
    if not stat.S_ISREG(info.st_mode):
        return "not-a-file"
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return "sha256:" + digest.hexdigest()


def attachment_digests(root: Path, relpath: str, body: str) -> dict[str, str]:
    """Each attachment a page links (repository-relative path) with the digest of its bytes now."""
    return {path: file_digest(root / path) for path in sorted(linked_files(relpath, body))
            if path.startswith("content/")}
