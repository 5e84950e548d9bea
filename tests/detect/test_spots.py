"""first_match at the places a pattern's first words stand finds what a regex search finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect.spots import first_match, positions
from gates.rules.attr.attr007_co_units import _JOINT


def test_positions_include_overlapping_occurrences() -> None:
    assert positions("啊啊啊", "啊啊") == [0, 1]
    assert positions("", "啊") == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="联合共同印发布下文制定出台作 \n", max_size=30))
def test_the_co_producers_saying_is_found_as_a_search_finds_it(text: str) -> None:
    found = first_match(_JOINT, text, positions(text, "联合") + positions(text, "共同"))
    expected = _JOINT.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None), text


def test_a_start_outside_the_text_is_ignored() -> None:
    assert first_match(re.compile("甲"), "甲乙", [-2, 0]) is not None
