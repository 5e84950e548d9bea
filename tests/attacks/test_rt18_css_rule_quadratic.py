"""Red team 18: `_CSS_RULE` (gates/detect/browsers.py, `([^{}]*)\\{([^{}]*)(?:\\}|\\Z)`) is quadratic in sheet text
without a `{`: at every character `[^{}]*` runs to the end of the sheet, finds no `{`, and the search starts again
at the next character. `sheet_may_hide_br` and `sheet_may_inline_blocks` run it over every <style> on the page,
several times per page, so one sheet of text stalls both commands:

    <style>aaaa…</style>⏎⏎联系电话13800138000                 (N letters)
    <style><style><style>…⏎⏎联系电话13800138000                 (an unclosed sheet of "<style>"; also "/*/*/*…")

Measured: `sheet_may_hide_br` alone, N = 5,000: 0.09 s; 20,000: 1.4 s (ratio 16 for 4×). `gates check` of the
page of "<style>" × N/7: 5 KB 1.3 s, 20 KB 21.6 s (cProfile: sheet_may_inline_blocks 0.86 s of 1.3 s, 9 calls,
and sheet_may_hide_br). Expected: linear. Control: the same size of short rules (`p{color:red}`) is linear.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from gates.detect.browsers import sheet_may_hide_br, sheet_may_inline_blocks


def _time(read: Callable[[str], bool], source: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        read(source)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"letters": lambda n: "<style>" + "a" * n + "</style>\n\n联系电话13800138000",
          "unclosed sheets": lambda n: "<style>" * (n // 7) + "\n\n联系电话13800138000",
          "comment openers": lambda n: "<style>" + "/*" * (n // 2) + "</style>\n\n联系电话13800138000"}
READS = [sheet_may_hide_br, sheet_may_inline_blocks]


@pytest.mark.parametrize("read", READS)
@pytest.mark.parametrize("shape", SHAPES)
def test_sheet_questions_grow_linearly(read: Callable[[str], bool], shape: str) -> None:
    make = SHAPES[shape]
    small, large = _time(read, make(5000)), _time(read, make(20000))
    assert large < 8 * small + 0.05, (small, large)


@pytest.mark.parametrize("read", READS)
def test_control_short_rules_are_linear(read: Callable[[str], bool]) -> None:
    make = lambda n: "<style>" + "p{color:red}" * (n // 12) + "</style>"  # noqa: E731
    small, large = _time(read, make(5000)), _time(read, make(20000))
    assert large < 8 * small + 0.05, (small, large)
