"""A text view that both a Markdown page and a rendered HTML page provide, so content rules (SEC, AD, TERM)
run on either: the parts a reader sees, each with a way back to a line of the source file."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from typing import Any, Protocol


@dataclass(frozen=True)
class TextPart:
    where: str  # 标题 / 摘要 / 正文: what a finding names
    text: str
    line_of: Callable[[int], int]  # offset within text -> 1-based line of the source file
    # Text a browser has laid out (a rendered page's): a block's edge is a blank line there (EDGE), and every other
    # newline is the text's own, a soft line break whatever the next line looks like. Not Markdown, nor HTML source.
    rendered: bool = False


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
    # The text without what elements that may be hidden hold (a `hidden` attribute, any style or class, <rp> …),
    # with its own runs and lines; None when nothing was left out. Filler a reader never sees cannot split a
    # number or a mark: SEC reads both texts.
    _shown: tuple[str, list[int], list[int]] | None = None
    # The region's own HTML and the page line it starts on, when the readers above cannot read it whole: a style
    # sheet can hide any element by its tag, id or attributes (b{display:none}), what a <template>, <noscript>
    # or <script> holds is skipped though published, and a <bdo dir=rtl> shows its text reversed. SEC then reads it as the Markdown reader reads a page's raw
    # HTML: every element's content possibly hidden, nested ones too, hiding elements read on their own.
    _source: tuple[str, int] | None = None
    # Attribute texts a reader is shown (SHOWN_ATTRIBUTES: a tooltip, an alt text, a data-label), each with its
    # line: read as a part of their own, never in the flow of the text (a title on a span splits nothing).
    _attributes: list[tuple[str, int]] = field(default_factory=list)
    _veiled: list[bool] = field(default_factory=list)  # for each run of `text`: inside an element that may hide it

    def left_out(self) -> list[tuple[int, int]]:
        """The spans of `text` that its shown view (shown_parts) leaves out: content that may be hidden."""
        ends = [*self._starts[1:], len(self.text)]
        return [(start, end) for start, end, veiled in zip(self._starts, ends, self._veiled, strict=False) if veiled]

    def links(self) -> list[tuple[str, int, str]]:
        """The region's links, images and embedded content: a rendered page's text view holds no markup, so
        the rules that judge links (AD) read them here."""
        return list(self._links)

    def text_parts(self) -> Iterable[TextPart]:
        if self.title:
            yield TextPart("标题", self.title, lambda _offset: 1, rendered=True)
        if self.text:
            yield TextPart("正文", self.text, self._line_of, rendered=True)
        if self._attributes:
            texts = [text for text, _ in self._attributes]
            starts = list(itertools.accumulate((len(t) + len(EDGE) for t in texts[:-1]), initial=0))
            lines = [line for _, line in self._attributes]

            def line_of(offset: int) -> int:
                return lines[max(0, bisect.bisect_right(starts, offset) - 1)]

            yield TextPart("正文", EDGE.join(texts), line_of, rendered=True)

    def _line_of(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._lines[i] if i >= 0 else 1

    def shown_parts(self) -> Iterable[TextPart]:
        """The body without the content of elements that may be hidden, when there were any."""
        if self._shown is not None:
            text, starts, lines = self._shown

            def line_of(offset: int) -> int:
                i = bisect.bisect_right(starts, offset) - 1
                return lines[i] if i >= 0 else 1

            yield TextPart("正文", text, line_of, rendered=True)
        if self._source is not None:
            source, first = self._source
            breaks = [i for i, ch in enumerate(source) if ch == "\n"]
            yield TextPart("正文", source, lambda offset: first + bisect.bisect_left(breaks, offset))

    @classmethod
    def parse(cls, path: str, html: str, region: str = "data-gates-content",
              whole_if_unmarked: bool = False) -> HtmlDocument:
        """The region's text. With whole_if_unmarked, a page that marks no region (one the site's templates did
        not make, e.g. uploaded by hand) is read whole: its <body> is all content."""
        html = as_browsers_end_raw_text(html)
        found = re.search(r"<[a-zA-Z][^<>]*?\s" + re.escape(region) + r"(?=[\s=/>])", html)
        sheet = None
        if found is not None:
            # Parse from the region's opening tag to its end only: the header, navigation and footer around it
            # are most of a page, and a re-scan reads every page of the site.
            stop = html.rfind(END_MARKER)
            bounded = stop > found.start()
            sheet = region_source(html, found.start(), stop if bounded else len(html))
            reader = _Reader(region, offset=html.count("\n", 0, found.start()), bounded=bounded,
                             head=template_head(html, found.start(), sheet))
            _feed_until_done(reader, html[:stop] if bounded else html, found.start())
            if (reader.nested or reader.as_source) and sheet is None:
                sheet = whole_region(html, found.start(), stop if bounded else len(html))
        elif whole_if_unmarked:
            reader = _Reader(region, tag="body")
            _feed_until_done(reader, html, 0)
            sheet = region_source(html, 0, len(html))
            if (reader.nested or reader.as_source) and sheet is None:
                sheet = whole_region(html, 0, len(html))
        else:
            reader = _Reader(region)
        title = _TITLE.search(html)
        text = unescape(title.group(1)).strip() if title else ""
        return cls(path, text, "".join(reader.chunks), reader.starts, reader.lines, reader.links, reader.shown(),
                   sheet, reader.attributes, reader.veiled_runs)


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
# What an element's attributes make the page link to or load, and as what: any element (SVG's <a xlink:href>,
# <input type=image>, a style's url()), every candidate of a srcset.
_URL_ATTRS = frozenset({"href", "src", "data", "poster", "xlink:href", "background", "formaction", "action"})
_SRCSET_ATTRS = frozenset({"srcset", "imagesrcset"})
_IMAGE_TAGS = frozenset({"img", "picture", "source", "input", "video", "audio", "track", "image"})
_EMBED_TAGS = frozenset({"iframe", "frame", "embed", "object", "script"})
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')\s]+)", re.IGNORECASE)
# Written by the site's templates right after the content region: the region ends here whatever the tags in
# between (a stray or missing end tag in an article cannot move the boundary). Its last occurrence counts, since
# an article can contain the text but the templates write it after the article.
END_MARKER = "<!-- /data-gates-content -->"


_RAW_TEXT_END = re.compile(r"</(script|style)(?=[\s/])[^>\n]*>", re.IGNORECASE)


# `--!>`, `<!-->`, `<!--->` and `<![CDATA[` (any case) each hold one "!", which the engine finds with a plain
# character search before looking around it: an alternation of the four read every character of a page (45 µs of
# a 13 KB page; this is 3 µs), and each "!" belongs to at most one of them, so the matches are the same.
_BROWSER_COMMENTS = re.compile(r"!(?:(?<=--!)>|(?<=<!)(?:---?>|\[(?i:cdata)\[))")
_AS_PARSER_READS = {"!>": ">", "!-->": "!---->", "!--->": "!---->"}  # else "![CDATA[" (any case): "!CDATA["


def as_browsers_end_raw_text(html: str) -> str:
    """What a browser reads, written the way Python 3.11's HTMLParser reads it: a <script> or <style> ends at
    `</style` followed by a space or a slash too (`</style x>`); a comment ends at `--!>` and is whole as `<!-->` or
    `<!--->`; `<![CDATA[` in HTML is a bogus comment that ends at the first `>`. So no shown text is taken for a
    style sheet or a comment."""
    if "</" in html:
        html = _RAW_TEXT_END.sub(r"</\1>", html)
    if "!" in html:
        html = _BROWSER_COMMENTS.sub(lambda m: _AS_PARSER_READS.get(m.group(), "!CDATA["), html)
    return html


def tag_links(tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """(address, link/image/embed) of what one start tag links or loads."""
    kind = "image" if tag in _IMAGE_TAGS else "embed" if tag in _EMBED_TAGS else "link"
    out: list[tuple[str, str]] = []
    for name, value in attrs:
        if not value:
            continue
        if name in _URL_ATTRS:
            out.append((value.strip(), "image" if name == "poster" else kind))
        elif name in _SRCSET_ATTRS:
            out += [(c.split()[0], "image") for c in value.split(",") if c.split()]
        elif name == "style":
            out += [(m.group(1), "image") for m in _CSS_URL.finditer(value)]
    return [(url, k) for url, k in out if url]
# Elements whose content a reader does not see (beyond _SKIP, which is never read at all), and the attributes
# that may hide an element's content (a <style> block can make any class hide).
VEILING_TAGS = frozenset({"rp", "noembed", "noframes", "title", "canvas", "iframe", "object", "datalist", "audio",
                          "video", "dialog", "rt", "svg"})
VEILING_ATTRS = frozenset({"hidden", "style", "class", "popover", "color"})
_READ_AS_SOURCE = re.compile(r"<(?:style|link|template|noscript|script|bdo)\b", re.IGNORECASE)


_LAYOUT = re.compile(r"display|float|\\", re.IGNORECASE)  # (an escape may spell either)


def region_source(html: str, start: int, end: int) -> tuple[str, int] | None:
    """html[start:end] (a content region) and the line it starts on, when it holds a style sheet or an element
    whose content the region readers skip."""
    if _READ_AS_SOURCE.search(html, start, end) is None:
        return None
    return whole_region(html, start, end)


def needs_source(attrs: Sequence[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes ask for the region's source to be read too (as for nested possibly hidden
    content: whole_region), because the region readers' text cannot show what they do: a style that may set its
    display or float may lay blocks out in a line (detect/browsers.py's sheet_may_inline_blocks decides), and a
    `hidden` attribute or a style that certainly hides (display:none) leaves out content a wording rule must
    read left out, not only in place (台湾与中国<span hidden>大陆</span>同胞 shows 台湾与中国同胞)."""
    return any(name == "hidden" or (name == "style" and value is not None and _LAYOUT.search(value) is not None)
               for name, value in attrs)


