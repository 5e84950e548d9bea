"""Soft line breaks: a newline inside a paragraph of Markdown, which a browser shows as a space, or as nothing
between two Chinese characters. soft_breaks finds them; line_joins makes a reading with them read so."""

from __future__ import annotations

import bisect
import re
import unicodedata

from gates.detect.reading import BLANK_LINE, JOINABLE, ReaderText, Runs, keep_range
from gates.model.document import BLOCKS

# Soft line breaks. A single newline inside a paragraph is a soft line break: browsers show it as a space, except
# that Firefox (CSS Text 3, segment break transformation) removes it between two East Asian wide characters, and the
# spaces around it go too. So `扫码\n领取` shows as 扫码领取 and `1380013\n8000` as 1380013 8000. line_joins reads a
# reading so, in addition to it (the reading as written stays: a line of its own is what some detectors look for).
# A newline is soft only where the next line continues the paragraph: not before a blank line, and not where a
# Markdown block starts or ends (a heading, a list item, a block quote, a table row, a fence, a thematic break, a
# setext underline, an indented code block, the line after a block element's end tag, a raw <pre> block), nor after a line ending in
# two spaces (a <br>, unless the style sheet hides it). Python-Markdown never lets a list item, a block quote or
# raw HTML interrupt a paragraph, and this site's Markdown has no fenced code: where a reader of the source cannot
# be sure, the newline is read as soft (an extra reading only adds hits; red team 12 slipped numbers through every
# "hard where unsure" rule), and only a real block edge (two rows of a table, two items of a list, code) is hard,
# since joining across one is what would make a false number. A lone \r is a line break too.
# (a table's row ends or starts with |, which never joins into a mark, a number or a phrase: not a candidate)
# (The first look-ahead turns the first newline of a blank line away before the look-behind is tried: 25 ns a
# newline, 2 us on a policy page.)
_SOFT_CANDIDATE = re.compile(r"\n(?=[^\n])(?<=[^\n|]\n)(?=[ \t\r]*[^\s|])|\r(?![\n\r])(?<=[^\n\r|]\r)(?=[ \t]*[^\s|])")
_NEWLINE = re.compile(r"\n|\r(?!\n)")  # a line break, as Python-Markdown reads one (\r\n and a lone \r too)
# A list item's marker (Python-Markdown: -, * or + and a space, or digits, a dot and a space)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|[0-9]{1,9}\.)[ \t]+\S", re.MULTILINE)  # matched at a line's start
_QUOTED_LINE = re.compile(r"[ ]{0,3}(?:(?:[-*+]|[0-9]{1,9}\.)[ \t]+)?>")  # a quote's line, maybe in a list item
# A line ending in a block element's end tag: Python-Markdown ends a raw HTML block there.
_ENDS_BLOCK_TAG = re.compile(r"</(?:" + "|".join(sorted(BLOCKS | {"hr"})) + r")\s*>[ \t\r]*$", re.IGNORECASE)
_UNDERLINE = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t\r]*$")
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t\r]*$")
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t\r]*$", re.MULTILINE)
_QUOTE_PREFIX = re.compile(r"[ ]{0,3}>")
_CONTINUATION = re.compile(r"[ \t\r]*(?:>[ \t]?)*[ \t\r]*")


# The last text asked about, held (so its id is not reused) with its answer: the SEC rules and the wording walk ask
# about the same body in turn.
_LAST_SOFT: tuple[str, tuple[bool, bool], dict[int, int]] = ("", (False, False), {})


def soft_breaks(source: str, br_hidden: bool = False, html: bool = False) -> dict[int, int]:
    """The soft line breaks of Markdown source (see above): newline offset -> where what goes with it ends (the
    next line's indent, and its `>` in a block quote). br_hidden: a style sheet hides <br>, so a line ending in
    two spaces ends softly too. html: source is a rendered page's text (detect/ reads it from model/document.py's
    readers), where a block's edge is a blank line and every other newline is the text's own, shown as a space
    (or nothing between two wide characters) whatever the line after it looks like. (The answer is shared: not to
    be changed.)"""
    global _LAST_SOFT
    if "\n" not in source and "\r" not in source:
        return {}
    held, asked, units = _LAST_SOFT
    if held is source and asked == (br_hidden, html):
        return units
    units = _html_breaks(source) if html else _soft_breaks(source, br_hidden)
    _LAST_SOFT = (source, (br_hidden, html), units)
    return units


