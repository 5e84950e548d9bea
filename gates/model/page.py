"""A Page: one Markdown file under content/ as read from disk, with a way back to line numbers."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from gates.model.document import TextPart
from gates.model.finding import Finding
from gates.model.vocabulary import DISCLOSURE_ALIASES

# Front matter text that is rendered for readers (title, meta description).
_READER_FIELDS = (("title", "标题"), ("description", "摘要"))


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

    def raw_value(self, key: str) -> str | None:
        """The text after `key:` on its own line, unquoted, as the editor typed it."""
        line_no = self.key_lines.get(key)
        if line_no is None:
            return None
        line = self.text.split("\n", line_no)[line_no - 1]
        value = line.split(":", 1)[1].split(" #", 1)[0].strip()
        return value.strip("'\"")

    def text_parts(self) -> Iterator[TextPart]:
        """What a reader sees of the page: title and description (rendered into the page), then the body."""
        for key, where in _READER_FIELDS:
            value = self.meta.get(key)
            if isinstance(value, str) and value:
                line = self.key_line(key)
                yield TextPart(where, value, _constant(line))
        # A withdrawn page's stub shows its explanation; a corrected page shows its change notes.
        withdrawal = self.meta.get("withdrawal")
        if isinstance(withdrawal, dict) and isinstance(withdrawal.get("reason"), str):
            yield TextPart("撤回说明", withdrawal["reason"], _constant(self.key_line("withdrawal")))
        notes = self.meta.get("change_note")
        if isinstance(notes, list):
            for note in notes:
                if isinstance(note, dict) and isinstance(note.get("note"), str):
                    yield TextPart("更正说明", note["note"], _constant(self.key_line("change_note")))
        if self.body:
            yield TextPart("正文", self.body, self.body_line_of)

    def key_line(self, key: str) -> int:
        """Line of a top-level front matter key; the opening fence when the key is absent."""
        return self.key_lines.get(key, 1)


def _constant(line: int) -> Callable[[int], int]:
    """A front-matter value sits on one line: every offset in it maps there."""
    return lambda _offset: line