def certainly_hides(attrs: Sequence[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide its content for certain (a class, or a style sheet, only may): a style
    whose winning display is none, as the browser reads the declarations (comments out, escapes decoded, an invalid
    value dropped, the last one winning unless an earlier one is !important); or a `hidden` attribute, whose
    display:none is the browser's own and gives way to any display in the style. (visibility:hidden is not
    certain: a child may say visibility:visible and show.)"""
    style = next((value for name, value in attrs if name == "style" and value is not None), "")
    display = winning(css_text(style), "display") if style else None
    if display == "none":
        return True
    return display is None and any(name == "hidden" for name, _ in attrs)


# A comment, or a string (where /* is text): only the comments are taken out.
_CSS_COMMENT_OR_STRING = re.compile(r"/\*.*?(?:\*/|$)|\"(?:[^\"\\\n]|\\.)*+\"|'(?:[^'\\\n]|\\.)*+'", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n]?|\\(.)", re.DOTALL)
# The values a browser accepts for display (CSS Display 3, one or two keywords, or a global one): any other is
# dropped, and the declaration before it stands.
_DISPLAY_WORDS = frozenset({
    "none", "contents", "block", "inline", "run-in", "flow", "flow-root", "table", "flex", "grid", "ruby", "math",
    "list-item", "inline-block", "inline-table", "inline-flex", "inline-grid", "table-row-group",
    "table-header-group", "table-footer-group", "table-row", "table-cell", "table-column-group", "table-column",
    "table-caption", "ruby-base", "ruby-text", "ruby-base-container", "ruby-text-container", "-webkit-box",
    "-webkit-inline-box", "-webkit-flex", "-webkit-inline-flex", "-moz-box", "-moz-inline-box", "-ms-flexbox",
    "-ms-inline-flexbox", "-ms-grid", "-ms-inline-grid", "inherit", "initial", "unset", "revert", "revert-layer"})


def css_text(css: str) -> str:
    """CSS as the browser reads it: comments out (not inside strings), escapes decoded (\\6e is n)."""
    if "/*" in css:
        css = _CSS_COMMENT_OR_STRING.sub(lambda m: "" if m.group().startswith("/*") else m.group(), css)
    return _CSS_ESCAPE.sub(_css_character, css) if "\\" in css else css


def _css_character(escape: re.Match[str]) -> str:
    if escape.group(2) is not None:
        return escape.group(2)
    code = int(escape.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def winning(css: str, prop: str) -> str | None:
    """The value a declaration block gives prop (lowercased, !important taken off), or None if none does. For
    display, a value the browser would drop as invalid is no declaration at all."""
    best: str | None = None
    best_important = False
    for declaration in css.split(";"):
        name, colon, value = declaration.partition(":")
        if not colon or name.strip().lower() != prop:
            continue
        value, important = _important(value.strip().lower())
        if prop == "display" and (not value or not all(word in _DISPLAY_WORDS for word in value.split())):
            continue
        if important or not best_important:
            best, best_important = value, important
    return best


def _important(value: str) -> tuple[str, bool]:
    """value without a trailing !important, and whether it had one (string operations: a regex searched across a
    run of spaces would be quadratic)."""
    if not value.endswith("important"):
        return value, False
    head = value[:-len("important")].rstrip()
    return (head[:-1].rstrip(), True) if head.endswith("!") else (value, False)


def whole_region(html: str, start: int, end: int) -> tuple[str, int]:
    """html[start:end] and the line it starts on. Also given to SEC when possibly hidden content nests inside
    possibly hidden content (<p class=x>1380013<span hidden>,</span>8000</p>): the two texts the readers make
    (all of it; without what may be hidden) cannot show what is left with only the inner element hidden, and
    the Markdown reader reads each depth on its own."""
    return html[start:end], html.count("\n", 0, start) + 1


def veil_open(veil: list[list[Any]], tag: str, attr_names: Iterable[str],
              attrs: Sequence[tuple[str, str | None]]) -> bool:
    """A start tag inside the region: nest the innermost veiling element, or open a new one. True when the tag
    may hide its content and stands inside content that may be hidden already, unless all it has that may hide
    is the templates' own classes (attrs: the tag's attributes)."""
    veils = tag in VEILING_TAGS or any(name in VEILING_ATTRS for name in attr_names)
    nested = veils and bool(veil) and not _template_classes_only(tag, attrs)
    if veil and tag == veil[-1][0]:
        veil[-1][1] += 1
    elif veils:
        veil.append([tag, 1])
    return nested


# The templates' listings nest their classed elements (<section class=gates-…><ul class=…><li><time class=…>), and
# reading every listing page's region as HTML source for that (whole_region) cost the re-scan a third of its time
# (a 193 KB 信息公开 directory alone: 110 ms). The site's own style sheet hides none of its gates-* classes but the
# one named here (gates.css, tests/crawl/test_template_head.py), so an element whose only possibly hiding attribute
# is such a class hides nothing, wherever it stands: it does not make hidden content nested.
_HIDING_TEMPLATE_CLASSES = frozenset({"gates-visually-hidden"})


def _template_classes_only(tag: str, attrs: Sequence[tuple[str, str | None]]) -> bool:
    if tag in VEILING_TAGS or not attrs:
        return False
    veiling = [(name, value) for name, value in attrs if name in VEILING_ATTRS]
    if len(veiling) != 1 or veiling[0][0] != "class":
        return False
    classes = (veiling[0][1] or "").split()
    return bool(classes) and all(c.startswith("gates-") and c not in _HIDING_TEMPLATE_CLASSES for c in classes)


def veil_close(veil: list[list[Any]], tag: str) -> None:
    """An end tag: close one level of the innermost veiling element when it is that element."""
    if veil and tag == veil[-1][0]:
        veil[-1][1] -= 1
        if not veil[-1][1]:
            veil.pop()


# The head the templates write at the start of an article's content region: main.html's region tag and <h1>,
# then gates/site/render.py's 公开要素 table and byline, in exactly the shape they write them (escaped text inside,
# no attribute but the ones written there). Their classes only lay the text out (gates.css, held to that by
# tests/crawl/test_template_head.py), so what the head holds is shown: its elements do not make a page "possibly
# hidden", and SEC reads an article once, not twice. An editor can write the same markup in Markdown, but only
# below the head, where any class counts as possibly hiding; and a region holding a style sheet gets no exemption.
_TEMPLATE_HEAD = re.compile(
    r'<div data-gates-content>\s*(?:<h1>[^<]*</h1>\s*)?'
    r'(<div class="gates-meta"><table class="gates-meta__table">(?:<caption>[^<]*</caption>)?<tbody>'
    r'(?:<tr><th scope="row">[^<]*</th><td>[^<]*</td></tr>)*</tbody></table></div>\s*)?'
    r'(<p class="gates-byline">(?:<span>[^<]*(?:<time datetime="[^"<>]*">[^<]*</time>'
    r'|<a href="[^"<>]*" rel="noopener" target="_blank">[^<]*</a>)?[^<]*</span>)*</p>)?')


def template_head(html: str, start: int, sheet: tuple[str, int] | None) -> int:
    """How many classed elements the templates' head (above) opens in the region whose tag starts at `start`
    (sheet: its region_source): the first so many start tags with a veiling attribute in the region are these."""
    if sheet is not None:
        return 0
    head = _TEMPLATE_HEAD.match(html, start)
    return 0 if head is None else 2 * bool(head.group(1)) + bool(head.group(2))


def head_shows(head: int, veil: list[list[Any]], attr_names: Iterable[str]) -> bool:
    """Whether a start tag is one of the templates' head elements, counted down by the caller from template_head:
    read as shown, not as opening a veiling element."""
    return bool(head) and not veil and any(name in VEILING_ATTRS for name in attr_names)


# What a block's edge or a <br> reads as in a rendered page's text: a blank line, so the soft line breaks of the
# text's own newlines (the paragraph as the Markdown source wrapped it, which a browser shows as a space, or as
# nothing between two Chinese characters) can be told from it and read joined (detect/reader.py's soft_breaks).
EDGE = "\n\n"
# Elements whose text keeps its newlines as line breaks: those are written as EDGE too, never read as soft.
PREFORMATTED = frozenset({"pre", "textarea", "listing", "xmp", "plaintext"})
# Elements that start a new line (or a new table cell) for a reader: text on either side never joins.
BLOCKS = frozenset({"p", "div", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                    "article", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "caption", "figure", "figcaption",
                    "header", "footer", "nav", "aside", "main", "address", "details", "summary"})
# Cells and rows start a new line only inside a table: elsewhere a browser drops the tag (1101<td>0519… is one run).
TABLE_PARTS = frozenset({"td", "th", "tr", "caption"})


# Angle brackets a page shows as text (written &lt; or in a code span): one character for one, lookalikes that no
# reader takes for a tag or a comment (the detectors skip tags; <!-- … --> in the text of a page is text).
SHOWN_BRACKETS = str.maketrans("<>", "\u2039\u203a")

# Attributes whose text a reader is shown: a title (a tooltip, on any element), an image's alt (shown where the
# picture is not, and read aloud), an aria-label (read aloud), a form field's placeholder and value (a button's
# caption, a field's text) and an option's label, and a data-label (gates.css shows a catalog cell's before it on
# a phone with content: attr(data-label)). A page's own style sheet that shows attributes (attr()) may show any:
# detect/reader.py then reads them all.
SHOWN_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "placeholder", "value", "label", "data-label"})


def shown_attributes(attrs: Sequence[tuple[str, str | None]]) -> list[str]:
    """The texts of an element's SHOWN_ATTRIBUTES, the first of each name (as a browser keeps it), blank ones left
    out. They are read as a part of their own (HtmlDocument): never in the flow of the text around them."""
    seen: set[str] = set()
    texts = []
    for name, value in attrs:
        if name in SHOWN_ATTRIBUTES and name not in seen:
            seen.add(name)
            if value and value.strip():
                texts.append(value.translate(SHOWN_BRACKETS))
    return texts


def run_starts(chunks: list[str]) -> list[int]:
    """Where each run starts in the joined text."""
    return list(itertools.accumulate(map(len, chunks[:-1]), initial=0)) if chunks else []


def shown_runs(chunks: list[str], lines: list[int], veiled: list[bool]) -> tuple[str, list[int], list[int]] | None:
    """The text of the runs outside elements that may hide their content, with their starts and lines (both region
    readers); None when no run is inside one."""
    if not any(veiled):
        return None
    kept = [chunk for chunk, hidden in zip(chunks, veiled, strict=True) if not hidden]
    return "".join(kept), run_starts(kept), [line for line, hidden in zip(lines, veiled, strict=True) if not hidden]


class _Reader(HTMLParser):
    def __init__(self, region: str, tag: str | None = None, offset: int = 0, bounded: bool = False,
                 head: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.region = region
        self.tag = tag  # instead of the attribute, this element is the region
        self.lines_before = offset  # lines of the page before the text fed (not `offset`: HTMLParser uses it)
        self.done = False  # the region has ended
        self.depth = 0  # >0 while inside the content region
        self.region_tag = ""  # the region's element: only it nests the region
        self.bounded = bounded  # fed up to the templates' end marker: the region lasts to the end of the feed
        self.skip = 0
        self.chunks: list[str] = []
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.links: list[tuple[str, int, str]] = []
        self.size = 0
        self.veil: list[list[Any]] = []  # open elements that may hide their content: [tag, nesting]
        self.head = head  # the templates' head elements still to come (template_head)
        self.tables = 0  # open tables inside the region
        self.nested = False  # one opened inside another (see whole_region)
        self.pre = 0  # open PREFORMATTED elements inside the region
        self.attributes: list[tuple[str, int]] = []
        self.veiled_runs: list[bool] = []
        self.as_source = False  # an element's attributes ask for the region's source (needs_source)

    def shown(self) -> tuple[str, list[int], list[int]] | None:
        return shown_runs(self.chunks, self.lines, self.veiled_runs)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            line = self.getpos()[0] + self.lines_before
            self.links += [(url, line, kind) for url, kind in tag_links(tag, attrs)]
            self.as_source = self.as_source or needs_source(attrs)
        if tag in _VOID:
            if self.depth and tag == "br":
                self._add(EDGE)
            self._label(attrs)
            return
        if self.depth:
            if tag == self.region_tag:
                self.depth += 1
            names = [name for name, _ in attrs]
            if head_shows(self.head, self.veil, names):
                self.head -= 1
            elif veil_open(self.veil, tag, names, attrs):
                self.nested = True
        elif not self.done and (tag == self.tag if self.tag else any(name == self.region for name, _ in attrs)):
            self.depth = 1
            self.region_tag = tag
            self.as_source = needs_source(attrs)
            self.links += [(url, self.getpos()[0] + self.lines_before, kind) for url, kind in tag_links(tag, attrs)]
        if tag in _SKIP:
            self.skip += 1
        if self.depth and tag in PREFORMATTED:
            self.pre += 1
        if self.depth and tag == "table":
            self.tables += 1
        if self.depth and tag in BLOCKS and (tag not in TABLE_PARTS or self.tables):
            self._add(EDGE)
        self._label(attrs)

    def _label(self, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth and not self.skip:
            line = self.getpos()[0] + self.lines_before
            self.attributes += [(text, line) for text in shown_attributes(attrs)]

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag == "table" and self.tables:
            self.tables -= 1
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in PREFORMATTED and self.pre:
            self.pre -= 1
        veil_close(self.veil, tag)
        if self.depth and tag == self.region_tag:
            # Only the region's own kind of element nests it: a stray </span> in an article must not end it,
            # an unclosed <li> must not keep it open. Up to the templates' end marker it never ends.
            self.depth = max(1, self.depth - 1) if self.bounded else self.depth - 1
            self.done = self.depth == 0

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            data = data.translate(SHOWN_BRACKETS) if "<" in data or ">" in data else data
            self._add(data.replace("\n", EDGE) if self.pre else data)

    def _add(self, data: str) -> None:
        line = self.getpos()[0] + self.lines_before
        self.starts.append(self.size)
        self.lines.append(line)
        self.chunks.append(data)
        self.size += len(data)
        self.veiled_runs.append(bool(self.veil))
