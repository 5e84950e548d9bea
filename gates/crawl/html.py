"""What the re-scan needs from a page's HTML besides its text: links, the places links may point at (ids),
and the monitoring meta tags. Regular expressions over the whole page, not a parser: the pages are machine-made,
and this runs on every page of a 50,000-page site."""

from __future__ import annotations

import html as htmllib
import re
from typing import Generic, NamedTuple, TypeVar

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


V = TypeVar("V")


class Recurring(Generic[V]):
    """What a tag, written exactly so, reads as, for the tags a site writes on every page (its header,
    navigation and footer, the templates' attributes), so each is read once. An entry is kept from its second
    sighting on: a page's own tags (its title, its date, its canonical address) never fill the memo, which the
    walk's process keeps while it reads a 50,000-page site. At most `limit` entries; the record of sightings is
    cleared when it reaches four times that."""

    def __init__(self, limit: int = 4096) -> None:
        self.found: dict[str, V] = {}
        self._seen: set[int] = set()
        self._limit = limit

    def keep(self, key: str, value: V) -> None:
        sighting = hash(key)  # a collision only keeps an entry early: the value is always the key's own
        if sighting not in self._seen:
            if len(self._seen) >= 4 * self._limit:
                self._seen.clear()
            self._seen.add(sighting)
        elif len(self.found) < self._limit:
            self.found[key] = value


_HREFS: Recurring[tuple[str, ...]] = Recurring()
_METAS: Recurring[tuple[str, str] | tuple[()]] = Recurring()


def read_page(text: str) -> PageFacts:
    links: list[Link] = []
    new_link = tuple.__new__  # Link(line, href) without the named tuple's Python-level __new__: 35 a page
    line, last = 1, 0
    count = text.count
    known = _HREFS.found
    for tag in _TAG.finditer(text):
        written = tag.group()
        hrefs = known.get(written)
        if hrefs is None:
            hrefs = _tag_hrefs(tag)
            _HREFS.keep(written, hrefs)
        if hrefs:
            start = tag.start()
            line += count("\n", last, start)
            last = start
            links += [new_link(Link, (line, href)) for href in hrefs]
    meta: dict[str, str] = {}
    for tag in _META.finditer(text):
        written = tag.group()
        pair = _METAS.found.get(written)
        if pair is None:
            pair = _meta_pair(tag.group(1))
            _METAS.keep(written, pair)
        if pair:
            meta[pair[0]] = pair[1]
    return PageFacts(tuple(links), None, meta, text)


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


def _meta_pair(text: str) -> tuple[str, str] | tuple[()]:
    """A meta tag's (name, content), () without a name."""
    attrs = {}
    for a in _ATTR.finditer(text):
        raw = a.group(a.lastindex or 0)  # the value's spelling that matched: the last group that took part
        attrs[a.group(1).lower()] = htmllib.unescape(raw) if "&" in raw else raw
    return (attrs["name"], attrs.get("content", "")) if "name" in attrs else ()


def line_of_meta(text: str, name: str) -> int:
    """The line of a meta tag, or of </head> when it is missing (where it should have been)."""
    at = text.find(f'name="{name}"')
    if at < 0:
        at = max(text.find("</head>"), 0)
    return text.count("\n", 0, at) + 1
