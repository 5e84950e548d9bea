"""Both libraries behind detect/automaton.py give the same answers as a naive search: every occurrence of every
pattern (overlapping), or leftmost-longest non-overlapping matches; offsets in characters (astral ones too); a
lone surrogate in the text changes no offset."""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gates.detect import automaton
from gates.detect.automaton import Automaton
from tests.detect.helpers import leftmost_longest

_ALPHABET = "国家秘密机绝ab😀★"
_PATTERNS = st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), max_size=8, unique=True).filter(bool)
_TEXT = st.text(alphabet=_ALPHABET + "\n", max_size=40)
_WHEELS = {"x86_64", "amd64", "i686", "x86"}  # pyproject.toml's platform markers for daachorse
_ONE_FLAG = [HealthCheck.function_scoped_fixture]  # the fixture only picks the library, the same for every example


@pytest.fixture(params=["daachorse", "ahocorasick-rs"])
def library(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "daachorse" and automaton.daachorse is None:
        if platform.machine().lower() in _WHEELS or sys.platform == "darwin":
            pytest.fail("daachorse is a dependency on this platform (pyproject.toml): it must be installed here")
        pytest.skip("daachorse has no wheel for this platform; ahocorasick-rs does the work (tested below)")
    was = automaton.LIBRARY
    automaton.LIBRARY = request.param
    try:
        yield request.param
    finally:
        automaton.LIBRARY = was


def _every(patterns: list[str], text: str) -> list[tuple[int, int, int]]:
    return sorted((i, s, s + len(p)) for i, p in enumerate(patterns) for s in range(len(text))
                  if text.startswith(p, s))


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=_ONE_FLAG)
@given(patterns=_PATTERNS, text=_TEXT)
def test_every_occurrence(library: str, patterns: list[str], text: str) -> None:
    found = Automaton(patterns).find(text)
    assert sorted(found) == _every(patterns, text)
    assert [end for _i, _s, end in found] == sorted(end for _i, _s, end in found)  # ordered by end


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=_ONE_FLAG)
@given(patterns=_PATTERNS, text=_TEXT)
def test_leftmost_longest(library: str, patterns: list[str], text: str) -> None:
    assert Automaton(patterns, longest=True).find(text) == leftmost_longest(patterns, text)


def test_a_lone_surrogate_keeps_every_offset(library: str) -> None:
    found = Automaton(["秘密"]).find("a\udc80秘密")
    assert found == [(0, 2, 4)]


def test_a_lone_surrogate_in_a_pattern_is_read_as_the_replacement_character(library: str) -> None:
    assert Automaton(["机\udc80"]).find("机\udc80密") == [(0, 0, 2)]


def test_each_library_is_the_one_in_use(library: str) -> None:
    built = Automaton(["秘密"])
    assert (built._fast is not None) == (library == "daachorse")
    assert (built._rs is not None) == (library == "ahocorasick-rs")


def test_few_patterns_go_to_the_prefiltered_dfa_and_many_to_the_character_wise_walk() -> None:
    assert Automaton(["秘密", "机密"])._rs is not None
    many = Automaton([f"词{i}" for i in range(200)])
    assert (many._fast is not None) == (automaton.daachorse is not None)
