from __future__ import annotations

import random

from gates.detect.phrases import Phrase, PhraseMatcher


def found(matcher: PhraseMatcher, text: str) -> list[tuple[str, int]]:
    return [(text[h.start:h.end], h.index) for h in matcher.find(text)]


def test_allow_context_wins_over_the_wrong_form() -> None:
    matcher = PhraseMatcher([Phrase("卫计委", ("原卫计委",))])
    assert found(matcher, "原卫计委与区卫计委") == [("卫计委", 0)]
    assert matcher.find("原卫计委") == []


def test_longer_phrase_wins_at_the_same_place() -> None:
    matcher = PhraseMatcher([Phrase("发改委"), Phrase("国家发改委")])
    assert found(matcher, "国家发改委和区发改委") == [("国家发改委", 1), ("发改委", 0)]


def test_allowed_longer_phrase_silences_every_shorter_one_inside() -> None:
    matcher = PhraseMatcher([Phrase("卫计委", ("原卫计委",)), Phrase("国家卫计委", ("原国家卫计委",))])
    assert matcher.find("原国家卫计委") == []
    assert found(matcher, "国家卫计委") == [("国家卫计委", 1)]


def test_overlapping_but_not_nested_phrases_both_count() -> None:
    matcher = PhraseMatcher([Phrase("招商加盟"), Phrase("加盟热线")])
    assert found(matcher, "招商加盟热线") == [("招商加盟", 0), ("加盟热线", 1)]


def test_offsets_are_characters_with_emoji_and_ascii_around() -> None:
    matcher = PhraseMatcher([Phrase("截止目前"), Phrase("G20")])
    text = "😀ab截止目前，Ｇ２０峰会😀G20"
    assert [(h.start, h.end) for h in matcher.find(text)] == [(3, 7), (8, 11), (14, 17)]


def test_no_word_boundaries_needed() -> None:
    matcher = PhraseMatcher([Phrase("台湾总统")])
    assert found(matcher, "所谓台湾总统选举") == [("台湾总统", 0)]


def test_empty_inputs() -> None:
    assert PhraseMatcher([]).find("任何文字") == []
    assert PhraseMatcher([Phrase("")]).find("任何文字") == []
    assert PhraseMatcher([Phrase("词")]).find("") == []


def test_agrees_with_a_naive_search_on_random_text() -> None:
    """Without allow contexts, the hits are the occurrences not strictly inside a longer occurrence."""
    rng = random.Random(5)
    alphabet = "政府工作报告发展改革委区"
    words = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(2, 4))) for _ in range(40)})
    matcher = PhraseMatcher([Phrase(w) for w in words])
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(60))
        spans = [(i, i + len(w), k) for k, w in enumerate(words) for i in range(len(text)) if text.startswith(w, i)]
        expected = sorted((s, e, k) for s, e, k in spans
                          if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in spans))
        # equal spans cannot happen (words are distinct); ties at one place go to the longer word
        got = sorted((h.start, h.end, h.index) for h in matcher.find(text))
        assert got == expected, text
