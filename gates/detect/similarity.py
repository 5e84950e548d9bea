"""How far a reprint's text has moved from its original (歪曲、篡改, 附件3 第四条), as a number from 0 to 1.

Both sides are reduced to what a reader reads: Markdown syntax, HTML tags, spaces and punctuation dropped,
full-width letters and digits folded. The comparison is difflib's ratio (matched characters × 2 / total),
computed in two steps so that a long article costs milliseconds, not seconds: sentences are aligned first,
and characters are compared only inside the sentences that differ.

- `similarity(a, b)`: the ratio, for a title or a full text against its original.
- `coverage(part, whole)`: the share of `part` found in `whole`, in order, for a feed's summary against the
  reprint's full text (a summary is the original's first lines, often cut off with an ellipsis).
"""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher
from html.parser import HTMLParser

from gates.detect.normalize import fold

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")
_NOT_WORD = re.compile(r"[\W_]+")
# Longest stretch compared character by character in one go (difflib is quadratic in it).
_CHAR_DIFF_LIMIT = 1500
_CHAR_DIFF_BUDGET = _CHAR_DIFF_LIMIT * _CHAR_DIFF_LIMIT

_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:.*$", re.MULTILINE)
_MD_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$", re.MULTILINE)
_MD_MARKS = re.compile(r"^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+|[*_~`|]", re.MULTILINE)
_TAGS = re.compile(r"<[^>\n]*>")
_ELLIPSIS = re.compile(r"(?:…+|\.{3,}|\[?(?:详细|阅读全文|查看全文|全文|更多)\]?)+\s*$")


def markdown_text(markdown: str) -> str:
    """The readable text of a Markdown body: link text kept, images, targets and markup dropped."""
    text = _MD_IMAGE.sub("", markdown)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REFERENCE.sub("", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _TAGS.sub("", text)
    return html.unescape(_MD_MARKS.sub("", text))


def html_text(markup: str) -> str:
    """The readable text of an HTML fragment (a feed item's content or summary)."""
    reader = _TextReader()
    try:
        reader.feed(markup)
        reader.close()
    except Exception:  # html.parser is lenient; whatever it still rejects, compare the text without tags
        return html.unescape(_TAGS.sub("", markup))
    return "".join(reader.parts)


def similarity(a: str, b: str) -> float:
    """difflib's ratio of two texts after normalisation; 1.0 for two empty texts."""
    left, right = _sentences(a), _sentences(b)
    total = sum(map(len, left)) + sum(map(len, right))
    if total == 0:
        return 1.0
    return 2.0 * _matched(left, right) / total


def coverage(part: str, whole: str) -> float:
    """Share of `part`'s characters found, in order, in `whole`; 1.0 when part is empty."""
    summary = _ELLIPSIS.sub("", part.strip())
    pieces = _sentences(summary)
    size = sum(map(len, pieces))
    if size == 0:
        return 1.0
    # A summary is taken from the top of the article: look for it in the opening stretch only, which also keeps
    # the comparison cheap on a long article.
    opening: list[str] = []
    reach = 0
    for sentence in _sentences(whole):
        if reach > 3 * size + 1000:
            break
        opening.append(sentence)
        reach += len(sentence)
    return _matched(pieces, opening) / size


def normalize(text: str) -> str:
    return _NOT_WORD.sub("", fold(text))


def _sentences(text: str) -> list[str]:
    return [s for s in (normalize(piece) for piece in _SENTENCE_END.split(text)) if s]


def _matched(left: list[str], right: list[str]) -> int:
    """Characters in common, in order: whole sentences first, then characters within differing stretches."""
    count = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        if tag == "equal":
            count += sum(len(s) for s in left[i1:i2])
        elif tag == "replace":
            count += _chars_in_common("".join(left[i1:i2]), "".join(right[j1:j2]))
    return count


def _chars_in_common(a: str, b: str) -> int:
    """difflib's matched characters. difflib is quadratic, so two long stretches are cut into proportional pieces
    compared pairwise: the cost stays bounded and a text changed a little everywhere still counts as close."""
    if len(a) * len(b) <= _CHAR_DIFF_BUDGET:
        return _blocks(a, b)
    pieces = max(1, -(-max(len(a), len(b)) // _CHAR_DIFF_LIMIT))
    return sum(_blocks(a[len(a) * k // pieces:len(a) * (k + 1) // pieces],
                       b[len(b) * k // pieces:len(b) * (k + 1) // pieces]) for k in range(pieces))


def _blocks(a: str, b: str) -> int:
    return sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table"}


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)
