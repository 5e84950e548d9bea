"""A text view that both a Markdown page and a rendered HTML page provide, so content rules (SEC, AD, TERM)
run on either: the parts a reader sees, each with a way back to a line of the source file."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Protocol


@dataclass(frozen=True)
class TextPart:
    where: str  # 标题 / 摘要 / 正文: what a finding names
    text: str
    line_of: Callable[[int], int]  # offset within text -> 1-based line of the source file


class Document(Protocol):
    path: str

    def text_parts(self) -> Iterable[TextPart]: ...


@dataclass
class HtmlDocument:
    """The readable text of a rendered page's content region, with offsets that map back to HTML lines.

    Only the region the templates mark as the article's content is read, so the site's own chrome (footer
    备案号, navigation) never fires a content rule.
    """

    path: str
    title: str
    text: str
    _starts: list[int] = field(default_factory=list)  # text offset where each run of source text starts
    _lines: list[int] = field(default_factory=list)  # the HTML line of that run

    def text_parts(self) -> Iterable[TextPart]:
        if self.title:
            yield TextPart("标题", self.title, lambda _offset: 1)
        if self.text:
            yield TextPart("正文", self.text, self._line_of)

    def _line_of(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._lines[i] if i >= 0 else 1

    @classmethod
    def parse(cls, path: str, html: str, region: str = "data-gates-content",
              whole_if_unmarked: bool = False) -> HtmlDocument:
        """The region's text. With whole_if_unmarked, a page that marks no region (one the site's templates did
        not make, e.g. uploaded by hand) is read whole: its <body> is all content."""
        reader = _Reader(region)
        reader.feed(html)
        reader.close()
        if whole_if_unmarked and not reader.seen:
            reader = _Reader(region, tag="body")
            reader.feed(html)
            reader.close()
        return cls(path, reader.title.strip(), "".join(reader.chunks), reader.starts, reader.lines)


_SKIP = {"script", "style", "template", "noscript"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCKS = {"p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}


class _Reader(HTMLParser):
    def __init__(self, region: str, tag: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.region = region
        self.tag = tag  # instead of the attribute, this element is the region
        self.seen = False
        self.depth = 0  # >0 while inside the content region
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.chunks: list[str] = []
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if self.depth and tag == "br":
                self._add("\n")
            return
        if self.depth:
            self.depth += 1
        elif tag == self.tag if self.tag else any(name == self.region for name, _ in attrs):
            self.depth = 1
            self.seen = True
        if tag in _SKIP:
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if self.depth and tag in _BLOCKS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.depth and not self.skip:
            self._add(data)

    def _add(self, data: str) -> None:
        self.starts.append(self.size)
        self.lines.append(self.getpos()[0])
        self.chunks.append(data)
        self.size += len(data)
