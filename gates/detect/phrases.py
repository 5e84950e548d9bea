"""Fixed phrases in Chinese text, many at once: one Aho–Corasick pass, then the longest phrase at a place decides.

This is what the TERM rules (wrong forms of official names and expressions) and the AD rules (promotional
wording) match with. Chinese has no word boundaries, so a naive filter that reports every occurrence of a
listed string is wrong exactly where a longer correct phrase contains it: 街道办 inside 街道办事处, 卫计委 inside
原国家卫计委. Two things prevent that here:

- each phrase may list `allow` contexts, longer correct phrases containing it; a phrase whose correct form
  contains the wrong form (街道办 → 街道办事处) gets its correct form as an allow context too;
- every configured string, wrong or allowed, is a candidate, and a candidate inside a longer candidate at the
  same place loses to it. So 国家发改委 is reported as itself, not also as 发改委, and 原国家卫计委, allowed,
  silences 国家卫计委 and 卫计委 both.

The automaton is built once per list (the caller keeps it for the run). It walks the text's UTF-8 bytes, not its
characters: pyahocorasick finds a node's child by scanning the node's children in turn, and over characters the
root of a ten-thousand-phrase list has thousands of children, so every character of the page would pay for the
size of the list (measured: 150 times the cost of a ten-phrase list). Over bytes no node has more than 64
children, so a long list costs little more than a short one. UTF-8 is self-synchronising (a phrase's first byte
is never a continuation byte), so a match always starts on a character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

# Full-width letters and digits (Ｇ２０) fold to ASCII so a phrase with Latin letters or digits matches either way.
# Punctuation is left alone: full-width punctuation is the norm in Chinese text, and a phrase is written with it.
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FOLD = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for cp in range(*r)}


def fold(text: str) -> str:
    """Full-width letters and digits to ASCII, one character for one; a no-op (and cheap) on most pages."""
    return text.translate(_FOLD) if _WIDE.search(text) else text


@dataclass(frozen=True)
class Phrase:
    text: str
    allow: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhraseHit:
    start: int
    end: int
    index: int  # which phrase of the list given to the matcher

    @property
    def length(self) -> int:
        return self.end - self.start




class PhraseMatcher:
    """Finds the phrases of one or more lists in text; build once, use for every page of a run.

    Several lists (the wrong forms of terms.yml, the promotional wording of ads.yml) share one automaton and
    one walk over the text, yet each list is judged on its own: a phrase of one list never covers a phrase
    of another."""

    def __init__(self, phrases: Sequence[Phrase], *more: Sequence[Phrase]) -> None:
        self.lists = tuple(tuple(p) for p in (phrases, *more))
        self.phrases = self.lists[0]
        # folded string -> for each list: the indexes of the phrases it is the wrong form of, or () where it
        # is only an allowed context of that list; lists it means nothing to are absent
        keys: dict[str, dict[int, tuple[int, ...]]] = {}
        for li, listed in enumerate(self.lists):
            allowed: set[str] = set()
            for i, phrase in enumerate(listed):
                wrong = fold(phrase.text)
                if not wrong:
                    continue
                owners = keys.setdefault(wrong, {})
                owners[li] = (*owners.get(li, ()), i)
                allowed.update(fold(a) for a in phrase.allow if wrong in fold(a) and fold(a) != wrong)
            for context in allowed:
                # An allowed context that is also a wrong form of the same list is reported as that wrong
                # form; the config reader refuses such a list, so this only guards hand-built matchers.
                keys.setdefault(context, {}).setdefault(li, ())
        self._automaton: ahocorasick.Automaton | None = None
        if keys:
            automaton = ahocorasick.Automaton()
            for key, by_list in keys.items():
                automaton.add_word(_bytes_as_text(key), (len(key.encode("utf-8")), tuple(by_list.items())))
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, text: str) -> list[PhraseHit]:
        """The wrong forms of the first list in text that no longer configured phrase covers, in order."""
        return self.find_each(text)[0]

    def find_each(self, text: str) -> tuple[list[PhraseHit], ...]:
        """For each list, its wrong forms in text that no longer phrase of that list covers, in order.
        Never raises."""
        empty: tuple[list[PhraseHit], ...] = tuple([] for _ in self.lists)
        if self._automaton is None or not text:
            return empty
        raw = _bytes_as_text(fold(text))
        found = list(self._automaton.iter(raw))
        if not found:
            return empty
        to_char = _CharOffsets(raw, text)
        out = []
        for li in range(len(self.lists)):
            # (start, end, owners) in bytes; owners empty for an allowed context
            candidates = [(end + 1 - size, end + 1, owners) for end, (size, by_list) in found
                          for lj, owners in by_list if lj == li]
            kept = _longest(candidates)
            out.append([PhraseHit(to_char(start), to_char(end), i) for start, end, owners in kept for i in owners])
            to_char.restart()
        return tuple(out)


def _longest(candidates: list[tuple[int, int, tuple[int, ...]]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The candidates no longer (or equal, earlier) candidate covers, allowed contexts dropped, in order."""
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, tuple[int, ...]]] = []
    reach = -1  # furthest end of a candidate starting at or before this one
    for start, end, owners in candidates:
        if end <= reach:
            continue  # inside a longer (or equal, earlier) candidate: that one decides this place
        reach = end
        if owners:
            kept.append((start, end, owners))
    return kept


def _bytes_as_text(text: str) -> str:
    """UTF-8 bytes as a str of code points 0-255 (what the automaton walks), made in C."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


class _CharOffsets:
    """Byte offset -> character offset, for offsets asked in increasing order (one pass over the text)."""

    def __init__(self, raw: str, text: str) -> None:
        self.ascii = len(raw) == len(text)
        self.raw = raw
        self.byte = 0
        self.char = 0

    def restart(self) -> None:
        self.byte = self.char = 0

    def __call__(self, offset: int) -> int:
        if self.ascii:
            return offset
        if offset < self.byte:  # an end before a later start: count from the beginning again
            self.byte = self.char = 0
        self.char += len(self.raw[self.byte:offset].encode("latin-1").decode("utf-8", "surrogatepass"))
        self.byte = offset
        return self.char
