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
                                   "track": "image", "picture": "image", "input": "image", "image": "image", "iframe": "embed", "frame": "embed", "embed": "embed",
                                   "object": "embed", "script": "embed"}


_INLINE = re.compile(
    r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]"  # [text], one level of nested brackets
    r"\(\s*(?:<([^<>\n]*)>|([^\s()]*(?:\([^\s()]*\)[^\s()]*)*))"  # (url) or (<url>), balanced parentheses
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+)>", re.IGNORECASE)
# Any start tag: what loads or links is in its attributes, whatever the element (<picture>, <input type=image>,
# SVG's <a xlink:href>, a style's url()).
_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>")
_ATTR = re.compile(r"(?<![\w-])(href|src|action|data|poster|xlink:href|srcset|imagesrcset|background|formaction)"
                   r"\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')\s]+)", re.IGNORECASE)
# Raw HTML as a browser reads it (entities and CSS escapes decoded): every tag and <style> block, searched for any
# absolute or protocol-relative address. It catches what no attribute list foresees: a meta refresh, a ping
# beacon, an iframe's srcdoc, image-set(), a tag the tolerant browser reads although it is malformed.
_MARKUP = re.compile(r"<(?:style\b[^>]*>.*?(?:</style\s*>|\Z)|[A-Za-z!][^\n]*?(?:>|$))",
                     re.IGNORECASE | re.DOTALL | re.MULTILINE)
_ADDRESS = re.compile(r"(?<![\w.\-/])(?:https?:)?//[a-z0-9%\-_~]+(?:\.[a-z0-9%\-_~]+)+[^\s\"'<>()\\,]*",
                      re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?")


def _as_browser_reads(markup: str) -> str:
    text = markup
    for _ in range(2):  # twice: an attribute such as srcdoc holds HTML that is itself escaped
        if "&" not in text:
            break
        text = html.unescape(text)
    if "\\" in text:
        text = _CSS_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) < 0x110000 else "", text)
    return text
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
    found_at: set[int] = set()
    for tag in _TAG.finditer(text):
        if _inside(tag.start(), covered):
            continue
        kind = _TAG_KINDS.get(tag.group(1).lower(), "link")
        for attr in _ATTR.finditer(tag.group(0)):
            group = next(g for g in (2, 3, 4) if attr.group(g) is not None)
            value = attr.group(group)
            at = tag.start() + attr.start(group)
            if attr.group(1).lower() in ("srcset", "imagesrcset"):
                # "url 1x, url 2x": each candidate's first word is an address the browser may load
                for candidate in re.finditer(r"[^\s,][^\s]*", value):
                    if candidate.start() == 0 or value[candidate.start() - 1] in " ,\t\n":
                        url = html.unescape(candidate.group(0)).rstrip(",").strip()
                        if url and not re.fullmatch(r"\d+(?:\.\d+)?[wx]", url):
                            hits.append(LinkHit(at + candidate.start(), url, "image"))
                            found_at.add(at + candidate.start())
                continue
            url = html.unescape(value).strip()
            if url:
                hits.append(LinkHit(at, url, kind))
                found_at.add(at)
        for css in _CSS_URL.finditer(tag.group(0)):
            hits.append(LinkHit(tag.start() + css.start(1), html.unescape(css.group(1)), "image"))
            found_at.add(tag.start() + css.start(1))
    if "<" in text:
        known = {h.url for h in hits}
        for markup in _MARKUP.finditer(text):
            for address in _ADDRESS.finditer(_as_browser_reads(markup.group(0))):
                url = address.group(0).rstrip(_TRAILING)
                if url not in known:
                    known.add(url)
                    hits.append(LinkHit(markup.start(), url, "link"))
                    found_at.add(markup.start())
    for match in _BARE.finditer(text):
        # Inside a tag too (an address in any attribute is one the page may load), once per place.
        if _inside(match.start(), covered) or match.start() in found_at:
            continue
        url = match.group(0).rstrip(_TRAILING)
        if url.lower() not in ("http://", "https://", "www."):
            hits.append(LinkHit(match.start(), url, "link", bare=True))
    hits.sort(key=lambda h: h.start)
    return hits


def _may_hold_links(text: str) -> bool:
    """Whether any pattern of find_links can match. One-character tests run at memory speed; the longer ones only
    follow where they may succeed (policy pages of 12 KB rarely hold a ] or a :// at all)."""
    if "<" in text:
        return True
    if "]" in text and ("](" in text or "]:" in text):
        return True
    if ":" in text and "://" in text:
        return True
    return "." in text and ("w" in text or "W" in text) and _WWW.search(text) is not None


_WWW = re.compile(r"www\.", re.IGNORECASE)  # as _BARE reads it: Www.example.com is an address too


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)
