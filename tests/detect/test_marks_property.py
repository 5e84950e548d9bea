"""find_marks on arbitrary text built from the characters and words it cares about."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect.marks import find_marks

# A hit always starts at one of these words, whatever it shows around it.
_MARK_WORDS = (
    "绝密", "机密", "秘密", "内部资料", "内部文件", "内部材料", "内部使用", "内部传阅", "内部参考",
    "注意保存", "请勿外传", "不得外传", "严禁外传", "不得翻印", "请勿翻印",
)
_PIECES = [
    "绝密", "机密", "秘密", "国家秘密", "商业秘密", "工作秘密", "密级", "密级：", "★", "☆", "级", "、", "，", "：",
    "|", " ", "\u3000", "\n", "1年", "启用前", "内部资料", "内部资料性出版物", "注意保存", "请勿外传", "“", "”",
    "#", "*", "-", "绝", "机", "秘", "密", "内", "部", "资", "料", "注", "意", "保", "存",
]
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)),
    max_size=60,
).map("".join)


def _cell_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("|", 0, pos)) + 1


@settings(max_examples=400, deadline=None, database=None)
@given(_TEXT)
def test_hits_are_well_formed(text: str) -> None:
    hits = find_marks(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        written = text[hit.start:hit.end]
        assert written.startswith(_MARK_WORDS)
        assert written in hit.text  # shown as written, perhaps with the rest of its cell
        if "★" in written or "☆" in written:
            assert hit.text == written
        assert hit.severity in ("error", "warning")
    assert [h.start for h in hits] == sorted({h.start for h in hits})
    cells = [_cell_start(text, h.start) for h in hits]
    assert len(cells) == len(set(cells))  # at most one finding per line cell


@settings(max_examples=200, deadline=None, database=None)
@given(_TEXT)
def test_a_starred_mark_on_top_is_never_lost(text: str) -> None:
    page = "机密★1年\n" + text
    first = find_marks(page)[0]
    assert (first.start, first.end, first.text, first.severity) == (0, 5, "机密★1年", "error")
