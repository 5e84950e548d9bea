"""Emphasis and code spans found as detect/reader.py's span forms find them, in close to linear time.

The forms are `(\\*{1,3}|_{1,3}|~~)(?=\\S)(…+?)(?<=\\S)\\1` and `` (`+)(…+?)\\1 ``, content never crossing a blank line.
Tried by the regex engine at every opener, each lazy match runs to the paragraph's end when nothing closes it, and
the code form's opener backtracks through every shorter run: quadratic in unclosed emphasis, cubic in a long run of
backquotes (red team 18: 8,000 backquotes took 9 s on a page with a style sheet). Here each opener asks for the
first closer after it from the delimiter runs, indexed by how long each is (a sparse table of maxima): the same
spans, in the same order (tests/detect/test_delimited.py holds both to the regexes on random text).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

_BARRIER = re.compile(r"\n(?=[ \t]*\n)")  # a newline that starts a blank line: no span crosses it

Span = tuple[int, int, int, int]  # start, content start, content end, end


class _Runs:
    """The runs of one delimiter character, and the first one from an index on that is long enough, in O(log n)."""

    def __init__(self, source: str, ch: str, after_text: bool) -> None:
        self.spans = [m.span() for m in re.finditer(re.escape(ch) + "+", source)]
        self.starts = [a for a, _ in self.spans]
        # Where a closer may stand in each run: after_text (emphasis: `(?<=\S)` before it) skips a run's first place
        # when a space precedes it; inside a run the character before is the delimiter itself.
        self.first = [a + 1 if after_text and a > 0 and source[a - 1].isspace() else a for a, _ in self.spans]
        lengths = [b - f for (_, b), f in zip(self.spans, self.first, strict=True)]
        self.table = [lengths]
        step = 1
        while 2 * step <= len(lengths):
            last = self.table[-1]
            self.table.append([max(last[i], last[i + step]) for i in range(len(lengths) - 2 * step + 1)])
            step *= 2

    def _longest(self, i: int, j: int) -> int:
        """The longest run (from its first closing place) among runs i..j-1 (i < j)."""
        level = (j - i).bit_length() - 1
        row = self.table[level]
        return max(row[i], row[j - (1 << level)])

    def closer(self, length: int, low: int, high: int) -> int | None:
        """The first k in [low, high) where `length` delimiters may close a span."""
        j = max(0, bisect.bisect_right(self.starts, low) - 1)
        if j < len(self.spans):  # the run holding low, or the first after it
            k = max(self.first[j], low)
            if k + length <= self.spans[j][1] and k < high:
                return k
            j += 1
        end = bisect.bisect_left(self.starts, high)  # runs that start before high
        if j >= end or self._longest(j, end) < length:
            return None
        lo, hi = j, end  # the first run in [lo, hi) long enough: binary search on the table's maxima
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._longest(lo, mid) >= length:
                hi = mid
            else:
                lo = mid
        return self.first[lo]

    def run_end(self, at: int) -> int:
        return self.spans[bisect.bisect_right(self.starts, at) - 1][1]


def _limit(barriers: list[int], at: int, size: int) -> int:
    """Where content starting at `at` must end: the first blank line's newline at or after it."""
    i = bisect.bisect_left(barriers, at)
    return barriers[i] if i < len(barriers) else size


def emphasis_spans(source: str) -> Iterator[Span]:
    """What `(\\*{1,3}|_{1,3}|~~)(?=\\S)(…+?)(?<=\\S)\\1` finds with finditer, in order."""
    runs = {ch: _Runs(source, ch, True) for ch in "*_~" if ch in source}
    if not runs:
        return
    barriers = [m.start() for m in _BARRIER.finditer(source)]
    openers = sorted(i for r in runs.values() for a, b in r.spans for i in range(a, b))
    pos = 0
    for i in openers:
        if i < pos:
            continue
        ch = source[i]
        room = runs[ch].run_end(i) - i
        lengths = ((2,) if room >= 2 else ()) if ch == "~" else range(min(3, room), 0, -1)
        for length in lengths:
            content = i + length
            if content >= len(source) or source[content].isspace():
                continue
            k = runs[ch].closer(length, content + 1, _limit(barriers, content, len(source)))
            if k is not None:
                yield i, content, k, k + length
                pos = k + length
                break


def code_spans(source: str) -> Iterator[Span]:
    """What `` (`+)(…+?)\\1 `` finds with finditer, in order."""
    if "`" not in source:
        return
    runs = _Runs(source, "`", False)
    barriers = [m.start() for m in _BARRIER.finditer(source)]
    pos = 0
    for a, b in runs.spans:
        for i in range(max(a, pos), b):
            if i < pos:
                continue
            for length in range(b - i, 0, -1):
                content = i + length
                if content >= len(source):
                    continue
                k = runs.closer(length, content + 1, _limit(barriers, content, len(source)))
                if k is not None:
                    yield i, content, k, k + length
                    pos = k + length
                    break
