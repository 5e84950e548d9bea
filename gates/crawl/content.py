"""The text of a rendered page's content region, read in one regular-expression pass.

`HtmlDocument.parse` runs the standard library's HTMLParser over the region: correct on any HTML, and about a
millisecond a page, most of a re-scan's time. The region our templates mark is machine-made HTML, so this
reads it with a strict tokenizer that gives the same text, the same runs and the same lines as the parser, and
hands any page it is not sure about (markup outside the strict subset, a region that never closes, a page
without the marker) to `HtmlDocument.parse` itself. Nothing is lost by the shortcut: an odd page costs the
slow path, never a different reading.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from gates.crawl.html import Recurring
from gates.model.document import (
    _SRCSET_ATTRS,
    _URL_ATTRS,
    BLOCKS,
    EDGE,
    END_MARKER,
    PREFORMATTED,
    SHOWN_BRACKETS,
    TABLE_PARTS,
    VEILING_TAGS,
    HtmlDocument,
    as_browsers_end_raw_text,
    head_shows,
    needs_source,
    region_source,
    run_starts,
    shown_attributes,
    shown_runs,
    tag_links,
    template_head,
    veil_close,
    veil_open,
    whole_region,
)

REGION = "data-gates-content"
_FIND = re.compile(r"<[a-zA-Z][^<>]*?\s" + re.escape(REGION) + r"(?=[\s=/>])")
# A start tag in the strict subset: quoted or plain attribute values, nothing the tolerant parser would read
# differently. Group 1 the name, 2 the attributes, 3 "/" when self-closing.
_START = re.compile(
    r"""<([a-zA-Z][^\t\n\r\f />\x00]*)((?:\s+[^\s/>"'=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>""")
_ATTR_PAIR = re.compile(r"""\s+([^\s/>"'=<]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_ATTR_NAME = re.compile(r"""\s+([^\s/>"'=<]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# One of them at a time: a start tag (1-3), an end tag (4) or a comment's opening.
_TOKEN = re.compile(_START.pattern + r"""|</([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>|<!--""")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_CDATA_END = {"script": re.compile(r"</\s*script\s*>", re.I), "style": re.compile(r"</\s*style\s*>", re.I)}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)

# As the parser's reader treats them (gates.model.document).
_SKIP = frozenset({"script", "style", "template", "noscript"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})
# The attributes tag_links reads: a tag with none of them links to nothing.
_LINKING = _URL_ATTRS | _SRCSET_ATTRS | {"style"}
# HtmlDocument.parse feeds the parser 16 KiB at a time from the region's start, and the parser hands a run of
# text over in two pieces where a feed ends inside it, unless an unfinished "&..." there makes it wait for more.
_FEED = 16384
_AMP_TAIL = 34
_AMP_END = re.compile(r"[\s;]")


def content_document(path: str, html: str) -> HtmlDocument:
    """The page's content region as the rules read it; the whole <body> of a page that marks none."""
    html = as_browsers_end_raw_text(html)
    start = _region_start(html)
    if start >= 0:
        doc = _fast(path, html, start)
        if doc is not None:
            return doc
    return HtmlDocument.parse(path, html, region=REGION, whole_if_unmarked=True)


def _region_start(html: str) -> int:
    """Where `_FIND` first matches, -1 if nowhere: a plain find and one anchored match in the usual case."""
    at = html.find(REGION)
    if at > 0:
        lt = html.rfind("<", 0, at)
        found = _FIND.match(html, lt) if lt >= 0 else None
        # No "<" or ">" between them, so no earlier "<" can reach this or an earlier marker.
        if found is not None and found.end() == at + len(REGION):
            return lt
    found = _FIND.search(html)
    return -1 if found is None else found.start()


def _fast(path: str, html: str, start: int) -> HtmlDocument | None:
    first = _START.match(html, start)
    if first is None or first.group(3) or first.group(1).lower() in _VOID | _SKIP:
        return None
    if not any(m.group(1).lower() == REGION for m in _ATTR_NAME.finditer(first.group(2))):
        return None  # the marker was inside an attribute's value: let the parser find the real region
    chunks: list[str] = []  # the runs of text; where each starts in the text is summed up at the end
    lines: list[int] = []
    links: list[tuple[str, int, str]] = []
    veil: list[list[Any]] = []  # open elements that may hide their content, as the parser's reader keeps them
    veiled_runs: list[bool] = []  # for each run: was it inside such an element
    line = html.count("\n", 0, start) + 1
    counted = start  # `line` is the line at this offset
    depth, skip, tables = 1, 0, 0
    nested = False  # possibly hidden content opened inside possibly hidden content (see whole_region)
    first_attrs = _attrs(first.group(2)) if first.group(2) else []
    as_source = needs_source(first_attrs)
    pre = 0  # open PREFORMATTED elements: their newlines are written as EDGE, as the parser's reader writes them
    pos = first.end()
    region_tag = first.group(1).lower()  # only the region's own kind of element nests it (as the parser reads it)
    stop = html.rfind(END_MARKER)
    bounded = stop > start  # up to the templates' end marker the region never ends
    limit = stop if bounded else len(html)
    sheet = region_source(html, start, limit)
    head = template_head(html, start, sheet)  # the templates' own classed elements still to come: shown
    if first_attrs:
        links += [(url, line, kind) for url, kind in tag_links(region_tag, first_attrs)]
    if first.group(1).lower() in BLOCKS:
        chunks.append(EDGE)
        veiled_runs.append(bool(veil))
        lines.append(line)
    attributes = [(text, line) for text in shown_attributes(first_attrs)]
    edge = start + _FEED  # where the parser's first feed ends
    search = _TOKEN.search
    count = html.count
    while True:
        m = search(html, pos, limit)
        if m is None and not bounded:
            return None  # the region never closes: the parser's reading of the rest is the reference there
        lt = limit if m is None else m.start()
        if lt > pos:
            data = html[pos:lt]
            if "<" in data:
                return None  # a "<" that opens nothing in the strict subset: the parser knows those
            while edge <= pos:
                edge += _FEED
            if skip:
                pass
            elif lt <= edge:  # the usual case: the run lies within one feed
                line += count("\n", counted, pos)
                counted = pos
                lines.append(line)
                piece = _shown_text(data)
                chunks.append(piece.replace("\n", EDGE) if pre else piece)
                veiled_runs.append(bool(veil))
            else:
                for a, b in _runs(html, start, pos, lt):
                    line += count("\n", counted, a)
                    counted = a
                    lines.append(line)
                    piece = html[a:b]
                    piece = _shown_text(piece)
                    chunks.append(piece.replace("\n", EDGE) if pre else piece)
                    veiled_runs.append(bool(veil))
        if m is None:
            break  # the end marker: the rest of the page is the templates' own
        pos = m.end()
        name, closing, ended = m.group(1, 3, 4)
        if name is not None:  # a start tag
            name = name.lower()
            attr_text = m.group(2)
            names: frozenset[str] | tuple[()] = ()
            attrs: list[tuple[str, str | None]] = []
            shown: tuple[str, ...] = ()
            if attr_text:
                read = _ATTRS.found.get(attr_text)
                if read is None:
                    read = _read_attrs(attr_text)
                attrs, names, linking, shown, source_needed = read
                as_source = as_source or source_needed
                if linking:  # most tags (class, scope, datetime) link to nothing
                    tag_line = line + count("\n", counted, lt)
                    links += [(url, tag_line, kind) for url, kind in tag_links(name, attrs)]
            void = name in _VOID
            if not void:
                if name == region_tag:
                    depth += 1
                if name == "table":
                    tables += 1
                if veil or names or name in VEILING_TAGS:  # else veil_open does nothing: most tags
                    if head_shows(head, veil, names):
                        head -= 1
                    elif veil_open(veil, name, names, attrs):
                        nested = True
                if name in _SKIP:
                    skip += 1
                if name in PREFORMATTED:
                    pre += 1
            if name == "br" if void else (name in BLOCKS and (name not in TABLE_PARTS or tables)):  # as the parser's
                line += count("\n", counted, lt)
                counted = lt
                lines.append(line)
                chunks.append(EDGE)
                veiled_runs.append(bool(veil))
            if shown and not skip:  # as the parser's reader reads them
                tag_line = line + count("\n", counted, lt)
                attributes += [(text, tag_line) for text in shown]
            if void:
                continue
            if veil and (closing or name in _CDATA_END):  # its end now (a script's or style's after its raw text)
                veil_close(veil, name)
            if closing:  # <div/>: its end at once
                if name == "table" and tables:
                    tables -= 1
                if name == region_tag:
                    depth = max(1, depth - 1) if bounded else depth - 1
                if name in _SKIP:
                    skip -= 1
                if name in PREFORMATTED and pre:
                    pre -= 1
                if depth == 0:
                    break
            elif name in _CDATA_END:
                pos = _cdata_end(html, pos, name)
                if pos < 0 or (bounded and pos > limit):
                    return None
                skip -= 1
            continue
        if ended is not None:  # an end tag
            ended = ended.lower()
            if ended in _VOID:
                continue
            if ended == "table" and tables:
                tables -= 1
            if ended in _SKIP and skip:
                skip -= 1
            if ended in PREFORMATTED and pre:
                pre -= 1
            if veil:
                veil_close(veil, ended)
            if ended == region_tag:
                depth = max(1, depth - 1) if bounded else depth - 1
                if depth == 0:
                    break
            continue
        # A comment. Newer parsers also end one at "--!>" or an abrupt "<!-->": such a comment goes to the parser.
        close = _COMMENT_CLOSE.search(html, pos)
        if (close is None or close.end() > limit or html.startswith(("<!-->", "<!--->"), lt)
                or "--!>" in html[lt:close.end()]):
            return None
        pos = close.end()
    title = _TITLE.search(html)
    heading = unescape(title.group(1)).strip() if title else ""
    if (nested or as_source) and sheet is None:
        sheet = whole_region(html, start, limit)
    return HtmlDocument(path, heading, "".join(chunks), run_starts(chunks), lines, links,
                        shown_runs(chunks, lines, veiled_runs), sheet, attributes, veiled_runs)


def _shown_text(data: str) -> str:
    """A run of text as the parser's reader keeps it: references decoded, angle brackets shown as text."""
    data = unescape(data) if "&" in data else data
    return data.translate(SHOWN_BRACKETS) if "<" in data or ">" in data else data


# A start tag's attributes, by how they are written: the templates write the same ones on every page (the
# 公开要素 table's scope="row", a listing's classes).
_Read = tuple[list[tuple[str, str | None]], frozenset[str], bool, tuple[str, ...], bool]
_ATTRS: Recurring[_Read] = Recurring()


def _read_attrs(text: str) -> _Read:
    """_attrs(text), their names, whether any of them links (tag_links), the texts of those a reader is shown
    (shown_attributes) and whether they ask for the region's source (needs_source), remembered when they recur."""
    attrs = _attrs(text)
    names = frozenset(a for a, _ in attrs)
    read = attrs, names, not names.isdisjoint(_LINKING), tuple(shown_attributes(attrs)), needs_source(attrs)
    _ATTRS.keep(text, read)
    return read


def _attrs(text: str) -> list[tuple[str, str | None]]:
    """A start tag's attributes as the parser gives them: names lowercased, values unescaped."""
    out: list[tuple[str, str | None]] = []
    for m in _ATTR_PAIR.finditer(text):
        # The three spellings of a value are alternatives: the last group that took part is the value (group 1,
        # the name, when there is none).
        last = m.lastindex or 1
        value = m.group(last) if last > 1 else None
        out.append((m.group(1).lower(), unescape(value) if value is not None and "&" in value else value))
    return out


def _runs(html: str, start: int, i: int, j: int) -> list[tuple[int, int]]:
    """The pieces the parser reads the text html[i:j] in: split where a feed ends inside it (see _FEED)."""
    first = start + ((i - start) // _FEED + 1) * _FEED
    if first >= j:
        return [(i, j)]
    out = []
    for edge in range(first, j, _FEED):
        amp = html.rfind("&", max(i, edge - _AMP_TAIL), edge)
        if amp >= 0 and not _AMP_END.search(html, amp, edge):
            continue  # the parser waits for the rest of a possible character reference
        out.append((i, edge))
        i = edge
    out.append((i, j))
    return out


def _cdata_end(html: str, pos: int, tag: str) -> int:
    """After the end tag of a script or style, whose content the parser reads as raw text; -1 if none."""
    end = _CDATA_END[tag].search(html, pos)
    return -1 if end is None else end.end()
