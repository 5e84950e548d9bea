"""Promotional wording (商业推广用语) in a page's text.

Two kinds of configured wording:

- phrases (优惠券, 扫码领取, 限时折扣 …) are promotional wherever they stand, except inside a longer allowed
  phrase, and except when quoted: an anti-fraud notice warning against “扫码领取红包” mentions the phrase,
  it does not promote anything;
- labels (广告, 推广, 赞助) are everyday words in government writing (户外广告整治, 推广新技术), so a label
  counts only where it labels something: alone on its line or in its table cell, or in brackets (【广告】,
  （推广）, [广告](…)).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from gates.detect.phrases import Phrase, PhraseHit, PhraseMatcher

PromoKind = Literal["phrase", "label"]


@dataclass(frozen=True)
class PromoHit:
    start: int
    end: int
    text: str
    kind: PromoKind


_OPEN_BRACKETS = "【[（(〔「『<〈"
_CLOSE_BRACKETS = "】]）)〕」』>〉"
_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))
_QUOTE_REACH = 40  # a quotation that mentions a phrase is short; past this the phrase stands in running text
_DECORATION = re.compile(r"[\s#>*_~`|:：\-—.。,，!！、]+")


class PromoMatcher:
    def __init__(self, phrases: Sequence[Phrase], labels: Sequence[str]) -> None:
        self._phrase_count = len(phrases)
        # What to match, phrases first: a caller may walk these in its own shared matcher and give judge() the
        # hits (the TERM and AD rules walk one automaton over a page for both).
        self.wording: tuple[Phrase, ...] = (*phrases, *(Phrase(label) for label in labels))
        self._matcher: PhraseMatcher | None = None  # made on first find(): the rules' shared walk never needs it

    def find(self, text: str) -> list[PromoHit]:
        if self._matcher is None:
            self._matcher = PhraseMatcher(self.wording)
        return self.judge(text, self._matcher.find(text))

    def judge(self, text: str, hits: Sequence[PhraseHit]) -> list[PromoHit]:
        """Which of the wording hits (indexes into self.wording) promote something."""
        out = []
        for hit in hits:
            word = text[hit.start:hit.end]
            if hit.index < self._phrase_count:
                if not _quoted(text, hit.start, hit.end):
                    out.append(PromoHit(hit.start, hit.end, word, "phrase"))
            elif _labels_something(text, hit.start, hit.end):
                out.append(PromoHit(hit.start, hit.end, word, "label"))
        return out


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def _quoted(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line(text, start)
    for open_mark, close_mark in _QUOTES:
        left = text.rfind(open_mark, max(line_start, start - _QUOTE_REACH), start)
        if left == -1 or text.find(close_mark, left, start) != -1:
            continue
        right = text.find(close_mark, end, min(line_end, end + _QUOTE_REACH))
        if right != -1:
            return True
    return False


def _labels_something(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and after and before in _OPEN_BRACKETS and after in _CLOSE_BRACKETS:
        return True
    line_start, line_end = _line(text, start)
    left = text.rfind("|", line_start, start)
    right = text.find("|", end, line_end)
    cell_start = left + 1 if left != -1 else line_start
    cell_end = right if right != -1 else line_end
    return not _DECORATION.sub("", text[cell_start:start] + text[end:cell_end])