def _html_breaks(text: str) -> dict[int, int]:
    """The soft line breaks of a rendered page's text: every newline that is not part of a blank line."""
    units: dict[int, int] = {}
    for m in _SOFT_CANDIDATE.finditer(text):
        spaces = _SPACES.match(text, m.start() + 1)
        units[m.start()] = spaces.end() if spaces is not None else m.start() + 1
    return units


_SPACES = re.compile(r"[ \t\r]*")


def _soft_breaks(source: str, br_hidden: bool, found: list[int] | None = None) -> dict[int, int]:
    """soft_breaks, judging the newlines at found (None: those _SOFT_CANDIDATE finds, the only ones that can be
    soft: a property test holds it to judging every newline)."""
    if found is None:
        first = _SOFT_CANDIDATE.search(source)
        if first is None:
            return {}  # the common page: every newline is next to a blank line, a table's row or the end
        found = [m.start() for m in _SOFT_CANDIDATE.finditer(source, first.start())]
    # A lone CR is a line break to Python-Markdown: judged as a newline (one character for one, offsets kept).
    text = _LONE_CR.sub("\n", source) if "\r" in source else source
    blocks = _blocks(text)
    edges = set(blocks)
    kept = _keeps_newlines(text) if "<" in text else []
    kept_starts = [a for a, _ in kept]
    units: dict[int, int] = {}
    facts: dict[int, tuple[bool, bool]] = {}  # block start -> (a table or code, a list)
    in_list: dict[int, int] = {}
    for at in found:
        if kept:
            k = bisect.bisect_right(kept_starts, at) - 1
            if k >= 0 and at < kept[k][1]:
                continue
        if at + 1 in edges:
            continue  # the next line starts a block of its own (after a heading, a rule, a raw HTML block)
        line = text[text.rfind("\n", 0, at) + 1:at]
        end = text.find("\n", at + 1)
        end = len(text) if end == -1 else end
        nxt = text[at + 1:end]
        if not line.strip() or not nxt.strip() or line.rstrip().endswith("|") or nxt.lstrip().startswith("|"):
            continue  # a blank line before or after, a table's row: not a soft break
        i = bisect.bisect_right(blocks, at) - 1
        if blocks[i] not in facts:
            facts[blocks[i]] = _block_facts(text, i, blocks, in_list)
        hard, listed = facts[blocks[i]]
        # A list item, a block quote or a raw HTML block does not interrupt a paragraph in Python-Markdown: only a
        # list's own next item and a quote opened from a line that is not one start anew.
        inner = _unquoted(nxt)
        if hard or (line.endswith("  ") and not br_hidden) or nxt.startswith("#") \
                or (listed and _LIST_ITEM.match(inner)) or _UNDERLINE.match(nxt) or _RULE.match(nxt) \
                or (_QUOTE_PREFIX.match(nxt) and not _QUOTED_LINE.match(line)):
            continue
        continuation = _CONTINUATION.match(text, at + 1)
        units[at] = continuation.end() if continuation is not None else at + 1
    return units


_LONE_CR = re.compile(r"\r(?!\n)")
_HEADING_OR_RULE = re.compile(r"^(?:#[^\n]*|[ ]{0,3}(?:=+|-+|([-*_])(?:[ \t]*\1){2,})[ \t\r]*)$", re.MULTILINE)
_HTML_BLOCK_START = re.compile(r"<(?:" + "|".join(sorted(BLOCKS | {"hr"})) + r")(?=[\s/>])", re.IGNORECASE)


