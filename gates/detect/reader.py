"""What a reader sees of Markdown text, for the detectors: markup that renders as nothing is taken out.

`&#26426;密★1年` renders as 机密★1年, so do `机<!-- -->密★1年`, `**机**密★1年`, `机<span></span>密★1年` and a
zero-width space between the two characters; `11010519491231002\\X` shows the ID number it is. Detection
runs on the reader's text, and every position maps back to the source, so findings keep their lines.

Asterisks between two digits stay: `500105**********12` is how a clerk masks a number, not emphasis.

Some markup shows one way or another depending on the browser or the page's style sheet; those texts are read as
more readings (more_readings): a soft line break (`扫码\n领取`, which Firefox shows as 扫码领取, and `1380013\n8000`,
shown as 1380013 8000) and a <br> that the page's style sheet may hide. CDATA inside an inline <svg> or <math> shows
its text, while in HTML proper it is a bogus comment (detect/browsers.py); soft line breaks are detect/softbreaks.py's.

Speed matters here (every page, every run, policy pages of 12 KB that use ** for every article heading): the
markup characters are found with str.find, which runs at memory speed, and only where one stands is a
pattern tried; a regex scan of the whole text costs several times more.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Literal

from gates.detect.browsers import (
    BR,
    VOID_TAGS,
    foreign_cdata,
    sheet_may_hide_br,
    sheet_may_inline_blocks,
    sheet_shows_attributes,
)
from gates.detect.delimited import code_spans, emphasis_spans
from gates.detect.reading import BLANK_LINE, JOINABLE, ReaderText, Runs
from gates.detect.softbreaks import block_joins, line_joins, soft_breaks
from gates.model.document import BLOCKS, SHOWN_ATTRIBUTES, SHOWN_BRACKETS, TABLE_PARTS, certainly_hides

# Characters that render as nothing: Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt) — soft
# hyphen, combining grapheme joiner, zero-width spaces and joiners, direction marks and isolates, invisible
# operators, Hangul fillers, Mongolian and Khmer invisible vowels, variation selectors, the BOM, shorthand format
# controls, musical formatting and the tag characters.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
INVISIBLE_CLASS = "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in _IGNORABLE_RANGES)
_INVISIBLE = re.compile(f"[{INVISIBLE_CLASS}]")
# Characters drawn as another one: CJK compatibility ideographs (料 as U+F9BE), mathematical and segmented digits
# (𝟏, 🯱). The detectors read them as what NFKC makes of them, one character for one.
_LOOKALIKE_RANGES = ((0xF900, 0xFAFF), (0x1D7CE, 0x1D7FF), (0x1FBF0, 0x1FBF9), (0x2F800, 0x2FA1F))
_LOOKALIKE_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _LOOKALIKE_RANGES)
_LOOKALIKE = re.compile(f"[{_LOOKALIKE_CLASS}]")
_INVISIBLE_OR_LOOKALIKE = re.compile(f"[{INVISIBLE_CLASS}{_LOOKALIKE_CLASS}]")
_MARKUP = "<&\\*_~`["
_EMPHASIS = "*_~`"
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# A comment, CDATA, a processing instruction or a declaration, or a tag (quoted attributes may hold `>`).
# A comment ends at -->, at --!> (browsers and Python-Markdown) and is whole as <!--> or <!--->; </ and anything
# but a letter is a comment to the next > for a browser; an unquoted attribute value may hold a <. An opening with no
# end reads as text: Python-Markdown escapes it (the page shows it), so it must never hide the rest of the page. A
# tag may run over lines, as Python-Markdown passes it through.
_COMMENT = r"<!--(?:>|->|.*?--!?>)"
_AT_LT = re.compile(_COMMENT + r"|<[?!](?!--)[^>]*>|</[^A-Za-z>][^>]*>"
                    r"|</?[A-Za-z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.DOTALL)
# [text](destination "title"): the text shows, and the title as a tooltip
_AT_LINK = re.compile(r"\[([^\[\]\n]{0,200})\]\([^()\s]{0,500}(?:\s+(?:\"([^\"\n]*)\"|'([^'\n]*)'))?\s*\)")
# [text][label] and [text][]: a reference link shows its text (taken as one whether or not the label is defined;
# the brackets of an undefined one show, so reading them away can only make the detectors see more).
_AT_REF = re.compile(r"\[([^\[\]\n]{0,200})\]\[[^\[\]\n]{0,100}\]")
# Python-Markdown's attr_list: `*x*{: hidden}`, `[x](#){: style="display:none"}` give the span before them attributes
# (a `hidden`, a style, a class that a style sheet hides). The list itself never shows.
# (As Python-Markdown reads one: to the last brace on the line, whatever stands between: {: title={ hidden}.)
_ATTR_BODY = r"\{[^\n]*\}"
_ATTR_LIST = re.compile(r"(?<=[*_~)`\]>])" + _ATTR_BODY)
_SPAN_ATTR = "(" + _ATTR_BODY + ")"
_LINE = r"(?:[^\n]|\n(?![ \t]*\n))"  # a character of the paragraph: a span never crosses a blank line
# Inline spans that may carry attributes, and so be hidden: emphasis, links and images (inline, reference and
# shortcut), code spans, autolinks (content in group 2).
_SPAN_FORMS = (r"(\*{1,3}|_{1,3}|~~)(?=\S)(" + _LINE + r"+?)(?<=\S)\1",
               # (link text may hold brackets, a destination balanced parentheses or <…>, a title any quotes)
               r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\]|\n(?![ \t]*\n)){0,200})\]"
               r"(?:\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\)){0,500})"
               r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)|\[[^\[\]\n]{0,100}\])?",
               r"(`+)(" + _LINE + r"+?)\1",
               r"(<)((?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>]+)>")
_SPANS = tuple(re.compile(form) for form in _SPAN_FORMS)
# A reference; browsers and html.unescape accept any number of leading zeros in a numeric one.
# The semicolon may be missing: Python-Markdown and browsers read &#8203 as &#8203; (html.unescape too).
_AT_AMP = re.compile(r"&(?:#0*[0-9]{1,7}|#[xX]0*[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


# The last few readings, by the text object itself: the SEC rules and the wording walk read the same parts of a
# page one after the other. Holding the text keeps its id from being reused while it is cached.
# drop: leave out what may be hidden (True), nothing (False), or only what certainly is ("certain": a `hidden`
# attribute, a style with display:none; the wording rules read that view as shown, see domain/wording.py)
Drop = bool | Literal["certain"]
_RECENT: dict[tuple[int, Drop, bool, bool | None, bool, bool | None], tuple[str, ReaderText]] = {}
_RECENT_SIZE = 16


def reader_text(source: str, drop: Drop = True, words: bool = False, styled: bool | None = None,
                breaks: bool = True, br_hides: bool | None = None) -> ReaderText:
    """What a reader sees of source (see _read); the same text read again is answered from a small cache.
    styled: whether a style sheet may hide any element of source (None: whether source holds one); br_hides:
    whether it may hide a <br> (None: as source's own style sheet says); breaks: False to read every <br> as
    nothing (asked for when a reading says `unbroken`)."""
    key = (id(source), drop, words, styled, breaks, br_hides)
    held = _RECENT.get(key)
    if held is not None and held[0] is source:
        return held[1]
    # With no emphasis inside a word, every decision the words reading makes is the detectors' own (and the walk
    # itself is the same): one reading serves both.
    seen = reader_text(source, drop, False, styled, breaks, br_hides) if words and not _intraword(source) \
        else _read(source, drop, words, styled, breaks, br_hides)
    if len(_RECENT) >= _RECENT_SIZE:
        _RECENT.pop(next(iter(_RECENT)))
    _RECENT[key] = (source, seen)
    return seen


def readings(text: str, words: bool = False, styled: bool | None = None,
             br_hides: bool | None = None, html: bool = False) -> list[ReaderText]:
    """Every reading of text a reader may see, the reader's view first: with possibly hidden content left out
    and kept in place (see _read), then more_readings of those."""
    seen = reader_text(text, True, words, styled, True, br_hides)
    if not seen.dropped and not seen.unbroken and not soft_breaks(text, html=html):
        return [seen]  # the common page: one reading (soft_breaks keeps its answer for the next caller)
    base = [seen]
    if seen.dropped:  # content left out as possibly hidden: read it kept in place too
        base.append(reader_text(text, False, words, seen.styled, True, seen.br_hides))
    return base + more_readings(text, base, words, html)


def more_readings(text: str, base: list[ReaderText], words: bool = False, html: bool = False) -> list[ReaderText]:
    """The readings of text beyond base (its reader's views): each with every <br> read as nothing where the
    page's style sheet may hide one (unbroken), then each of all those with its soft line breaks read as a
    browser shows them (line_joins; html: text of a rendered page, see soft_breaks). Most pages have none."""
    inline = (base[0].styled or base[0].dropped) and _inlines_blocks(text)  # a sheet, or a style attribute
    if not base[0].unbroken and not inline and not soft_breaks(text, html=html):
        return []
    found: list[ReaderText] = []
    if base[0].unbroken:
        seen = base[0]
        found += [reader_text(text, r is seen, words, seen.styled, False, True) for r in base]
    found += [joined for r in (*base, *found) if (joined := line_joins(r, text, words, html)) is not None]
    if inline:  # blocks the style sheet may set in a line: every gap between them read as a space
        found += [joined for r in (*base, *found) if (joined := block_joins(r, words)) is not None]
    return found


_LAST_INLINE: tuple[str, bool] = ("", False)


def _inlines_blocks(text: str) -> bool:
    """sheet_may_inline_blocks(text), kept for the text last asked about (SEC and the wording walk ask in turn)."""
    global _LAST_INLINE
    if _LAST_INLINE[0] is not text:
        _LAST_INLINE = (text, sheet_may_inline_blocks(text))
    return _LAST_INLINE[1]


def _read(source: str, drop: Drop = True, words: bool = False, styled: bool | None = None,
          breaks: bool = True, br_hides: bool | None = None) -> ReaderText:
    """What a reader sees of source. With drop, the content of every element that may be hidden (a hiding
    element, a `hidden` attribute, any style or class, which a <style> block can make hide) is left out of the
    text and listed in `hidden`; without it, only the tags are taken out. Read both: a number split by hidden
    filler shows only in the first, one split by a shown styled span only in the second."""
    if not _may_matter(source, words):
        return ReaderText(source)  # the common page: scans in C say no markup can hide anything
    source = foreign_cdata(source)
    starts = _candidates(source)
    if not starts or not any(_matters(source, start, words) for start in starts):
        return ReaderText(source)  # nothing that could hide a mark or a number: read as written
    if styled is None:
        # A style sheet in the page can hide any element by its tag, id or attributes (b{display:none}), not only
        # through a class or a style attribute: then every element's content may be hidden.
        styled = _STYLE_SHEET.search(source) is not None
    if br_hides is None:
        br_hides = styled and sheet_may_hide_br(source)
    # (a line ending in two spaces is a <br> in the built page)
    unbroken = br_hides and breaks and (BR.search(source) is not None or "  \n" in source)
    runs = Runs()
    keep = runs.keep
    hidden: list[tuple[int, str]] = []
    if "=" in source:
        # An attribute whose text a reader is shown (model/document.py's SHOWN_ATTRIBUTES: a title's tooltip, an
        # image's alt, the data-label gates.css shows before a catalog cell on a phone …; every one where the page's
        # style sheet shows attributes with attr()): read on its own like a Markdown link's title.
        shown = _ANY_ATTRIBUTE if styled and sheet_shows_attributes(source) else _SHOWN_ATTRIBUTE
        hidden += [(m.start(m.lastindex or 1), m.group(m.lastindex or 1)) for m in shown.finditer(source)
                   if m.lastindex]
    pos = 0
    dropped = False
    skip = 0
    in_table = _IN_TABLE.search(source) is not None
    spans = _dropped_spans(source, styled, drop)
    if spans:  # an image's span starts at its !, an autolink's at its <: walk from there too
        starts = sorted(set(starts).union(spans))
    for start in starts:
        if start < pos or start < skip:
            continue  # inside a token already taken out, or a mask already kept
        ch = source[start]
        # An element, or a span that attributes or a style sheet may hide: left out, read on its own.
        concealed = spans.get(start) or (_dropped_element(source, start, styled, drop) if ch == "<" else None)
        if concealed is not None:
            inner_start, inner_end, end = concealed
            if inner_end > inner_start:
                hidden.append((inner_start, source[inner_start:inner_end]))
            keep(source[pos:start], pos)
            pos, dropped = end, True
            continue
        if ch == "`":
            span = _code_span(source, start)
            if span is not None:  # shown as written: no markup inside a code span is read as markup
                keep(source[pos:start], pos)
                # Angle brackets shown as text must not read as a tag to the detectors (which skip addresses and
                # tags): one character for one, so offsets still map back.
                keep(source[span[0]:span[1]].translate(SHOWN_BRACKETS), span[0])
                pos = span[2]
                continue
        if ch == "[":
            link = _AT_LINK.match(source, start) or _AT_REF.match(source, start)
            if link is not None and start > pos and source[start - 1] == "!":
                # An image: the page shows the picture, not its alt text, which is published (and read aloud),
                # so it is read on its own, off the line.
                keep(source[pos:start - 1], pos)
                hidden += [(start + 1, link.group(1)), *_title(link)]
                pos, dropped = link.end(), True
                continue
            if link is not None:
                inner = _read(link.group(1), drop, words, styled, breaks, br_hides)
                keep(source[pos:start], pos)
                if inner._clean:
                    _keep_mapped(keep, inner, start + 1)
                else:
                    keep(inner.text, start + 1)
                hidden += [(start + 1 + at, text) for at, text in inner.hidden]
                hidden += _title(link)
                pos, dropped = link.end(), dropped or inner.dropped
                continue
        end, replacement = _token(source, start, in_table, breaks)
        if end <= start:
            skip = -end  # a kept run: its other characters are candidates too, and stay as well
            continue
        keep(source[pos:start], pos)
        keep(replacement, start)
        pos = end
    keep(source[pos:], pos)
    return ReaderText("".join(runs.pieces), runs.clean, runs.origin, hidden, dropped, styled, br_hides, unbroken,
                      breaks)


# (after a space, a / or the quote that ends the value before, as in a tag: never a parameter of an address, ?title=…)
_ATTRIBUTE_VALUE = r"\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))"
_SHOWN_ATTRIBUTE = re.compile(r"(?<=[\s/\"'])(?:" + "|".join(sorted(SHOWN_ATTRIBUTES)) + ")" + _ATTRIBUTE_VALUE,
                              re.IGNORECASE)
_ANY_ATTRIBUTE = re.compile(r"(?<=[\s/\"'])[^\s\"'<>/=]+" + _ATTRIBUTE_VALUE)


def _title(link: re.Match[str]) -> list[tuple[int, str]]:
    """An inline link's or image's title: a tooltip, published in the page, so read on its own."""
    if link.re is not _AT_LINK:
        return []
    title = 2 if link.group(2) is not None else 3
    return [(link.start(title), link.group(title))] if link.group(title) is not None else []


def _hidden_spans(source: str, styled: bool) -> dict[int, tuple[int, int, int]]:
    """Inline spans whose content may be hidden: those given attributes (attr_list) and, on a page with a style
    sheet, every one. start -> (content start, content end, end, the attribute list included)."""
    if not styled and ("{" not in source or _ATTR_LIST.search(source) is None):
        return {}
    spans: dict[int, tuple[int, int, int]] = {}
    for attrs in _ATTR_LIST.finditer(source):
        found = _span_before(source, attrs.start())
        if found is not None:
            spans.setdefault(found[0], (found[1], found[2], attrs.end()))
    if styled:
        # (in _SPANS' order; emphasis and code spans by detect/delimited.py, which finds what their two regexes
        # find without their quadratic and cubic cases)
        forms = (emphasis_spans(source), _regex_spans(_SPANS[1], source), code_spans(source),
                 _regex_spans(_SPANS[3], source))
        for form in forms:
            for start, inner_start, inner_end, end in form:
                spans.setdefault(start, (inner_start, inner_end, end))
    return spans


def _dropped_spans(source: str, styled: bool, drop: Drop) -> dict[int, tuple[int, int, int]]:
    """The inline spans a reading with drop leaves out (see _hidden_spans): every one that may be hidden, or, for
    drop="certain", those whose attribute list hides them for certain."""
    if drop is True:
        return _hidden_spans(source, styled)
    if drop == "certain":
        return {k: span for k, span in _hidden_spans(source, False).items() if _list_hides(source, span)}
    return {}


def _dropped_element(source: str, start: int, styled: bool, drop: Drop) -> tuple[int, int, int] | None:
    """The element at start that a reading with drop leaves out (see _hidden_element), or None."""
    if drop is True:
        return _hidden_element(source, start, styled)
    return _certainly_hidden(source, start) if drop == "certain" else None


def _regex_spans(pattern: re.Pattern[str], source: str) -> Iterator[tuple[int, int, int, int]]:
    return ((m.start(), m.start(2), m.end(2), m.end()) for m in pattern.finditer(source))


_SPAN_REACH = 2000  # characters back from an attribute list to where its span may open


def _span_before(source: str, end: int) -> tuple[int, int, int] | None:
    """(start, content start, content end) of the span an attribute list at `end` belongs to, paired as
    Python-Markdown pairs it: an emphasis run closes the nearest openers of its character, innermost first, and
    the list belongs to the outermost (`**填*充***` is one strong; in `**说明**：1101**填充**` it is **填充**);
    a code span to the nearest run of as many backquotes; a link, an image or an autolink to the one that starts
    earliest and still ends there."""
    limit = paragraph_start(source, end, _SPAN_REACH)
    ch = source[end - 1]
    if ch in "*_~`":
        close = end - 1
        while close > limit and source[close - 1] == ch:
            close -= 1
        need, pos, opener, inner = end - close, close, -1, close
        while need > 0:
            j = source.rfind(ch, limit, pos)
            if j == -1:
                return None
            k = j
            while k > limit and source[k - 1] == ch:
                k -= 1
            run = j + 1 - k
            if ch == "`":
                if run == need:
                    return k, j + 1, close
            elif j + 1 < len(source) and not source[j + 1].isspace():  # a run that can open
                need -= run
                opener, inner = k, j + 1
            pos = k
        return (opener, inner, close) if opener >= 0 else None
    for start in range(limit, end):
        if source[start] in "[!<":
            for pattern in _SPANS[1::2]:  # links and images; autolinks
                match = pattern.fullmatch(source, start, end)
                if match is not None:
                    return match.start(), match.start(2), match.end(2)
    return None


def _keep_mapped(keep: Callable[[str, int], None], inner: ReaderText, base: int) -> None:
    """Keep a nested reading run by run, so its offsets still map back to the source."""
    bounds = [*inner._clean[1:], len(inner.text)]
    for clean_at, source_at, end in zip(inner._clean, inner._source, bounds, strict=True):
        keep(inner.text[clean_at:end], base + source_at)


def paragraph_start(text: str, end: int, reach: int) -> int:
    """Where the paragraph (or table) holding text[end] starts, looking back at most reach characters: after
    the last blank line, as Markdown ends a paragraph."""
    start = max(end - reach, 0)
    return max((blank.end() for blank in BLANK_LINE.finditer(text, start, end)), default=start)


def _code_span(source: str, start: int) -> tuple[int, int, int] | None:
    """(content start, content end, end) of a code span opening at start, or None when its run is not closed."""
    run = start
    while run < len(source) and source[run] == "`":
        run += 1
    size = run - start
    if start > 0 and source[start - 1] == "`":
        return None
    at = run
    # A code span never leaves its paragraph (Python-Markdown, CommonMark): look no further than a blank line.
    blank = BLANK_LINE.search(source, run)
    limit = blank.start() if blank is not None else len(source)
    while True:
        at = source.find("`" * size, at, limit)
        if at == -1:
            return None
        end = at + size
        if (end >= len(source) or source[end] != "`") and source[at - 1] != "`":
            return run, at, end
        while end < len(source) and source[end] == "`":
            end += 1
        at = end




# _may_matter: the same decision as _matters over every candidate, in a few scans of the whole text. A regex scan
# costs a few nanoseconds a character, more for a class with astral ranges; str's `in` runs at memory speed.
# Astral characters can only stand in a text that holds some: its UTF-16 form is then longer than two bytes a
# character (made in C, about a nanosecond a character).
_BMP_INVISIBLE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a)
                                          for a, b in _IGNORABLE_RANGES if b <= 0xFFFF) + "]")
_BMP_SPECIAL = re.compile(_BMP_INVISIBLE.pattern[:-1] + "".join(
    f"{chr(a)}-{chr(b)}" for a, b in _LOOKALIKE_RANGES if b <= 0xFFFF) + "]")  # and the BMP lookalikes
_JOIN_CLASS = "".join(re.escape(c) for c in sorted(JOINABLE))
# An emphasis run between two characters a mark or a number is made of, in two: a run starting with * found by its
# literal first character (the engine then jumps from * to * in C, several times faster than over a set), the
# rare others by the set.
_SOFT_STAR = re.compile(f"\\*(?<=[{_JOIN_CLASS}]\\*)[*_~`]*(?=[{_JOIN_CLASS}])")
_SOFT_OTHER = re.compile(f"[_~`](?<=[{_JOIN_CLASS}][_~`])[*_~`]*(?=[{_JOIN_CLASS}])")


def _may_matter(source: str, words: bool = False) -> bool:
    """Whether any markup in source matters, as _matters would find at one of the candidates, in a few scans."""
    if "<" in source or "&" in source or "\\" in source or "[" in source:
        return True
    if "{" in source and _ATTR_LIST.search(source) is not None:
        return True
    if _BMP_SPECIAL.search(source) is not None:
        return True
    if not source.isascii() and len(source.encode("utf-16-le", "surrogatepass")) != 2 * len(source) \
            and _INVISIBLE_OR_LOOKALIKE.search(source) is not None:
        return True
    if "*" not in source and "_" not in source and "~" not in source and "`" not in source:
        return False  # no emphasis at all: the emphasis scans have nothing to find
    if "*" in source and _SOFT_STAR.search(source) is not None:
        return True
    if ("_" in source or "~" in source or "`" in source) and _SOFT_OTHER.search(source) is not None:
        return True
    return words and _intraword(source)


def _intraword(source: str) -> bool:
    # A run that starts with * is searched for by its literal first character (the regex engine then jumps
    # from * to * in C, five times faster than over a set); the rare others by the whole pattern.
    if "*" in source and _INTRAWORD_STAR.search(source) is not None:
        return True
    return ("~" in source or "_" in source or "`" in source) and _INTRAWORD_OTHER.search(source) is not None


# For the wording rules (words=True): emphasis or a code span inside a word (扫**码领取**, 扫`码领取`) shows the word
# whole. A run of emphasis characters between two letters (CJK included), with a *, ~ or ` in it: CommonMark never
# reads _ inside a word as emphasis.
# (For a run that does not start with *, the alternation after the first character asks for a ~ or ` there, or a
# *, ~ or ` further on.)
_INTRAWORD_STAR = re.compile(r"\*(?<=[^\W_]\*)[*_~`]*(?=[^\W_])")
_INTRAWORD_OTHER = re.compile(r"[_~`](?<=[^\W_][_~`])(?:(?<=[~`])|(?=_*[*~`]))[*_~`]*(?=[^\W_])")


def _matters(source: str, start: int, words: bool = False) -> bool:
    """Whether the markup at start could change what the detectors see. Emphasis around words (**第一条**,
    which policy pages use for every article) cannot; emphasis between two characters of a mark or a number,
    and every reference, comment, tag, escape and invisible character, can."""
    ch = source[start]
    if ch not in _EMPHASIS:
        return True
    end = start
    while end < len(source) and source[end] in _EMPHASIS:
        end += 1
    if start > 0 and end < len(source) and source[start - 1] in JOINABLE and source[end] in JOINABLE:
        return True
    # (a letter: str.isalnum, which is what [^\W_] means in the _INTRAWORD patterns)
    run = source[start:end]
    return (words and start > 0 and end < len(source) and source[start - 1].isalnum() and source[end].isalnum()
            and ("*" in run or "~" in run or "`" in run))


def _candidates(source: str) -> list[int]:
    found: list[int] = []
    for ch in _MARKUP:
        at = source.find(ch)
        while at != -1:
            found.append(at)
            at = source.find(ch, at + 1)
    found.extend(m.start() for m in _INVISIBLE_OR_LOOKALIKE.finditer(source))
    if "{" in source:
        found.extend(m.start() for m in _ATTR_LIST.finditer(source))
    found.sort()
    return found


# Elements whose content a browser does not show; and elements whose content a style or a class (which a <style>
# block in the page can define) may hide: reader_text(drop=True) leaves their content out, and the caller reads
# the text kept as well.
# (audio and video show their content only where the browser cannot play them, dialog only when open, a ruby's
# rt annotation stands above the line, outside it, and an inline svg may be drawn at no size at all.)
_HIDING_TAGS = frozenset({"script", "style", "template", "rp", "noscript", "noembed", "noframes", "title", "canvas",
                          "iframe", "object", "textarea", "select", "datalist", "audio", "video", "dialog", "rt", "svg"})
_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.DOTALL)
_STYLE_SHEET = re.compile(r"<(?:style|link)\b", re.IGNORECASE)
_MAY_HIDE = re.compile(r"(?:^|[\s/])(?:hidden|style|class|popover|color)(?:[\s/=]|$)", re.IGNORECASE)


# Where the last > and the last comment end and </bdo stand in the text last read: markup at a < past them can never
# close, so it is text, found without a regex tried to the end of the page at each of a long run of unclosed
# openers (<a <a <a …, <!--<!--…: quadratic).
_LAST_ENDS: tuple[str, tuple[int, int, int]] = ("", (-1, -1, -1))
_BDO_END = re.compile(r"</bdo", re.IGNORECASE)


def _closes(source: str, start: int, what: int) -> bool:
    """Whether markup opening at start can close: what is 1 for a tag, 2 for a comment, 3 for a <bdo> element."""
    global _LAST_ENDS
    if _LAST_ENDS[0] is not source:
        bdo = max((m.start() for m in _BDO_END.finditer(source)), default=-1)
        _LAST_ENDS = (source, (source.rfind(">"), max(source.rfind("-->"), source.rfind("--!>")), bdo))
    return start < _LAST_ENDS[1][what - 1]


def _hidden_element(source: str, start: int, styled: bool) -> tuple[int, int, int] | None:
    """(content start, content end, element end) of an element at start whose content may not be shown, or
    None. An element never closed hides to the end of the text, as a browser hides the rest of the paragraph;
    a void element has no content (a browser ignores `/>` on any other, so that one is open)."""
    match = _OPEN_TAG.match(source, start) if _closes(source, start, 1) else None
    if match is None:
        return None
    name = match.group(1).lower()
    if name in VOID_TAGS or (name not in _HIDING_TAGS and not styled
                              and not _MAY_HIDE.search(html.unescape(match.group(2)))):
        return None
    pattern = re.compile(_COMMENT + rf"|<(/?){re.escape(name)}(?=[\s/>])[^>]*>", re.IGNORECASE | re.DOTALL)
    depth, at = 1, match.end()
    for tag in pattern.finditer(source, at):
        if tag.group(0).startswith("<!--"):
            continue  # a comment's text is never a tag
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return match.end(), tag.start(), tag.end()
    return match.end(), len(source), len(source)


_TAG_ATTRIBUTE = re.compile(r"""([^\s/>"'=<]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def _list_hides(source: str, span: tuple[int, int, int]) -> bool:
    """Whether a span's attribute list (`*大陆*{hidden}`, `{: style="display:none"}`) hides it for certain."""
    end = span[2]
    listed = source[source.rfind("{", span[1], end) + 1:end - 1].lstrip(":")
    return certainly_hides(_attributes(listed))


def _attributes(text: str) -> list[tuple[str, str | None]]:
    return [(m.group(1).lower(), html.unescape(m.group(m.lastindex or 1)) if (m.lastindex or 1) > 1 else None)
            for m in _TAG_ATTRIBUTE.finditer(text)]


def _certainly_hidden(source: str, start: int) -> tuple[int, int, int] | None:
    """_hidden_element, for an element whose content is hidden for certain (model/document.py's certainly_hides:
    a `hidden` attribute, display:none) or a <template>; None for any other."""
    match = _OPEN_TAG.match(source, start) if _closes(source, start, 1) else None
    if match is None:
        return None
    if match.group(1).lower() != "template" and not certainly_hides(_attributes(match.group(2))):
        return None
    return _hidden_element(source, start, True)


# A right-to-left override and its pop, and the element that does the same: what they hold is shown reversed.
_RLO, _PDF = "\u202e", "\u202c"
_BDO_RTL = re.compile(r"<bdo\b[^<>]*\bdir\s*=\s*[\"']?rtl\b[^<>]*>(.*?)</bdo\s*>", re.IGNORECASE | re.DOTALL)


_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
_BREAKS = BLOCKS | {"hr"}


def _breaks(opening: str, name: str, in_table: bool, br: bool = True) -> bool:
    """Whether a tag keeps the text around it apart, as a browser reads it in a page's body: a line break
    (unless br is False: a style sheet hides it); the start of a block, but a cell or a row only in a table
    (elsewhere the browser drops the tag); an end tag never (a browser ignores one it has nothing open for)."""
    if name == "br":
        return br
    if opening.startswith("</") or name not in _BREAKS:
        return False
    return name not in TABLE_PARTS or in_table


_IN_TABLE = re.compile(r"<table\b|</t[dhr]\s*>", re.IGNORECASE)  # a table, or cells read out of one


def _token(source: str, start: int, in_table: bool = False, breaks: bool = True) -> tuple[int, str]:
    """(end, what it shows) of the markup at start; end == start when there is none, and -end for a run that
    is kept as it is (a mask) up to end."""
    ch = source[start]
    if ch == "<":
        if not _closes(source, start, 1):
            return start, ""  # no > after it: text
        bdo = _BDO_RTL.match(source, start) if _closes(source, start, 3) else None
        if bdo is not None:  # <bdo dir="rtl">: shown right to left, character by character
            return bdo.end(), _AT_LT.sub("", bdo.group(1))[::-1]
        comment = source.startswith("<!--", start) and not source.startswith(("<!-->", "<!--->"), start)
        match = None if comment and not _closes(source, start, 2) else _AT_LT.match(source, start)
        if match is None:
            return start, ""
        # A line break or the edge of a block (a cell, a paragraph) keeps the text around it apart, unless the tag
        # itself may be hidden: 62751234<br>62751236 are two numbers.
        tag = _TAG_NAME.match(match.group())
        if tag is not None and _breaks(tag.group(0), tag.group(1).lower(), in_table, breaks) \
                and not _MAY_HIDE.search(html.unescape(match.group()[tag.end():-1])):
            return match.end(), "\n"
        return match.end(), ""
    if ch == _RLO:  # shown right to left up to its pop (or the end of the line): 1101\u202eX2001…\u202c
        end = min(i for i in (source.find(_PDF, start), source.find("\n", start), len(source)) if i != -1)
        return end + (source[end:end + 1] == _PDF), _INVISIBLE.sub("", source[start + 1:end])[::-1]
    if ch == "&":
        match = _AT_AMP.match(source, start)
        if match:
            shown = html.unescape(match.group())
            # A reference to an invisible character shows as nothing, like the character itself.
            shown = _INVISIBLE.sub("", shown).translate(SHOWN_BRACKETS)  # &lt;!-- is text, not a comment
            return (match.end(), shown) if shown != match.group() else (start, "")
        return start, ""
    if ch == "[":
        return start, ""  # a link reader_text did not take is text as written
    if ch == "{":
        attrs = _ATTR_LIST.match(source, start)
        return (attrs.end(), "") if attrs else (start, "")
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
    if _LOOKALIKE.match(ch):
        folded = unicodedata.normalize("NFKC", ch)
        return (start + 1, folded) if len(folded) == 1 else (start, "")
    return start + 1, ""  # an invisible character
