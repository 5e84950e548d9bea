"""A text view that both a Markdown page and a rendered HTML page provide, so content rules (SEC, AD, TERM)
run on either: the parts a reader sees, each with a way back to a line of the source file."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import unescape
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
    _links: list[tuple[str, int, str]] = field(default_factory=list)  # (url, HTML line, link/image/embed)

    def links(self) -> list[tuple[str, int, str]]:
        """The region's links, images and embedded content: a rendered page's text view holds no markup, so
        the rules that judge links (AD) read them here."""
        return list(self._links)

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
        found = re.search(r"<[a-zA-Z][^<>]*?\s" + re.escape(region) + r"(?=[\s=/>])", html)
        if found is not None:
            # Parse from the region's opening tag to its end only: the header, navigation and footer around it
            # are most of a page, and a re-scan reads every page of the site.
            reader = _Reader(region, offset=html.count("\n", 0, found.start()))
            _feed_until_done(reader, html, found.start())
        elif whole_if_unmarked:
            reader = _Reader(region, tag="body")
            _feed_until_done(reader, html, 0)
        else:
            reader = _Reader(region)
        title = _TITLE.search(html)
        text = unescape(title.group(1)).strip() if title else ""
        return cls(path, text, "".join(reader.chunks), reader.starts, reader.lines, reader.links)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_CHUNK = 16384


def _feed_until_done(reader: _Reader, html: str, start: int) -> None:
    for at in range(start, len(html), _CHUNK):
        reader.feed(html[at: at + _CHUNK])
        if reader.done:
            break
    reader.close()


_SKIP = {"script", "style", "template", "noscript"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements that link or embed something, with the attribute that holds the address.
_LINKING = {"a": ("href", "link"), "area": ("href", "link"), "img": ("src", "image"), "iframe": ("src", "embed"),
            "embed": ("src", "embed"), "source": ("src", "embed"), "video": ("src", "embed"),
            "audio": ("src", "embed"), "object": ("data", "embed")}
_BLOCKS = {"p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}


class _Reader(HTMLParser):
    def __init__(self, region: str, tag: str | None = None, offset: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.region = region
        self.tag = tag  # instead of the attribute, this element is the region
        self.lines_before = offset  # lines of the page before the text fed (not `offset`: HTMLParser uses it)
        self.done = False  # the region has ended
        self.depth = 0  # >0 while inside the content region
        self.skip = 0
        self.chunks: list[str] = []
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.links: list[tuple[str, int, str]] = []
        self.size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth and tag in _LINKING:
            name, kind = _LINKING[tag]
            url = next((value for key, value in attrs if key == name and value), None)
            if url is not None:
                self.links.append((url.strip(), self.getpos()[0] + self.lines_before, kind))
        if tag in _VOID:
            if self.depth and tag == "br":
                self._add("\n")
            return
        if self.depth:
            self.depth += 1
        elif not self.done and (tag == self.tag if self.tag else any(name == self.region for name, _ in attrs)):
            self.depth = 1
        if tag in _SKIP:
            self.skip += 1
        if self.depth and tag in _BLOCKS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if self.depth:
            self.depth -= 1
            self.done = self.depth == 0

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self._add(data)

    def _add(self, data: str) -> None:
        self.starts.append(self.size)
        self.lines.append(self.getpos()[0] + self.lines_before)
        self.chunks.append(data)
        self.size += len(data)
