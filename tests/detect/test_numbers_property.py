"""Property tests for the number detectors: any text, no exception, hits inside the text; a valid ID number
planted in any surrounding text is found, and its masked form never is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect.numbers import find_numbers
from tests.detect.helpers import make_id

NOISE = st.text(alphabet="0123456789０１２３４５６７８９-— \u3000年月日号，。：订单电话邮编abcX中文|", max_size=120)
SEPARATORS = st.sampled_from(["，", "。", "：", "\n", "（", "| ", "；身份证号："])


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_any_text_gives_hits_inside_it(text: str) -> None:
    for hit in find_numbers(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert 1 <= hit.mask_from <= hit.mask_to <= len(hit.digits)


@settings(max_examples=300)
@given(NOISE, SEPARATORS, st.integers(min_value=1950, max_value=2005), st.integers(1, 12), st.integers(1, 28),
       st.integers(0, 999), SEPARATORS, NOISE)
def test_a_valid_id_number_is_found_wherever_it_stands(before: str, left: str, year: int, month: int, day: int,
                                                      seq: int, right: str, after: str) -> None:
    number = make_id(f"500105{year}{month:02d}{day:02d}{seq:03d}")
    text = before + left + number + right + after
    start = len(before + left)
    hits = [h for h in find_numbers(text) if h.kind == "id18"]
    assert any(h.start <= start and h.end >= start + 18 for h in hits), (text, hits)


@settings(max_examples=200)
@given(NOISE, SEPARATORS, NOISE)
def test_a_masked_id_number_is_never_found(before: str, left: str, after: str) -> None:
    text = before + left + "500105**********12" + "，" + after
    assert not [h for h in find_numbers(text) if h.kind == "id18" and h.start >= len(before + left)
                and h.end <= len(before + left) + 18]
