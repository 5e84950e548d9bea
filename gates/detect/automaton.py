"""Many fixed strings found in one pass over a text: the one module that knows which library does it.

The wording lists (detect/phrases.py) and the mark words (detect/marks.py) are found with an Aho–Corasick
automaton in Rust. Two libraries are used, with the same answers (tests/detect/test_automaton.py holds them to
each other and to a naive search):

- daachorse, a character-wise double-array automaton, where it ships a wheel (Linux and Windows on x86, macOS):
  it walks characters rather than UTF-8 bytes (a Chinese character is one step, not three) and builds a
  10,000-phrase list in about a third of the time. Measured on the news corpus (benchmarks/bench_terms.py's
  lists): 5.2 against 9.6 µs a page for the starter lists, 7.1 against 14.8 µs for 10,000 phrases, built in
  5.5 against 13 ms; on a 12 KB policy page, 18.8 against 26.5 µs.
- ahocorasick-rs for a few patterns (the mark words), where its DFA skips ahead with a vectorised search for the
  patterns' first bytes (at most 64 patterns) that daachorse has no match for: 14 against 20 µs on that page.
  And for every list where daachorse has no wheel (Linux on ARM, as on the 信创 servers many offices run): a pip
  install must never need a Rust compiler.

Matches are (pattern, start, end) in characters, in the order the walk finds them: overlapping ones ordered by
their end, leftmost-longest ones by their start. (That is ahocorasick-rs's own form, so the many mark words of a
policy page cross unchanged; the wording lists daachorse walks match rarely.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

try:
    import daachorse
except ImportError:  # no wheel for this platform: the other library does the same work
    daachorse = None  # type: ignore[assignment]  # (mypy sees the module; this platform has none)

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

Match = tuple[int, int, int]
_SURROGATE = re.compile("[\ud800-\udfff]")
_RS_DFA_UP_TO = 1000  # patterns
_RS_DFA_CHARS = 20_000  # characters in all of them: a DFA of some tens of MB at most


_FEW = 64  # patterns: ahocorasick-rs's vectorised prefilter (Teddy) takes at most this many
LIBRARY: str | None = None  # tests name "daachorse" or "ahocorasick-rs" to hold each to the same answers


def _character_wise(patterns: Sequence[str]) -> bool:
    if LIBRARY is not None:
        return LIBRARY == "daachorse"
    return daachorse is not None and len(patterns) > _FEW


class Automaton:
    """Built once (a run keeps it), walked once per text part. longest: leftmost-longest, non-overlapping
    matches; otherwise every occurrence of every pattern, overlapping ones included. Patterns must be unique and
    non-empty. A lone surrogate cannot cross into Rust: in a pattern as in a text it is read as U+FFFD."""

    def __init__(self, patterns: Sequence[str], longest: bool = False) -> None:
        if _SURROGATE.search("".join(patterns)):
            patterns = [_SURROGATE.sub("\ufffd", pattern) for pattern in patterns]
        self._longest = longest
        self._fast: Any = None
        self._rs: AhoCorasick | None = None
        if _character_wise(patterns):
            kind = daachorse.MATCH_KIND_LEFTMOST_LONGEST if longest else daachorse.MATCH_KIND_STANDARD
            try:
                self._fast = daachorse.CharwiseDoubleArrayAhoCorasick(list(patterns), match_kind=kind)
            except ValueError:
                pass  # past what a double array can address: the other library has no such bound
            else:
                self._daac_find = self._fast.find if longest else self._fast.find_overlapping
                self._find = self._daachorse_find
                return
        # A DFA walks faster than the library's default NFA and, for a list the size of the starter lists, builds
        # in about a millisecond; for thousands it takes longer to build than a run's walks would save (10,000
        # phrases: 98 ms against 19). Its memory grows with the bytes of the phrases (a row of transitions for
        # each), so long phrases get the NFA, which grows like a trie: an allocation failure aborts the process.
        small = len(patterns) <= _RS_DFA_UP_TO and sum(map(len, patterns)) <= _RS_DFA_CHARS
        self._rs = AhoCorasick(list(patterns), implementation=Implementation.DFA if small else None,
                               matchkind=MatchKind.LeftmostLongest if longest else MatchKind.Standard)
        self._find = self._rs_find

    def find(self, text: str) -> list[Match]:
        """Every match in text as (pattern, start, end), offsets in characters. Never raises."""
        try:
            found: list[Match] = self._find(text)
        except UnicodeEncodeError:
            # A lone surrogate (text decoded with surrogateescape) cannot cross into Rust; one replacement
            # character for each keeps every offset, and reads as the patterns' own lone surrogates were made to.
            found = self._find(_SURROGATE.sub("\ufffd", text))
        return found

    def _rs_find(self, text: str) -> list[Match]:
        assert self._rs is not None
        found: list[Match] = self._rs.find_matches_as_indexes(text, overlapping=not self._longest)
        return found

    def _daachorse_find(self, text: str) -> list[Match]:
        return [(index, start, end) for start, end, index in self._daac_find(text)]
