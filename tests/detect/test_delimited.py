"""detect/delimited.py finds exactly the spans of the regexes it replaces, on random text, and fast on long runs."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect.delimited import code_spans, emphasis_spans

_LINE = r"(?:[^\n]|\n(?![ \t]*\n))"
EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(" + _LINE + r"+?)(?<=\S)\1")
CODE = re.compile(r"(`+)(" + _LINE + r"+?)\1")
TEXTS = st.lists(st.sampled_from([*"*_~`ab \n\t", "**", "***", "``", "\n\n", " \n", "x*", "* "]),
                 max_size=30).map("".join)


def regex_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    return [(m.start(), m.start(2), m.end(2), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_emphasis_as_the_regex(text: str) -> None:
    assert list(emphasis_spans(text)) == regex_spans(EMPHASIS, text)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_code_as_the_regex(text: str) -> None:
    assert list(code_spans(text)) == regex_spans(CODE, text)


def test_long_runs_stay_fast() -> None:
    # red team 18's inputs, far larger than the regexes could take: each in well under a second
    for text in ("通知13800138000" + "`" * 40_000 + "台湾与中国同胞", "通知" + "*x " * 40_000, "通知" + "_x " * 40_000,
                 "通知" + "` x " * 20_000 + "`"):
        start = time.perf_counter()
        list(code_spans(text)), list(emphasis_spans(text))
        assert time.perf_counter() - start < 2.0, text[:20]
