"""The mark words are found leftmost-longest, non-overlapping: checked against a naive reading."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect import marks
from tests.detect.helpers import leftmost_longest


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="绝机秘密内部资料文件材使用传阅参考注意保存请勿外不得翻印严禁性出版物国家商业工作 ★\ud800", max_size=40))
def test_the_walk_reads_as_the_naive_leftmost_longest(text: str) -> None:
    assert marks._automaton().find(text) == leftmost_longest(marks._WORD_LIST, text), text


def test_a_longer_benign_phrase_wins() -> None:
    assert [marks._WORD_LIST[i] for i, _s, _e in marks._automaton().find("保守国家秘密和商业秘密")] == ["国家秘密", "商业秘密"]
