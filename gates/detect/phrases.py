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

The automaton is built once per run (the caller keeps it; detect/automaton.py), asked for every occurrence,
overlapping ones included: leftmost-longest matching would drop 加盟热线 in 招商加盟热线 after 招商加盟, and the
longest-wins rule above is decided here, in Python, over all of them. Building 10,000 phrases is part of every
`gates check`, so the phrase lists are folded in one call per list rather than one per phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from gates.detect.automaton import Automaton

# Full-width letters and digits (Ｇ２０) fold to ASCII so a phrase with Latin letters or digits matches either way.
# Punctuation is left alone: full-width punctuation is the norm in Chinese text, and a phrase is written with it.
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_ALNUM = re.compile("[0-9A-Za-z]")
_MOST_SPELT = 8  # ASCII letters and digits in a phrase spelt both ways in the automaton (2^8 spellings)
_SURROGATE = re.compile("[\ud800-\udfff]")
_FOLD = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for cp in range(*r)}


def fold(text: str) -> str:
    """Full-width letters and digits to ASCII, one character for one; a no-op (and cheap) on most pages."""
    return text.translate(_FOLD) if _WIDE.search(text) else text


class Phrase(NamedTuple):
    """A listed phrase and the longer correct phrases that contain it (a tuple: ten thousand are made a run)."""

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
        # For each list: folded string -> the indexes of the phrases it is the wrong form of, or () where it is
        # only an allowed context of that list.
        self._owned = [_owners(listed) for listed in self.lists]
        patterns = list(dict.fromkeys(key for owned in self._owned for key in owned))
        # A lone surrogate cannot cross into Rust, and a page's text never carries one there (Automaton.find).
        if _SURROGATE.search("".join(patterns)):
            patterns = [key for key in patterns if not _SURROGATE.search(key)]
        # pattern number -> the folded string it stands for, in the automaton's numbering
        self._keys = patterns
        # Rather than fold every page (a scan of each text part, ~3 ns a character), the automaton holds every
        # full-width spelling of a phrase's ASCII letters and digits: the same hits, since fold() maps one
        # character to one. A phrase with too many of them to spell out (2^n) makes pages fold instead.
        self._fold_text = False
        latin = _with_latin(patterns)
        if latin:
            extra: list[str] = []
            spelt_from: list[str] = []
            # A list of many Latin phrases would multiply the automaton (256 spellings a phrase at most): past
            # a few spellings a phrase on average, folding each page is the cheaper way, in time and memory.
            budget = 3 * len(patterns) + 4096
            for index in latin:
                key = patterns[index]
                ways = _spellings(key)
                if ways is None or len(extra) + len(ways) - 1 > budget:
                    self._fold_text = True
                    break
                extra.extend(way for way in ways if way != key)
                spelt_from.extend(key for way in ways if way != key)
            else:
                patterns, self._keys = patterns + extra, patterns + spelt_from
        self._automaton = Automaton(patterns) if patterns else None

    def find(self, text: str) -> list[PhraseHit]:
        """The wrong forms of the first list in text that no longer configured phrase covers, in order."""
        return self.find_each(text)[0]

    def find_each(self, text: str) -> tuple[list[PhraseHit], ...]:
        """For each list, its wrong forms in text that no longer phrase of that list covers, in order.
        Never raises."""
        if self._automaton is None or not text:
            return tuple([] for _ in self.lists)
        found = self._automaton.find(fold(text) if self._fold_text else text)
        if not found:
            return tuple([] for _ in self.lists)
        # (start, end, owners) in characters, per list; owners empty for an allowed context
        candidates: tuple[list[tuple[int, int, tuple[int, ...]]], ...] = tuple([] for _ in self.lists)
        keys = self._keys
        for index, start, end in found:
            key = keys[index]
            for listed, owned in zip(candidates, self._owned, strict=True):
                owners = owned.get(key)
                if owners is not None:
                    listed.append((start, end, owners))
        return tuple([PhraseHit(start, end, i) for start, end, owners in _longest(listed) for i in owners]
                     for listed in candidates)


def _owners(listed: Sequence[Phrase]) -> dict[str, tuple[int, ...]]:
    """One list's folded wrong forms -> the indexes of their phrases, and its allowed contexts -> ()."""
    # Folded in two C calls per list, not one per phrase, and the common case (each wrong form once) is a dict
    # made in C: a ten-thousand-term list is built in every run.
    wrongs = _fold_all([phrase.text for phrase in listed])
    owned: dict[str, tuple[int, ...]] = dict(zip(wrongs, zip(range(len(wrongs)), strict=True), strict=True))
    if len(owned) != len(wrongs) or "" in owned:  # a wrong form listed twice, or an empty one
        owned = {}
        for i, wrong in enumerate(wrongs):
            if wrong:
                owned[wrong] = (*owned.get(wrong, ()), i)
    contexts = _fold_all([context for phrase in listed for context in phrase.allow])
    whose = [wrongs[i] for i, phrase in enumerate(listed) for _ in phrase.allow]
    for context in {context for wrong, context in zip(whose, contexts, strict=True)
                    if wrong and wrong in context and context != wrong}:
        # An allowed context that is also a wrong form of the same list is reported as that wrong form; the
        # config reader refuses such a list, so this only guards hand-built matchers.
        owned.setdefault(context, ())
    return owned


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


def _fold_all(texts: Sequence[str]) -> list[str]:
    """fold() of each text, in one C call for the whole list (a ten-thousand-term list is folded in one go)."""
    joined = "\n".join(texts)
    # A newline is not a full-width letter or digit, so it folds to itself and splits the list back apart;
    # a phrase with a newline in it (the config reader refuses one) makes the list fold phrase by phrase.
    if joined.count("\n") != len(texts) - 1:
        return [fold(t) for t in texts]
    return fold(joined).split("\n") if texts else []


def _with_latin(keys: list[str]) -> list[int]:
    """The indexes of the keys holding ASCII letters or digits, found in one scan of them all (most lists have a
    few such phrases among thousands)."""
    joined = "\n".join(keys)
    if joined.count("\n") != len(keys) - 1:  # a key with a newline (hand-built lists only): key by key
        return [i for i, key in enumerate(keys) if _ALNUM.search(key)]
    found: list[int] = []
    line = at = 0
    for match in _ALNUM.finditer(joined):
        line += joined.count("\n", at, match.start())
        at = match.start()
        if not found or found[-1] != line:
            found.append(line)
    return found


def _spellings(key: str) -> list[str] | None:
    """Every string that folds to key (which is folded), or None when there are more than 2^_MOST_SPELT."""
    if not _ALNUM.search(key):
        return [key]
    if len(_ALNUM.findall(key)) > _MOST_SPELT:
        return None
    out = [""]
    for char in key:
        wide = chr(ord(char) + 0xFEE0) if _ALNUM.fullmatch(char) else ""
        out = [head + c for head in out for c in (char, wide) if c]
    return out

