"""Secrecy marks (密级标志) and internal-document marks, found with one Aho–Corasick pass.

The words 绝密/机密/秘密 also occur in ordinary public text (保守国家秘密, 商业秘密), so a level word is
a mark only where a mark stands: followed by ★ (机密★1年), after 密级, or alone on its line or in its
table cell. 内部资料-type words alone on a line, or paired with 注意保存/请勿外传, are marks; in running
text they are only a warning. 注意保存 alone in running text ("请注意保存缴费凭证") is not a mark at all.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

import ahocorasick

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
_STARS = "★☆"
_AFTER_STAR = re.compile(r"[ \u3000]*[★☆][ \u3000]*(?:[0-9０-９一二三四五六七八九十]+[ \u3000]*年|长期|启用前|解密前)?")
_PERIOD = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*年|长期|启用前|解密前|密级")
_DECORATION = re.compile(r"[\s#>*_\-—|:：,，、。.;；!！()（）【】\[\]［］「」『』《》〈〉“”\"'‘’★☆\\]+")


@dataclass(frozen=True)
class MarkHit:
    start: int
    end: int
    text: str  # the mark as written, e.g. 机密★1年 or 内部资料 注意保存
    severity: MarkSeverity
    category: Category


@functools.lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Built once per process: the word list is fixed."""
    automaton = ahocorasick.Automaton()
    for word, category in _WORDS.items():
        automaton.add_word(word, (word, category))
    automaton.make_automaton()
    return automaton


def find_marks(text: str) -> list[MarkHit]:
    """Secrecy and internal-use marks in text, at most one per line cell, in order. Never raises."""
    if not _may_hold_a_mark(text):
        return []  # a few substring tests are cheaper than walking the automaton over a clean page
    best: dict[tuple[int, int], MarkHit] = {}
    for end_index, (word, category) in _automaton().iter_long(text):
        if category == "benign":
            continue
        hit = _judge(text, end_index + 1 - len(word), end_index + 1, category)
        if hit is None:
            continue
        key = _segment_key(text, hit.start)
        held = best.get(key)
        if held is None or (held.severity == "warning" and hit.severity == "error"):
            best[key] = hit
    return sorted(best.values(), key=lambda h: h.start)


def _may_hold_a_mark(text: str) -> bool:
    """Every word of _WORDS contains one of these; substring tests skip clean pages cheaply."""
    return ("密" in text and ("绝密" in text or "机密" in text or "秘密" in text)) or "内部" in text \
        or "外传" in text or "翻印" in text or "注意保存" in text


def _judge(text: str, start: int, end: int, category: Category) -> MarkHit | None:
    seg_start, seg_end = _segment(text, start)
    segment = text[seg_start:seg_end]
    if category == "level":
        star = _AFTER_STAR.match(text, end)
        if star is not None:
            return MarkHit(start, star.end(), text[start:star.end()], "error", category)
        if "密级" in text[seg_start:start] or _alone(segment):
            return MarkHit(start, end, _shown(segment, text[start:end]), "error", category)
        return None
    if _alone(segment):
        return MarkHit(start, end, _shown(segment, text[start:end]), "error", category)
    if category == "internal":
        paired = any(_WORDS.get(w) == "notice" for w in _words_in(segment))
        return MarkHit(start, end, text[start:end], "error" if paired else "warning", category)
    if text[start:end] == "注意保存":
        return None  # 请注意保存缴费凭证: ordinary advice to the reader
    return MarkHit(start, end, text[start:end], "warning", category)


def _segment(text: str, pos: int) -> tuple[int, int]:
    """The line around pos, narrowed to its Markdown table cell when the line is a table row."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if line_end == -1:
        line_end = len(text)
    left = text.rfind("|", line_start, pos)
    right = text.find("|", pos, line_end)
    return (left + 1 if left != -1 else line_start), (right if right != -1 else line_end)


def _segment_key(text: str, pos: int) -> tuple[int, int]:
    return _segment(text, pos)


def _words_in(segment: str) -> list[str]:
    return [word for _, (word, _cat) in _automaton().iter_long(segment)]


def _alone(segment: str) -> bool:
    """The cell holds nothing but mark words, a secrecy period and punctuation."""
    rest = segment
    for word in _words_in(segment):
        if _WORDS[word] == "benign":
            return False
        rest = rest.replace(word, "")
    rest = _PERIOD.sub("", rest)
    return not _DECORATION.sub("", rest)


def _shown(segment: str, fallback: str) -> str:
    shown = _DECORATION.sub(" ", segment).strip()
    return shown[:40] if shown else fallback
