"""What a reader sees of Markdown text, for the detectors: markup that renders as nothing is taken out.

`&#26426;密★1年` renders as 机密★1年, so do `机<!-- -->密★1年`, `**机**密★1年`, `机<span></span>密★1年` and a
zero-width space between the two characters; `11010519491231002\\X` renders as the ID number it is. Detection
runs on the reader's text, and every position maps back to the source, so findings keep their lines.

Asterisks between two digits stay: `500105**********12` is how a clerk masks a number, not emphasis.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

# Characters that render as nothing: zero-width spaces and joiners, direction marks, the BOM, soft hyphen.
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_NOISE = re.compile(
    r"<!--.*?(?:-->|\Z)"  # an HTML comment
    r"|</?[A-Za-z][^<>\n]*>"  # an HTML tag
    r"|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"  # a character reference
    r"|\\(?=\S)"  # a backslash before a character: the character shows, the backslash adds nothing
    rf"|[{_INVISIBLE}]+"
    # Emphasis markers, whole runs only, but not a mask between two digits.
    r"|(?<![0-9０-９*_~])[*_~]++|(?<![*_~])[*_~]++(?![0-9０-９])",
    re.DOTALL,
)
_MAYBE = re.compile(rf"[&<\\*_~{_INVISIBLE}]")


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
    if _MAYBE.search(source) is None:
        return ReaderText(source)  # plain text, the common case: nothing to take out
    pieces: list[str] = []
    clean: list[int] = []
    starts: list[int] = []
    size = pos = 0
    for match in _NOISE.finditer(source):
        if match.start() > pos:
            clean.append(size)
            starts.append(pos)
            pieces.append(source[pos:match.start()])
            size += match.start() - pos
        token = match.group()
        if token.startswith("&"):
            decoded = html.unescape(token)
            if decoded != token:
                clean.append(size)
                starts.append(match.start())
                pieces.append(decoded)
                size += len(decoded)
        pos = match.end()
    if pos < len(source):
        clean.append(size)
        starts.append(pos)
        pieces.append(source[pos:])
    return ReaderText("".join(pieces), clean, starts)
