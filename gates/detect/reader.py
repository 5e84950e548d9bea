"""What a reader sees of Markdown text, for the detectors: markup that renders as nothing is taken out.

`&#26426;密★1年` renders as 机密★1年, so do `机<!-- -->密★1年`, `**机**密★1年`, `机<span></span>密★1年` and a
zero-width space between the two characters; `11010519491231002\\X` shows the ID number it is. Detection
runs on the reader's text, and every position maps back to the source, so findings keep their lines.

Asterisks between two digits stay: `500105**********12` is how a clerk masks a number, not emphasis.

Speed matters here (every page, every run, policy pages of 12 KB that use ** for every article heading): the
markup characters are found with str.find, which runs at memory speed, and only where one stands is a
pattern tried; a regex scan of the whole text costs several times more.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

# Characters that render as nothing: zero-width spaces and joiners, direction marks, the BOM, soft hyphen,
# the combining grapheme joiner, Mongolian and Khmer invisible vowels, Hangul fillers, variation selectors.
INVISIBLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
             "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u3164\ufeff\uffa0"
             + "".join(chr(c) for c in range(0xFE00, 0xFE10)))
_INVISIBLE_SET = frozenset(INVISIBLE)
_MARKUP = "<&\\*_~`["
_EMPHASIS = "*_~`"
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# A comment, CDATA, a processing instruction or a declaration, or a tag (quoted attributes may hold `>`).
_AT_LT = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[?!][^>]*>?"
                    r"|</?[A-Za-z](?:[^<>\"'\n]|\"[^\"\n]*\"|'[^'\n]*')*>", re.DOTALL)
_AT_LINK = re.compile(r"\[([^\[\]\n]{0,200})\]\([^()\n]{0,500}\)")  # [text](destination): the text shows
_AT_AMP = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")  # a reference


@dataclass
class ReaderText:
    text: str
    _clean: list[int] = field(default_factory=list)  # where each kept run starts in `text`
    _source: list[int] = field(default_factory=list)  # ... and where it started in the source

    def source_offset(self, offset: int) -> int:
        if not self._clean:
            return offset
        i = bisect.bisect_right(self._clean, offset) - 1
        return self._source[i] + (offset - self._clean[i]) if i >= 0 else offset


def reader_text(source: str) -> ReaderText:
    if _HARD.search(source) is None and _SOFT.search(source) is None:
        return ReaderText(source)  # the common page: two scans in C say no markup can hide anything
    starts = _candidates(source)
    if not starts or not any(_matters(source, start) for start in starts):
        return ReaderText(source)  # nothing that could hide a mark or a number: read as written
    pieces: list[str] = []
    clean: list[int] = []
    origin: list[int] = []
    size = pos = 0

    def keep(text: str, at: int) -> None:
        nonlocal size
        if text:
            clean.append(size)
            origin.append(at)
            pieces.append(text)
            size += len(text)

    skip = 0
    for start in starts:
        if start < pos or start < skip:
            continue  # inside a token already taken out, or a mask already kept
        end, replacement = _token(source, start)
        if end <= start:
            skip = -end  # a kept run: its other characters are candidates too, and stay as well
            continue
        keep(source[pos:start], pos)
        keep(replacement, start)
        pos = end
    keep(source[pos:], pos)
    return ReaderText("".join(pieces), clean, origin)


# Characters a mark or a personal number is made of: emphasis can only hide one by splitting two of these.
_JOINABLE = frozenset("0123456789０１２３４５６７８９Xx★☆绝机秘密内部资料文件材使用传阅参考注意保存请勿外不得翻印严禁")


# The same test as _matters over the whole text at once: any markup but emphasis, or an emphasis run between
# two characters a mark or a number is made of.
_HARD = re.compile("[<&\\\\\\[" + INVISIBLE + "]")
_JOIN_CLASS = "".join(sorted(_JOINABLE))
_SOFT = re.compile(f"[*_~`](?<=[{_JOIN_CLASS}][*_~`])[*_~`]*(?=[{_JOIN_CLASS}])")  # the class first: scanned in C


def _matters(source: str, start: int) -> bool:
    """Whether the markup at start could change what the detectors see. Emphasis around words (**第一条**,
    which policy pages use for every article) cannot; emphasis between two characters of a mark or a number,
    and every reference, comment, tag, escape and invisible character, can."""
    ch = source[start]
    if ch not in _EMPHASIS:
        return True
    end = start
    while end < len(source) and source[end] in _EMPHASIS:
        end += 1
    return start > 0 and end < len(source) and source[start - 1] in _JOINABLE and source[end] in _JOINABLE


def _candidates(source: str) -> list[int]:
    found: list[int] = []
    for ch in _MARKUP:
        at = source.find(ch)
        while at != -1:
            found.append(at)
            at = source.find(ch, at + 1)
    for ch in INVISIBLE:
        if ch in source:
            at = source.find(ch)
            while at != -1:
                found.append(at)
                at = source.find(ch, at + 1)
    found.sort()
    return found


def _token(source: str, start: int) -> tuple[int, str]:
    """(end, what it shows) of the markup at start; end == start when there is none, and -end for a run that
    is kept as it is (a mask) up to end."""
    ch = source[start]
    if ch == "<":
        match = _AT_LT.match(source, start)
        return (match.end(), "") if match else (start, "")
    if ch == "&":
        match = _AT_AMP.match(source, start)
        if match:
            shown = html.unescape(match.group())
            # A reference to an invisible character shows as nothing, like the character itself.
            shown = "".join(c for c in shown if c not in _INVISIBLE_SET)
            return (match.end(), shown) if shown != match.group() else (start, "")
        return start, ""
    if ch == "[":
        match = _AT_LINK.match(source, start)
        return (match.end(), reader_text(match.group(1)).text) if match else (start, "")
    if ch == "\\":
        nxt = source[start + 1: start + 2]
        return (start + 1, "") if nxt and not nxt.isspace() else (start, "")
    if ch in _EMPHASIS:
        end = start
        while end < len(source) and source[end] in _EMPHASIS:
            end += 1
        # A run between two digits is a clerk's mask (138****8000), not emphasis: it stays.
        if (start > 0 and end < len(source) and source[start - 1] in _DIGITS and source[end] in _DIGITS
                and set(source[start:end]) == {"*"}):
            return -end, ""  # kept, up to end
        return end, ""
    return start + 1, ""  # an invisible character
