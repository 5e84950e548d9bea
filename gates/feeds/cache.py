"""The last good copy of each feed, and what earlier runs already saw, in .git/gates/feeds/.

A copy is stored only after it parsed as a feed, and it is used without asking the server again only while
younger than `cache_minutes`. After that the server is asked (with If-None-Match / If-Modified-Since); a 304
reuses the copy, anything else that fails is reported as a failure: an old copy never stands in for a feed
that can no longer be read. The local .git directory is never pushed, so CI starts without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gates.model.files import write_atomic

VERSION = 1
_MAX_SEEN = 20000  # document keys remembered across runs; the oldest are dropped past this


def cache_dir(root: Path) -> Path | None:
    """.git/gates/feeds of the repository at root (a worktree's own git dir included); None outside git."""
    dot_git = root / ".git"
    if dot_git.is_dir():
        git_dir = dot_git
    elif dot_git.is_file():
        try:
            line = dot_git.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        if not line.startswith("gitdir:"):
            return None
        git_dir = (root / line.split(":", 1)[1].strip()).resolve()
    else:
        return None
    return git_dir / "gates" / "feeds"


@dataclass(frozen=True)
class Copy:
    url: str
    fetched_at: float  # time.time() of the last successful fetch or 304
    body: bytes
    content_type: str
    etag: str
    last_modified: str


class FeedCache:
    """Good copies by feed URL. A cache without a folder (outside git, or --no-cache) holds nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.folder is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{key}.json", self.folder / f"{key}.body"

    def get(self, url: str) -> Copy | None:
        paths = self._paths(url)
        if paths is None:
            return None
        try:
            meta = json.loads(paths[0].read_text(encoding="utf-8"))
            body = paths[1].read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("version") != VERSION or meta.get("url") != url:
            return None
        if hashlib.sha256(body).hexdigest() != meta.get("sha256"):
            return None  # a torn or edited copy is no copy
        try:
            return Copy(url, float(meta["fetched_at"]), body, str(meta["content_type"]), str(meta["etag"]),
                        str(meta["last_modified"]))
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, copy: Copy) -> None:
        paths = self._paths(copy.url)
        if paths is None:
            return
        meta = {"version": VERSION, "url": copy.url, "fetched_at": copy.fetched_at, "sha256":
                hashlib.sha256(copy.body).hexdigest(), "content_type": copy.content_type, "etag": copy.etag,
                "last_modified": copy.last_modified}
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs a fetch next time
            paths[0].parent.mkdir(parents=True, exist_ok=True)
            write_atomic(paths[1], copy.body)
            write_atomic(paths[0], json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    @staticmethod
    def fresh(copy: Copy, minutes: int, now: float | None = None) -> bool:
        return minutes > 0 and 0 <= (now if now is not None else time.time()) - copy.fetched_at < minutes * 60


@dataclass
class Ledger:
    """What earlier runs on this machine saw: feed items (by document key) and notes already given once."""

    path: Path | None
    seen: dict[str, float] = field(default_factory=dict)  # document key -> when last seen in a feed
    told: set[str] = field(default_factory=set)  # notes given once ("path|key")

    @classmethod
    def open(cls, folder: Path | None) -> Ledger:
        if folder is None:
            return cls(None)
        path = folder / "ledger.json"
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") == VERSION:
                return cls(path, {str(k): float(v) for k, v in data["seen"].items()}, {str(t) for t in data["told"]})
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            pass
        return cls(path)

    def save(self) -> None:
        if self.path is None:
            return
        newest = sorted(self.seen.items(), key=lambda kv: kv[1])[-_MAX_SEEN:]
        data = {"version": VERSION, "seen": dict(newest), "told": sorted(self.told)[-_MAX_SEEN:]}
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
