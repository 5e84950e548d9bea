"""The reader view's shortcut (two scans that say no markup can hide anything) agrees with the markup walk it
skips: whenever the walk would find markup that matters, the shortcut does not skip it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect import reader

ALPHABET = "{}:\uf9be\U0001d7cf机密秘绝★1年0123456789Xx第一条的和 \n*_~`<>&;#[]()\\!-\u200b\ufeff\u00ad\U000e0041\U0001d173\U0001f600"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_shortcut_never_skips_markup_that_matters(text: str) -> None:
    walked = any(reader._matters(text, start) for start in reader._candidates(text))
    assert reader._may_matter(text) == walked, text  # the shortcut decides as the markup walk would


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "扫码领取ab_", max_size=40))
def test_the_wording_shortcut_never_skips_markup_that_matters(text: str) -> None:
    walked = any(reader._matters(text, start, words=True) for start in reader._candidates(text))
    assert reader._may_matter(text, words=True) == walked, text


def test_examples() -> None:
    assert reader.reader_text("机**密★1年").text == "机密★1年"
    assert reader.reader_text("**第一条** 保守国家秘密").text == "**第一条** 保守国家秘密"
    assert reader.reader_text("机\u200b密").text == "机密"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "扫码领取ab_", max_size=40))
def test_the_words_reading_is_the_full_walk_in_words_mode(text: str) -> None:
    # reader_text(words=True) may answer with the detectors' reading when no emphasis stands inside a word
    reader._RECENT.clear()
    got = reader.reader_text(text, words=True)
    walked = reader._read(text, True, True)
    assert (got.text, got.hidden, got.dropped) == (walked.text, walked.hidden, walked.dropped), text
    assert [got.source_offset(i) for i in range(len(got.text))] == \
        [walked.source_offset(i) for i in range(len(walked.text))], text


def test_a_reference_link_shows_its_text() -> None:
    assert reader.reader_text("到店即可[扫][1][码领取][]礼品", words=True).text == "到店即可扫码领取礼品"
    assert reader.reader_text("[11010][a][519491231002X][b]").text == "11010519491231002X"
