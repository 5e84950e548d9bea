"""What history reading yields per commit: its graph facts, and for record commits what they say of themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Facts:
    """What a signed-or-not commit says about itself, before any roster is consulted. Cached by commit id."""

    author_name: str
    author_email: str
    message: str
    key: str | None  # the public key whose signature verified, if any
    sig_error: str | None  # why no key verified
    paths: list[str]  # paths changed against the first parent

    def to_json(self) -> list[object]:
        return [self.author_name, self.author_email, self.message, self.key, self.sig_error, self.paths]

    @classmethod
    def from_json(cls, raw: list[object]) -> Facts:
        name, email, message, key, sig_error, paths = raw
        return cls(str(name), str(email), str(message), key if isinstance(key, str) else None,
                   sig_error if isinstance(sig_error, str) else None,
                   [str(p) for p in paths] if isinstance(paths, list) else [])


@dataclass
class Commit:
    id: str
    parents: tuple[str, ...]
    # Protected files (site_config/ and the build configuration) changed against the first parent:
    # path -> blob ("" = deleted).
    config: dict[str, str]
    committed: int = 0  # committer timestamp (seconds since the epoch): a claim, see timeline.py
    facts: Facts | None = None  # only for record commits (approvals, re-checks) and protected-file changes
