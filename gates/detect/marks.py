"""Secrecy marks (密级标志) and internal-document marks, found with one Aho–Corasick pass.

The words 绝密/机密/秘密 also occur in ordinary public text (保守国家秘密, 商业秘密, 机密级事项, the law's list
"绝密、机密、秘密三级"), so a level word is a mark only where a mark stands: followed by ★ (机密★1年), right
after a 密级 label (密级：机密), or alone on its line or in its table cell. Followed by 级 it names a level
(秘密级事项); next to 、 it is one item of the list of levels; several different levels standing next to each
other are a table or list of levels, not one document's classification.
内部资料-type words alone on a line, or paired with 注意保存/请勿外传, are marks; in running text they are only
a warning. 注意保存 alone in running text ("请注意保存缴费凭证") is not a mark at all.

Cost: one automaton pass, then each hit is judged from a few characters around it. Walks over decoration
(spaces, punctuation, ★) never cross a non-decoration character, so together they read each character a
bounded number of times; no line is ever re-scanned per hit.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Literal

from gates.detect.automaton import Automaton

Category = Literal["level", "internal", "notice", "benign"]
MarkSeverity = Literal["error", "warning"]

_WORDS: dict[str, Category] = {
    "绝密": "level", "机密": "level", "秘密": "level",
    "内部资料": "internal", "内部文件": "internal", "内部材料": "internal", "内部使用": "internal",
    "内部传阅": "internal", "内部参考": "internal",
    "注意保存": "notice", "请勿外传": "notice", "不得外传": "notice", "严禁外传": "notice",
    "不得翻印": "notice", "请勿翻印": "notice",
    # Longer phrases that contain a mark word but are not marks; the longest match wins.
    "内部资料性出版物": "benign", "国家秘密": "benign", "商业秘密": "benign", "工作秘密": "benign",
}

_DIGITS = "0-9０-９一二三四五六七八九十"
_PERIOD = rf"[{_DIGITS}]+[^\S\n]*年|长期|启用前|解密前"
# Characters that dress a mark up without changing it: Markdown, brackets, quotes, punctuation, ★.
_DECOR_CHARS = "#>*_-—:：,，、。.;；!！()（）【】[]［］「」『』《》〈〉“”\"'‘’★☆\\"
_DECOR_CLASS = "[" + re.escape(_DECOR_CHARS) + "]"
_AFTER_STAR = re.compile(rf"[ \u3000]*[★☆][ \u3000]*(?:[{_DIGITS}]+[ \u3000]*年|长期|启用前|解密前)?")
# What may follow a mark up to the end of its cell: decoration, a secrecy period, a 密级 label.
_TRAIL = re.compile(rf"(?:[^\S\n]|{_DECOR_CLASS}|{_PERIOD}|密级)*")
# What may stand between two levels of one list or table of levels, across lines and cells.
_LIST_GAP = re.compile(rf"(?:\s|\||{_DECOR_CLASS}|{_PERIOD}|密级|不超过)*")
_DECORATION = re.compile(rf"(?:\s|\||{_DECOR_CLASS})+")
_LIST_SEP = "、"
# What may stand between a 密级 label and its value; sentence punctuation (确定密级，秘密事项…) may not.
_LABEL_GLUE = " \t\u00a0\u3000:：|*_【】[]［］"
_OPENERS = "“‘「『《（(\"' \u3000"
_CLOSERS = "”’」』》）)\"' \u3000"
_LEVEL_CHARS = "绝机秘"
_CELL_EDGES = "\n|"
_SHOWN_MAX = 40


@dataclass(frozen=True)
class MarkHit:
    start: int
    end: int
    text: str  # the mark as written, e.g. 机密★1年 or 内部资料 注意保存
    severity: MarkSeverity
    category: Category


@dataclass(frozen=True)
class _Word:
    """A mark word that survived the first look at its neighbours."""

    start: int
    end: int  # past the word, or past ★ and the period in 机密★1年
    word: str
    category: Category
    starred: bool = False
    label: int = -1  # where a 密级 label right before the word starts


_WORD_LIST = tuple(_WORDS)


@functools.lru_cache(maxsize=1)
def _automaton() -> Automaton:
    """Built once per process: the word list is fixed. Leftmost-longest, non-overlapping: at each place the longest
    word wins, so 国家秘密 (benign) is read as itself and never as 秘密."""
    return Automaton(_WORD_LIST, longest=True)


def find_marks(text: str) -> list[MarkHit]:
    """Secrecy and internal-use marks in text, at most one per line cell, in order. Never raises."""
    if not _may_hold_a_mark(text):
        return []  # a few substring tests are cheaper than walking the automaton over a clean page
    words = _candidates(text)
    if not words:
        return []
    judged = _judge(text, words, _alone_cells(text, words))
    return _one_per_cell(text, _drop_level_lists(text, judged))


def _may_hold_a_mark(text: str) -> bool:
    """Every word of _WORDS contains one of these; substring tests skip clean pages cheaply."""
    return ("密" in text and ("绝密" in text or "机密" in text or "秘密" in text)) or "内部" in text \
        or "外传" in text or "翻印" in text or "注意保存" in text


def _candidates(text: str) -> list[_Word]:
    """Mark words in order; a level word is dropped at once where its neighbours show it is prose."""
    words: list[_Word] = []
    kept_end = -1
    for index, start, end in _automaton().find(text):
        word = _WORD_LIST[index]
        category = _WORDS[word]
        if category == "benign":
            continue
        if category == "level":
            found = _level_word(text, start, end, word, kept_end)
            if found is None:
                continue
            words.append(found)
            kept_end = found.end
        else:
            words.append(_Word(start, end, word, category))
            kept_end = end
    return words


def _level_word(text: str, start: int, end: int, word: str, kept_end: int) -> _Word | None:
    """绝密/机密/秘密 judged by the characters right around it; most hits in policy text stop at the first test."""
    after = text[end] if end < len(text) else ""
    before = text[start - 1] if start > 0 else ""
    if after and after in "★☆ \u3000":
        star = _AFTER_STAR.match(text, end)
        if star is not None:
            return _Word(start, star.end(), word, "level", starred=True)
    if after in _CLOSERS:
        after = _after_wrappers(text, end)
    if before in _OPENERS:
        before = _before_wrappers(text, start)
    if after == _LIST_SEP or before == _LIST_SEP:
        return None  # 绝密、机密、秘密: one item of the list of levels
    if before and before != "级" and before not in _CELL_EDGES and not _is_decoration(before) and start != kept_end:
        return None  # glued to the prose before it, so it neither stands alone nor follows a 密级 label
    label = _label_start(text, start)
    if after == "级" and label == -1:
        return None  # 机密级事项: the name of a level; only a 密级 field (密级：秘密级) makes it a mark
    if after == "级" and text[end] == "级":
        end += 1  # show 密级：秘密级 as written
    return _Word(start, end, word, "level", label=label)


def _after_wrappers(text: str, pos: int) -> str:
    while pos < len(text) and text[pos] in _CLOSERS:
        pos += 1
    return text[pos] if pos < len(text) else ""


def _before_wrappers(text: str, pos: int) -> str:
    while pos > 0 and text[pos - 1] in _OPENERS:
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def _is_decoration(ch: str) -> bool:
    return ch in _DECOR_CHARS or (ch.isspace() and ch != "\n")


def _label_start(text: str, pos: int) -> int:
    """Start of a 密级 label (密级：, | 密级 |) ending right before pos, or -1.

    X密级 with X a level (机密级 秘密) is a level name, not a label.
    """
    while pos > 0 and text[pos - 1] in _LABEL_GLUE:
        pos -= 1
    if pos >= 2 and text[pos - 2:pos] == "密级" and (pos < 3 or text[pos - 3] not in _LEVEL_CHARS):
        return pos - 2
    return -1


def _cell_start_if_alone(text: str, pos: int) -> int:
    """Start of the line cell when only decoration (and one 密级 label) stands before pos in it, else -1."""
    label_seen = False
    while pos > 0:
        ch = text[pos - 1]
        if ch in _CELL_EDGES:
            return pos
        if _is_decoration(ch):
            pos -= 1
        elif not label_seen and ch == "级" and text[pos - 2:pos] == "密级":
            label_seen = True  # 密级：机密 on a line of its own
            pos -= 2
        else:
            return -1
    return 0


def _alone_cells(text: str, words: list[_Word]) -> list[tuple[int, int] | None]:
    """For each word, its cell's span when the cell holds nothing but this word's run of marks.

    A run is words separated only by decoration and periods (内部资料 注意保存); each gap is walked once.
    """
    cells: list[tuple[int, int] | None] = [None] * len(words)
    i = 0
    while i < len(words):
        left = _cell_start_if_alone(text, words[i].start)
        j = i
        reach = _trail_end(text, words[j].end)
        while j + 1 < len(words) and words[j + 1].start == reach:
            j += 1
            reach = _trail_end(text, words[j].end)
        if left != -1 and (reach == len(text) or text[reach] in _CELL_EDGES):
            for k in range(i, j + 1):
                cells[k] = (left, reach)
        i = j + 1
    return cells


def _trail_end(text: str, pos: int) -> int:
    trail = _TRAIL.match(text, pos)
    return trail.end() if trail is not None else pos


def _judge(text: str, words: list[_Word], cells: list[tuple[int, int] | None]) -> list[tuple[_Word, MarkHit]]:
    noticed = _cells_with_notice(text, words)
    shown_by_cell: dict[tuple[int, int], str] = {}
    judged: list[tuple[_Word, MarkHit]] = []
    for word, cell in zip(words, cells, strict=True):
        as_written = text[word.start:word.end]
        hit: MarkHit | None = None
        if word.starred:
            hit = MarkHit(word.start, word.end, as_written, "error", "level")
        elif cell is not None:
            if cell not in shown_by_cell:  # a run of 1000 words shares one cell: decorate it once
                shown_by_cell[cell] = _shown(text[cell[0]:cell[1]], as_written)
            hit = MarkHit(word.start, word.end, shown_by_cell[cell], "error", word.category)
        elif word.category == "level":
            if word.label != -1:
                hit = MarkHit(word.start, word.end, _shown(text[word.label:word.end], as_written), "error", "level")
        elif word.category == "internal":
            severity: MarkSeverity = "error" if word.start in noticed else "warning"
            hit = MarkHit(word.start, word.end, as_written, severity, "internal")
        elif word.word != "注意保存":  # 请注意保存缴费凭证: ordinary advice to the reader
            hit = MarkHit(word.start, word.end, as_written, "warning", "notice")
        if hit is not None:
            judged.append((word, hit))
    return judged


def _cells_with_notice(text: str, words: list[_Word]) -> set[int]:
    """Starts of the internal words whose cell also holds a notice (内部资料，请勿外传)."""
    cell_of = _CellStarts(text)
    internal: list[tuple[int, int]] = []
    with_notice: set[int] = set()
    for word in words:
        if word.category == "internal":
            internal.append((word.start, cell_of(word.start)))
        elif word.category == "notice":
            with_notice.add(cell_of(word.start))
    return {start for start, cell in internal if cell in with_notice}


def _drop_level_lists(text: str, judged: list[tuple[_Word, MarkHit]]) -> list[MarkHit]:
    """Drop unstarred levels that stand next to a different level: a list or table of the levels.

    One document carries one classification, so | 绝密 | 机密 | 秘密 | or a bullet list of the three
    levels quotes the law; 机密★1年 is never dropped.
    """
    loose = [k for k, (word, _hit) in enumerate(judged) if word.category == "level" and not word.starred]
    dropped: set[int] = set()
    chain = loose[:1]
    for prev, k in itertools.pairwise(loose):
        if _LIST_GAP.fullmatch(text, judged[prev][0].end, judged[k][0].start):
            chain.append(k)
            continue
        dropped |= _list_members(judged, chain)
        chain = [k]
    dropped |= _list_members(judged, chain)
    return [hit for k, (_word, hit) in enumerate(judged) if k not in dropped]


def _list_members(judged: list[tuple[_Word, MarkHit]], chain: list[int]) -> set[int]:
    levels = {judged[k][0].word for k in chain}
    return set(chain) if len(levels) > 1 else set()


def _one_per_cell(text: str, hits: list[MarkHit]) -> list[MarkHit]:
    """The first mark of each cell, unless a later one is an error and the first only a warning."""
    cell_of = _CellStarts(text)
    best: dict[int, MarkHit] = {}
    for hit in hits:
        key = cell_of(hit.start)
        held = best.get(key)
        if held is None or (held.severity == "warning" and hit.severity == "error"):
            best[key] = hit
    return sorted(best.values(), key=lambda h: h.start)


class _CellStarts:
    """Where the line, or the Markdown table cell, holding a position starts.

    Positions must come in increasing order: each call searches only the text since the previous one,
    so a page with many hits on one long line is still read once.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._searched = 0
        self._start = 0

    def __call__(self, pos: int) -> int:
        cut = max(self._text.rfind("\n", self._searched, pos), self._text.rfind("|", self._searched, pos))
        if cut != -1:
            self._start = cut + 1
        self._searched = max(self._searched, pos)
        return self._start


def _shown(segment: str, fallback: str) -> str:
    shown = _DECORATION.sub(" ", segment).strip()
    return shown[:_SHOWN_MAX] if shown else fallback