def _blocks(text: str) -> list[int]:
    """Where Python-Markdown's blocks start: after a blank line, after a heading, a rule or a setext underline
    (a block ends there), and after a line of a raw HTML block (a block element's tag opening its first line)
    that ends in a block element's end tag."""
    starts = {0, *(m.end() for m in BLANK_LINE.finditer(text))}
    starts.update(m.end() + 1 for m in _HEADING_OR_RULE.finditer(text) if m.end() < len(text))
    if "</" in text:
        ordered = sorted(starts)
        for k, block in enumerate(ordered):
            if _HTML_BLOCK_START.match(text, block):
                stop = ordered[k + 1] if k + 1 < len(ordered) else len(text)
                at = block
                while at < stop:
                    end = text.find("\n", at, stop)
                    end = stop if end == -1 else end
                    if _ENDS_BLOCK_TAG.search(text, at, end):
                        starts.add(end + 1)
                    at = end + 1
    return sorted(starts)


def _unquoted(line: str) -> str:
    """line without the `>` of the block quotes it stands in."""
    return _QUOTES.sub("", line, count=1) if ">" in line else line


_QUOTES = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")


def _block_facts(text: str, i: int, blocks: list[int], in_list: dict[int, int]) -> tuple[bool, bool]:
    """(whether block i keeps its newlines or makes them rows: a table, whose first line is its header and second
    its delimiter row, or an indented code block; whether it is a list). Read inside any block quote."""
    block = blocks[i]
    end = blocks[i + 1] if i + 1 < len(blocks) else len(text)
    first_end = text.find("\n", block, end)
    first_end = end if first_end == -1 else first_end
    first = _unquoted(text[block:first_end])
    second_end = text.find("\n", first_end + 1, end)
    second = _unquoted(text[first_end + 1:end if second_end == -1 else second_end]) if first_end + 1 < end else ""
    table = "|" in first and _DELIMITER_ROW.fullmatch(second) is not None
    # Code is indented four columns past its container: the page, or the text of the list item it follows (four
    # past the item's marker: Python-Markdown's tab_length).
    indent = len(first.expandtabs(4)) - len(first.expandtabs(4).lstrip(" "))
    item = _list_indent(text, blocks, i - 1, in_list) if i >= 1 else -1
    code = indent >= (item + 8 if item >= 0 else 4)
    return table or code, _LIST_ITEM.match(first) is not None


def _list_indent(text: str, blocks: list[int], k: int, known: dict[int, int]) -> int:
    """The indent of the list item that block k belongs to (its last item's, when k is a list, or the item's an
    indented paragraph k continues), or -1 outside a list; remembered per block, so a page of many indented blocks
    is read once, not once per block before it."""
    walked: list[int] = []
    answer = -1
    while k >= 0:
        if k in known:
            answer = known[k]
            break
        walked.append(k)
        end = blocks[k + 1] if k + 1 < len(blocks) else len(text)
        items = list(_LIST_ITEM.finditer(text, blocks[k], end))
        if items:
            line = items[-1].group(0)
            answer = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
            break
        if not text.startswith(("    ", "\t"), blocks[k]):
            break
        k -= 1
    for block in walked:
        known[block] = answer
    return answer


# A raw HTML block that keeps its newlines: its tag opens a line (a raw HTML block, as Python-Markdown reads one; in
# a line, or a code span, it is text), and is not inside a comment (comments are blanked out first).
_KEEPS_NEWLINES = re.compile(r"^[ ]{0,3}<(pre|textarea|listing|xmp|plaintext)(?=[\s/>]).*?(?:</\1\s*>|\Z)",
                             re.IGNORECASE | re.DOTALL | re.MULTILINE)
_SOURCE_COMMENT = re.compile(r"<!--(?:>|->|.*?--!?>)", re.DOTALL)


def _keeps_newlines(source: str) -> list[tuple[int, int]]:
    """The stretches of raw <pre>-like blocks (whose newlines are shown as line breaks)."""
    blanked = _SOURCE_COMMENT.sub(lambda m: " " * len(m.group()), source) if "<!--" in source else source
    return [m.span() for m in _KEEPS_NEWLINES.finditer(blanked)]


def _line_end(source: str, at: int) -> int:
    """Where the line starting at or after at ends: its \n or lone \r, or the end of source."""
    found = _NEWLINE.search(source, at)
    return len(source) if found is None else found.start()


