"""The search index's segmentation cache: it saves work, and can never change what text reaches the index."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from gates.site.segment import SegmentCache

TEXT = "区政府召开常务会议研究贴息政策"


def cutter(calls: list[str]) -> Callable[[str], list[str]]:
    def cut(text: str) -> list[str]:
        calls.append(text)
        return [text[i:i + 2] for i in range(0, len(text), 2)]
    return cut


def test_a_text_is_cut_once_and_the_cache_survives_the_build(tmp_path: Path) -> None:
    calls: list[str] = []
    path = tmp_path / "segments.json"
    first = SegmentCache.load(path, cutter(calls), "v1")
    words = first.cut(TEXT)
    assert first.cut(TEXT) == words and calls == [TEXT] and (first.hits, first.misses) == (1, 1)
    first.save(path)
    second = SegmentCache.load(path, cutter(calls), "v1")
    assert second.cut(TEXT) == words and calls == [TEXT] and second.hits == 1


def test_another_segmenter_starts_afresh(tmp_path: Path) -> None:
    calls: list[str] = []
    path = tmp_path / "segments.json"
    cache = SegmentCache.load(path, cutter(calls), "jieba 0.42.1; dict default")
    cache.cut(TEXT)
    cache.save(path)
    assert SegmentCache.load(path, cutter(calls), "jieba 0.42.1; dict 0123abcd").words == {}


def test_a_planted_entry_that_adds_text_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "segments.json"
    path.write_text(json.dumps({"version": 1, "fingerprint": "v1", "words": {
        TEXT: ["区政府", "召开", "常务会议", "研究", "贴息", "政策", "未经审签的文字"],  # does not join back
        "江北区": ["江北", "区"],  # harmless: only where the words break
        "北京": "北京",  # not a list
    }}, ensure_ascii=False), encoding="utf-8")
    calls: list[str] = []
    cache = SegmentCache.load(path, cutter(calls), "v1")
    assert "未经审签的文字" not in "".join(cache.cut(TEXT)) and calls == [TEXT]
    assert cache.words["江北区"] == ["江北", "区"] and "北京" not in cache.words


def test_an_unreadable_cache_is_an_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "segments.json"
    path.write_bytes(b"\xff{not json")
    assert SegmentCache.load(path, cutter([]), "v1").words == {}


def test_saving_keeps_only_the_texts_this_build_used(tmp_path: Path) -> None:
    path = tmp_path / "segments.json"
    old = SegmentCache.load(path, cutter([]), "v1")
    old.cut("已删除页面的句子")
    old.cut(TEXT)
    old.save(path)
    again = SegmentCache.load(path, cutter([]), "v1")
    again.cut(TEXT)
    again.save(path)
    assert set(json.loads(path.read_text(encoding="utf-8"))["words"]) == {TEXT}
