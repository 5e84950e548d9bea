"""A reading of a text: what a reader sees of it, each run mapped back to where it stands in the source.

detect/reader.py makes readings of Markdown (markup taken out, possibly hidden content left out or kept), and
detect/softbreaks.py makes more of them (soft line breaks read as a browser shows them).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

BLANK_LINE = re.compile(r"\n[ \t]*\n")  # where a Markdown paragraph ends

# Characters a mark or a personal number is made of: emphasis can only hide one by splitting two of these.
# The detectors read across the separators of a number written in groups (138 0013 8000, 138-0013-8000) and
# across a mark's label and period (密级：机密★10年), so those characters join as well.
NUMBER_SEPARATORS = " \u3000\u00a0" + "".join(chr(c) for c in range(0x2002, 0x200B)) + "\u202f-\uff0d\u2010\u2011\u2012\u2013"
JOINABLE = frozenset("0123456789０１２３４５６７８９XxＸｘ★☆绝机秘密内部资料文件材使用传阅参考注意保存请勿外不得翻印严禁"
                     "级：:年长期启用前解" + NUMBER_SEPARATORS)


@dataclass
class ReaderText:
    text: str
    _clean: list[int] = field(default_factory=list)  # where each kept run starts in `text`
    _source: list[int] = field(default_factory=list)  # ... and where it started in the source
    # What hidden elements hold (<span hidden>, display:none, <script>, <template>, <rp> …), with where it starts
    # in the source: a reader never sees it, so it cannot join the text around it, but it is still published in
    # the page's source, so the detectors read it on its own.
    hidden: list[tuple[int, str]] = field(default_factory=list)
    # Whether content was left out as possibly hidden (see reader_text's `drop`): the caller then also reads
    # the text with that content kept, since a style or class may hide nothing at all.
    dropped: bool = False
    # Whether the text (or the page it was cut from) holds a style sheet, which can hide any element: what is read
    # of `hidden` on its own must be read so too.
    styled: bool = False
    # Whether that style sheet may hide a <br> (br{display:none}, `*`, a pseudo-class, one loaded from elsewhere):
    # then a <br> may not break the line at all (see detect/browsers.py).
    br_hides: bool = False
    # Whether a <br> was read as a line break that the style sheet may hide: the caller then also reads the text
    # with every <br> read as nothing (breaks=False).
    unbroken: bool = False
    breaks: bool = True  # whether this reading reads a <br> as a line break

    def shows(self, offset: int) -> bool:
        """Whether the source character at offset is part of this reading (not markup, not left out)."""
        if not self._clean:
            return True
        i = bisect.bisect_right(self._source, offset) - 1
        if i < 0:
            return False
        run_end = self._clean[i + 1] if i + 1 < len(self._clean) else len(self.text)
        return offset < self._source[i] + (run_end - self._clean[i])

    def source_offset(self, offset: int) -> int:
        if not self._clean:
            return offset
        i = bisect.bisect_right(self._clean, offset) - 1
        return self._source[i] + (offset - self._clean[i]) if i >= 0 else offset


class Runs:
    """A reading being made: the runs of text kept, each with where it starts in the reading and in the source."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.clean: list[int] = []
        self.origin: list[int] = []
        self.size = 0

    def keep(self, text: str, at: int) -> None:
        if text:
            self.clean.append(self.size)
            self.origin.append(at)
            self.pieces.append(text)
            self.size += len(text)


def keep_range(keep: Callable[[str, int], None], reading: ReaderText, start: int, end: int) -> None:
    """Keep reading.text[start:end] run by run, so its offsets still map back to the source."""
    if start >= end:
        return
    if not reading._clean:
        keep(reading.text[start:end], start)
        return
    i = bisect.bisect_right(reading._clean, start) - 1
    while start < end:
        run_end = reading._clean[i + 1] if i + 1 < len(reading._clean) else len(reading.text)
        stop = min(end, run_end)
        keep(reading.text[start:stop], reading._source[i] + (start - reading._clean[i]))
        start, i = stop, i + 1
