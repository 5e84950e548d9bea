"""What history reading yields per commit: its graph facts, and for record commits what they say of themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Facts:
    """What a signed-or-not commit says about itself, before any roster is consulted. Cached by commit id."""

    author_name: str
    author_email: str
    day: str  # ISO date of the commit, in the committer's own time zone
    message: str
    key: str | None  # the public key whose signature verified, if any
    sig_error: str | None  # why no key verified
    paths: list[str]  # paths changed against the first parent

    def to_json(self) -> list[object]:
        return [self.author_name, self.author_email, self.day, self.message, self.key, self.sig_error, self.paths]

    @classmethod
    def from_json(cls, raw: list[object]) -> Facts:
        name, email, day, message, key, sig_error, paths = raw
        return cls(str(name), str(email), str(day), str(message), key if isinstance(key, str) else None,
                   sig_error if isinstance(sig_error, str) else None,
                   [str(p) for p in paths] if isinstance(paths, list) else [])


@dataclass
class Commit:
    id: str
    parents: tuple[str, ...]
    config: dict[str, str]  # site_config/ files changed against the first parent: path -> blob ("" = deleted)
    facts: Facts | None = None  # only for approvals and site_config changes
