"""The two nouns everything else speaks: a Page as read from disk, and a Finding about it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]

# Disclosure values as written in front matter, folded to the Chinese term of art.
DISCLOSURE_ALIASES = {
    "主动公开": "主动公开",
    "依申请公开": "依申请公开",
    "不予公开": "不予公开",
    "proactive": "主动公开",
    "on_request": "依申请公开",
    "withheld": "不予公开",
}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    path: str
    line: int
    message: str
    article: str
    # The offending text, so an `accept` entry can name exactly what it accepts.
    # Not part of the JSON contract.
    excerpt: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "message": self.message,
            "article": self.article,
        }


@dataclass
class Page:
    """One Markdown file under content/, decoded and split, with a way back to line numbers."""

    path: str  # posix, relative to the repository root
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_offset: int = 0  # character offset of the body within text
    key_lines: dict[str, int] = field(default_factory=dict)
    has_front_matter: bool = False
    # Set when the file could not be read as a page at all (binary, bad encoding, bad YAML);
    # rules other than the FM parse rules skip such pages.
    problems: list[Finding] = field(default_factory=list)
    _line_starts: list[int] | None = field(default=None, repr=False)

    @property
    def readable(self) -> bool:
        return not self.problems

    # parts and is_index are asked for by nearly every rule on every page; they depend on the path alone,
    # which never changes after the page is read, so they are computed once.
    @cached_property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.path.split("/"))

    @property
    def folder_column(self) -> str | None:
        """The column folder a page sits in: content/<column>/..., or None at the top."""
        parts = self.parts
        if len(parts) >= 3 and parts[0] == "content":
            return parts[1]
        return None

    @cached_property
    def is_index(self) -> bool:
        """Home page and column index pages carry only a title."""
        return self.parts[-1] == "index.md"

    @property
    def disclosure(self) -> str | None:
        value = self.meta.get("disclosure")
        return DISCLOSURE_ALIASES.get(value) if isinstance(value, str) else None

    @property
    def status(self) -> str | None:
        value = self.meta.get("status")
        return value if isinstance(value, str) else None

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset in the whole text."""
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        return bisect.bisect_right(self._line_starts, offset)

    def body_line_of(self, body_offset: int) -> int:
        return self.line_of(self.body_offset + body_offset)

    def key_line(self, key: str) -> int:
        """Line of a top-level front matter key; the opening fence when the key is absent."""
        return self.key_lines.get(key, 1)