def _wide(ch: str) -> bool:
    """East Asian wide (F, W, H) and not Hangul: where Firefox removes a segment break between two."""
    return unicodedata.east_asian_width(ch) in ("W", "F", "H") and not ("\u1100" <= ch <= "\u11ff"
                                                                      or "\uac00" <= ch <= "\ud7af"
                                                                      or "\u3130" <= ch <= "\u318f")


def line_joins(reading: ReaderText, source: str, words: bool = False, html: bool = False) -> ReaderText | None:
    """reading (of source) with its soft line breaks read as a browser shows them: nothing between two wide
    characters, a space elsewhere; None when no soft break stands between two characters it could join (for the
    detectors, characters a mark or a number is made of; with words, any two)."""
    units = soft_breaks(source, not reading.breaks, html)
    if not units:
        return None
    text = reading.text
    at = reading.source_offset
    joins: list[tuple[int, int, str]] = []  # (start, end, shown as) in the reading's text
    matters = False
    for found in _NEWLINE.finditer(text):
        newline = found.start()
        unit_end = units.get(at(newline))
        if unit_end is not None:
            start, end = newline, newline + 1
            while start > 0 and text[start - 1] in " \t\r":
                start -= 1
            while end < len(text) and at(end) < unit_end:
                end += 1
            if start > 0 and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
                before, after = text[start - 1], text[end]
                joins.append((start, end, "" if _wide(before) and _wide(after) else " "))
                matters = matters or words or (before in JOINABLE and after in JOINABLE)
    return _joined(reading, joins) if matters else None


# Between two blocks a style sheet lays out in a line (detect/browsers.py's sheet_may_inline_blocks): the line breaks
# and blank lines, with what only marks blocks in Markdown around them: a heading's closing #s and attribute list at
# a line's end, a line of nothing but -, =, |, :, #, >, * and + (a setext underline, a table's delimiter row, a
# rule), a heading's #s, a quote's > or a list item's marker at a line's start, and the pipes between a table's
# cells. A browser shows the gap as one collapsible space.
# (Possessive runs, closing #s among them: a long run of spaces or #s is taken once, never retried one by one; a #
# inside a line is part of no gap, as the gap holds no line break.)
_BLOCK_GAP = re.compile(r"(?:\r\n|\r|\n|(?<=[\r\n])[-=|:#>*+ \t]++(?=[\r\n]|$)"
                        r"|(?<=[\r\n])[ \t]*+(?:#{1,6}|[-*+]|[0-9]{1,9}[.)])(?=[ \t])"
                        r"|[ \t|>#]++|\{[^{}\r\n]*+\}(?=[ \t]*+(?:[\r\n]|$)))+")


def block_joins(reading: ReaderText, words: bool = False) -> ReaderText | None:
    """reading with every gap between blocks read as a browser shows it when the blocks stand in a line: nothing
    between two wide characters, a space elsewhere; None when no gap stands between two characters it could join
    (for the detectors, characters a mark or a number is made of; with words, any two)."""
    text = reading.text
    joins: list[tuple[int, int, str]] = []
    matters = False
    for gap in _BLOCK_GAP.finditer(text):
        start, end = gap.span()
        if start == 0 or end == len(text) or text[start - 1].isspace() or text[end].isspace():
            continue
        if "\n" not in gap.group() and "\r" not in gap.group() and "|" not in gap.group():
            continue  # spaces inside a line: no block's edge
        before, after = text[start - 1], text[end]
        joins.append((start, end, "" if _wide(before) and _wide(after) else " "))
        matters = matters or words or (before in JOINABLE and after in JOINABLE)
    return _joined(reading, joins) if matters else None


def _joined(reading: ReaderText, joins: list[tuple[int, int, str]]) -> ReaderText:
    """reading with each (start, end) of its text shown as the string given, offsets still mapping to the source."""
    runs = Runs()
    keep = runs.keep
    at = reading.source_offset
    pos = 0
    for start, end, shown in joins:
        keep_range(keep, reading, pos, start)
        keep(shown, at(start))
        pos = end
    keep_range(keep, reading, pos, len(reading.text))
    return ReaderText("".join(runs.pieces), runs.clean, runs.origin, [], reading.dropped, reading.styled,
                      reading.br_hides, reading.unbroken, reading.breaks)
