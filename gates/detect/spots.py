"""Matching a regex only where its first word stands.

A pattern that begins with an alternation of words (转载自|本文转自, 联合印发|共同制定) gives Python's regex
engine no literal prefix to skip by, so a search tries a match at every character of a long page (about 3 ns a
character, 15 µs on a 12 KB policy page). str.find runs at memory speed: find where the words stand, then match
there. The result is the search's own (the leftmost match), given every place a match can start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def positions(text: str, word: str) -> list[int]:
    """Every offset where word starts in text, overlapping occurrences included, in order."""
    found = []
    at = text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def first_match(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> re.Match[str] | None:
    """pattern.search(text), given every offset where a match of pattern can start."""
    for start in sorted(set(starts)):
        if start >= 0:
            match = pattern.match(text, start)
            if match is not None:
                return match
    return None
