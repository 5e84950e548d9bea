"""A cache of what each commit says, keyed by commit id, in .git/gates/.

A commit id names its exact bytes, signature included, so a cached verdict can never be carried over to a
rewritten or squashed commit: the rewrite has a new id and is read and verified afresh. Only facts that
depend on the commit alone are stored (its parents, site_config changes, author, date, message, the key
whose signature verified); everything that depends on the roster is recomputed on every run.

The cache lives in the local .git directory, which is never pushed, and is sealed (sealed.py): a file
someone else wrote, or edited, is ignored.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gates.gitrecord import sealed
from gates.gitrecord.commits import Commit, Facts

VERSION = 2
FILE = "signoff-cache.json"
MAX_HEADS = 32  # heads whose whole history is known to be cached


@dataclass
class Cache:
    path: Path
    # id -> [parents, config, facts | None, committer timestamp]
    commits: dict[str, list[Any]] = field(default_factory=dict)
    heads: list[str] = field(default_factory=list)
    blobs: dict[str, str] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def empty(cls, git_dir: Path) -> Cache:
        return cls(git_dir / "gates" / FILE)

    @classmethod
    def open(cls, git_dir: Path) -> Cache:
        store = cls.empty(git_dir)
        raw = sealed.read(store.path)
        if raw is None:
            return store
        try:
            data = json.loads(raw)
        except ValueError:
            return store
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return store
        try:
            store.commits = dict(data["commits"])
            store.heads = [str(h) for h in data["heads"]]
            store.blobs = {str(k): str(v) for k, v in data["blobs"].items()}
        except (KeyError, TypeError, AttributeError):
            return cls.empty(git_dir)
        return store

    def has_head(self, head: str) -> bool:
        return head in self.heads

    def has_facts(self, commit_id: str) -> bool:
        entry = self.commits.get(commit_id)
        return entry is not None and entry[2] is not None

    def facts(self, commit_id: str) -> Facts | None:
        entry = self.commits.get(commit_id)
        if entry is None or entry[2] is None:
            return None
        return Facts.from_json(entry[2])

    def put(self, commit: Commit) -> None:
        self.commits[commit.id] = [list(commit.parents), commit.config,
                                   commit.facts.to_json() if commit.facts is not None else None, commit.committed]
        self.dirty = True

    def add_head(self, head: str) -> None:
        self.heads = [head, *[h for h in self.heads if h != head]][:MAX_HEADS]
        self.dirty = True

    def walk(self, head: str) -> list[Commit]:
        """Every cached commit reachable from head, ancestors first (depth-first, first parent first).

        The order is computed here, not taken from git, so that a cold and a warm run agree exactly.
        """
        order: list[Commit] = []
        seen: set[str] = set()
        stack: list[tuple[str, bool]] = [(head, False)]
        while stack:
            cid, expanded = stack.pop()
            entry = self.commits.get(cid)
            if entry is None:
                continue  # cannot happen for a head in self.heads; a pruned cache is simply rebuilt
            if expanded:
                facts = Facts.from_json(entry[2]) if entry[2] is not None else None
                order.append(Commit(cid, tuple(entry[0]), dict(entry[1]), int(entry[3]), facts))
                continue
            if cid in seen:
                continue
            seen.add(cid)
            stack.append((cid, True))
            for parent in reversed(entry[0]):
                if parent not in seen:
                    stack.append((parent, False))
        return order

    def save(self) -> None:
        if not self.dirty:
            return
        data = {"version": VERSION, "heads": self.heads, "commits": self.commits, "blobs": self.blobs}
        # A cache is an optimisation: a read-only .git or a full disk must not fail the check.
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            sealed.write(self.path, text.encode("utf-8"))
        self.dirty = False
