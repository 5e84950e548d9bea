"""What the re-scan needs from a page's HTML besides its text: links, the places links may point at (ids),
and the monitoring meta tags. Regular expressions over the whole page, not a parser: the pages are machine-made,
and this runs on every page of a 50,000-page site."""

from __future__ import annotations

import html as htmllib
import re
from typing import NamedTuple

# Elements whose href/src a reader's browser follows or loads.
# The lookahead lets the engine pass over every other "<" (div, span, p, li …) at once: a third of the time.
_TAG = re.compile(r"<(?=[aAlLiIsSfFeEvVtT])(a|area|link|img|script|iframe|frame|source|embed|video|audio|track)\b"
                  r"([^>]*)>", re.I)
_URL_ATTR = re.compile(r"""\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_ID = re.compile(r"""<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_META = re.compile(r"<meta\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_REL_SKIP = re.compile(r"\b(preconnect|dns-prefetch)\b", re.I)


class Link(NamedTuple):  # a tuple: tens of them on every page of a large site
    line: int
    href: str  # as the browser reads it (entities decoded)


class PageFacts:
    """A page's links, meta tags and the ids its #fragments may name; the ids found when first asked for
    (scanning every tag for them is the larger part of reading a page, and most pages are no link's target)."""

    __slots__ = ("_ids", "_text", "links", "meta")

    def __init__(self, links: tuple[Link, ...], ids: frozenset[str] | None, meta: dict[str, str],
                 text: str = "") -> None:
        self.links = links
        self.meta = meta  # monitoring meta tags by name (SiteName, ArticleTitle, PubDate, …)
        self._ids = ids
        self._text = text if ids is None else ""

    @property
    def ids(self) -> frozenset[str]:
        if self._ids is None:
            self._ids, self._text = page_ids(self._text), ""
        return self._ids

    def ids_if_found(self) -> frozenset[str] | None:
        return self._ids


def page_ids(text: str) -> frozenset[str]:
    """The places a #fragment can name: id and name attributes."""
    return frozenset(_value(m, 1) for m in _ID.finditer(text))


def _value(m: re.Match[str], first: int) -> str:
    raw = m.group(first) if m.group(first) is not None else (
        m.group(first + 1) if m.group(first + 1) is not None else m.group(first + 2) or "")
    return htmllib.unescape(raw) if "&" in raw else raw


# What a tag, written exactly so, links to / which meta tag it is: the header, navigation and footer write the
# same tags on every page of a site, so each is read once. Bounded: a site's own tags come first (its first
# pages), and tags beyond the bound are read every time, as before.
_MEMO_MAX = 20_000
_hrefs_of: dict[str, tuple[str, ...]] = {}
_meta_of: dict[str, tuple[str, str] | None] = {}


def read_page(text: str) -> PageFacts:
    links: list[Link] = []
    new_link = tuple.__new__  # Link(line, href) without the named tuple's Python-level __new__: 35 a page
    line, last = 1, 0
    count = text.count
    memo = _hrefs_of
    for tag in _TAG.finditer(text):
        written = tag.group()
        hrefs = memo.get(written)
        if hrefs is None:
            hrefs = _tag_hrefs(tag)
            if len(memo) < _MEMO_MAX:
                memo[written] = hrefs
        if hrefs:
            start = tag.start()
            line += count("\n", last, start)
            last = start
            links += [new_link(Link, (line, href)) for href in hrefs]
    meta: dict[str, str] = {}
    for tag in _META.finditer(text):
        written = tag.group()
        pair = _meta_of.get(written, _UNREAD)
        if pair is _UNREAD:
            pair = _meta_pair(tag.group(1))
            if len(_meta_of) < _MEMO_MAX:
                _meta_of[written] = pair
        if pair is not None:
            meta[pair[0]] = pair[1]
    return PageFacts(tuple(links), None, meta, text)


_UNREAD = ("", "")


def _tag_hrefs(tag: re.Match[str]) -> tuple[str, ...]:
    """The addresses one linking tag holds (a preconnect or dns-prefetch link holds none that is fetched)."""
    attrs = tag.group(2)
    if tag.group(1).lower() == "link" and _REL_SKIP.search(attrs):
        return ()
    out = []
    for attr in _URL_ATTR.finditer(attrs):
        # One of the value's three spellings matched: the last group that took part is the value.
        raw = attr.group(attr.lastindex or 0)
        href = (htmllib.unescape(raw) if "&" in raw else raw).strip()
        if href:
            out.append(href)
    return tuple(out)


def _meta_pair(text: str) -> tuple[str, str] | None:
    """A meta tag's (name, content), None without a name."""
    attrs = {}
    for a in _ATTR.finditer(text):
        raw = a.group(a.lastindex or 0)  # the value's spelling that matched: the last group that took part
        attrs[a.group(1).lower()] = htmllib.unescape(raw) if "&" in raw else raw
    return (attrs["name"], attrs.get("content", "")) if "name" in attrs else None


def line_of_meta(text: str, name: str) -> int:
    """The line of a meta tag, or of </head> when it is missing (where it should have been)."""
    at = text.find(f'name="{name}"')
    if at < 0:
        at = max(text.find("</head>"), 0)
    return text.count("\n", 0, at) + 1
