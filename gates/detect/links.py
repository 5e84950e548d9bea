"""Links and images in Markdown text: what a reader can click or what the page loads from elsewhere.

Found: inline links and images `[text](url "title")`, `![alt](url)`, reference definitions `[id]: url`,
autolinks `<https://…>`, raw HTML `<a href>`, `<img src>`, `<iframe src>` and kin, and bare URLs (`https://…`
or `www.…`) in running text, which a reader copies even where the renderer does not make them clickable.
On plain text (a rendered page's text view) only bare URLs are found, which is what that text can hold.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Literal

LinkKind = Literal["link", "image", "embed"]  # what a reader clicks; what the page shows; what it loads and runs


@dataclass(frozen=True)
class LinkHit:
    start: int  # offset of the URL in the text
    url: str
    kind: LinkKind
    bare: bool = False  # a URL in running text, not markup


_TAG_KINDS: dict[str, LinkKind] = {"img": "image", "source": "image", "video": "image", "audio": "image",
                                   "track": "image", "iframe": "embed", "frame": "embed", "embed": "embed",
                                   "object": "embed", "script": "embed"}


_INLINE = re.compile(
    r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]"  # [text], one level of nested brackets
    r"\(\s*(?:<([^<>\n]*)>|([^\s()]*(?:\([^\s()]*\)[^\s()]*)*))"  # (url) or (<url>), balanced parentheses
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+)>", re.IGNORECASE)
_TAG = re.compile(r"<(a|img|iframe|frame|embed|source|video|audio|script|link|area|form|object|track)\b[^>]*>",
                  re.IGNORECASE)
_ATTR = re.compile(r"\b(?:href|src|action|data|poster)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))",
                   re.IGNORECASE)
_BARE = re.compile(r"(?:https?://|(?<![A-Za-z0-9.@/-])www\.)[^\s<>\"'`()（）\[\]【】{}，。；、！？“”‘’《》|]+", re.IGNORECASE)
_TRAILING = ".,;:!?*_~"


def find_links(text: str) -> list[LinkHit]:
    """Every link target in text, in order of position. Never raises."""
    if not _may_hold_links(text):
        return []  # most pages link nothing: skip the regex passes
    hits: list[LinkHit] = []
    covered: list[tuple[int, int]] = []
    for match in _INLINE.finditer(text):
        group = 2 if match.group(2) is not None else 3
        url = match.group(group)
        if url:
            hits.append(LinkHit(match.start(group), url, "image" if match.group(1) else "link"))
        covered.append(match.span())
    for match in _REFERENCE.finditer(text):
        if not _inside(match.start(), covered):
            hits.append(LinkHit(match.start(1), match.group(1), "link"))
            covered.append(match.span())
    for match in _AUTOLINK.finditer(text):
        if not _inside(match.start(), covered):
            hits.append(LinkHit(match.start(1), match.group(1), "link"))
            covered.append(match.span())
    for tag in _TAG.finditer(text):
        if _inside(tag.start(), covered):
            continue
        kind = _TAG_KINDS.get(tag.group(1).lower(), "link")
        for attr in _ATTR.finditer(tag.group(0)):
            group = next(g for g in (1, 2, 3) if attr.group(g) is not None)
            url = html.unescape(attr.group(group)).strip()
            if url:
                hits.append(LinkHit(tag.start() + attr.start(group), url, kind))
        covered.append(tag.span())
    for match in _BARE.finditer(text):
        if _inside(match.start(), covered):
            continue
        url = match.group(0).rstrip(_TRAILING)
        if url.lower() not in ("http://", "https://", "www."):
            hits.append(LinkHit(match.start(), url, "link", bare=True))
    hits.sort(key=lambda h: h.start)
    return hits


def _may_hold_links(text: str) -> bool:
    return "](" in text or "]:" in text or "://" in text or "www." in text or "WWW." in text or "<" in text


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)
