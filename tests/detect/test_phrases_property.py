"""PhraseMatcher against a naive reference: every occurrence of every configured string, then the rule of
detect/phrases.py spelt out the slow way (an occurrence strictly inside a longer one of the same list loses,
allowed contexts are dropped), on random lists and texts over a small alphabet so that phrases overlap, nest
and repeat. Full-width letters and digits and a character outside the BMP are in the alphabet, so folding and
character (not byte) offsets are covered too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect.phrases import Phrase, PhraseMatcher, fold

_ALPHABET = "国家发改委卫计区G2Ｇ２😀，"
_WORD = st.text(alphabet=_ALPHABET, min_size=1, max_size=4)


@st.composite
def _phrase(draw: st.DrawFn) -> Phrase:
    text = draw(st.one_of(_WORD, st.just("")))
    # allow contexts: mostly longer phrases around the wrong form, sometimes unrelated strings (ignored)
    around = st.tuples(st.text(alphabet=_ALPHABET, max_size=2), st.text(alphabet=_ALPHABET, max_size=2))
    contexts = draw(st.lists(st.one_of(around.map(lambda a: a[0] + text + a[1]), _WORD), max_size=2))
    return Phrase(text, tuple(contexts))


_LIST = st.lists(_phrase(), max_size=8)
_TEXT = st.text(alphabet=_ALPHABET + "\n ab", max_size=40)


def _naive(phrases: list[Phrase], text: str) -> list[tuple[int, int, int]]:
    folded = fold(text)
    owners: dict[str, list[int]] = {}
    for i, phrase in enumerate(phrases):
        wrong = fold(phrase.text)
        if wrong:
            owners.setdefault(wrong, []).append(i)
    for phrase in phrases:
        wrong = fold(phrase.text)
        for context in map(fold, phrase.allow):
            if wrong and wrong in context and context != wrong:
                owners.setdefault(context, [])
    spans = {(s, s + len(key)): key for key in owners for s in range(len(folded)) if folded.startswith(key, s)}
    out = []
    for (start, end), key in spans.items():
        covered = any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
        if not covered:
            out.extend((start, end, i) for i in owners[key])
    return sorted(out)


@settings(max_examples=500, deadline=None, database=None)
@given(_LIST, _LIST, _TEXT, st.booleans())
def test_each_list_agrees_with_the_naive_reference(terms: list[Phrase], wording: list[Phrase], text: str,
                                                   long_latin: bool) -> None:
    if long_latin:
        # more Latin letters and digits than the automaton spells both ways: pages are folded instead
        wording = [*wording, Phrase("G2G2G2G2G2")]
    matcher = PhraseMatcher(terms, wording)
    assert matcher._fold_text == long_latin
    for phrases, hits in zip((terms, wording), matcher.find_each(text), strict=True):
        got = [(h.start, h.end, h.index) for h in hits]
        assert sorted(got) == _naive(phrases, text)
        assert [h.start for h in hits] == sorted(h.start for h in hits)  # in order of the text


@settings(max_examples=100, deadline=None, database=None)
@given(_LIST, _TEXT)
def test_a_lone_surrogate_in_the_text_changes_no_offset(terms: list[Phrase], text: str) -> None:
    """A text decoded with surrogateescape may carry lone surrogates; the walk never raises on one."""
    half = len(text) // 2
    dirty = text[:half] + "\udc80" + text[half:]
    got = [(h.start, h.end, h.index) for h in PhraseMatcher(terms).find(dirty)]
    assert sorted(got) == _naive(terms, text[:half] + "\ufffd" + text[half:])


def test_many_latin_phrases_do_not_multiply_the_automaton() -> None:
    # 3,000 phrases of 8 Latin letters each would be 768,000 spellings: the matcher folds pages instead.
    phrases = [Phrase(f"ab{i:06d}") for i in range(3000)]
    matcher = PhraseMatcher(phrases)
    assert matcher._fold_text
    hits = matcher.find("请看ａｂ００１２３４和ab002999。")
    assert [(h.start, h.end, h.index) for h in hits] == [(2, 10, 1234), (11, 19, 2999)]
