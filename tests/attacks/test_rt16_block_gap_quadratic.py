"""Red team 16: `_BLOCK_GAP` (gates/detect/softbreaks.py, used by `block_joins` wherever a style sheet may lay
blocks out in a line) is quadratic in a run of spaces or tabs: at every space of the run its alternative
`[ \\t]+#+(?=…)` (a heading's closing #s) scans the rest of the run and backtracks, and the `+` around the
alternatives retries it at the next space. A paragraph with a long run of spaces stalls both commands:

    <style>\\np { display: inline; }\\n</style>\\n\\n通知如下 + N spaces + 请按时参加。

Measured (`gates check` of the page / the re-scan's SEC of the built region): N = 10,000: 1.6 s / 0.8 s;
20,000: 6.5 s / 3.6 s; 40,000 (a 40 KB page): 25 s / 14 s; without the sheet 0.006 s / 0.001 s. cProfile: all of
it in block_joins. Expected: linear (four times the run, about four times the time).
"""

from __future__ import annotations

import time

import pytest

from gates.detect.reading import ReaderText
from gates.detect.softbreaks import block_joins


def _time(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        block_joins(ReaderText(text), words=True)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"spaces": lambda n: "通知如下" + " " * n + "请按时参加。\n\n报名电话\n",
          "tabs": lambda n: "通知如下" + "\t" * n + "请按时参加。\n\n报名电话\n"}


@pytest.mark.parametrize("shape", SHAPES)
def test_block_joins_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _time(make(2000)), _time(make(8000))
    assert large < 8 * small + 0.05, (small, large)


def test_control_many_short_gaps_are_linear() -> None:
    make = lambda n: "通知如下 请按时参加。\n\n" * n  # noqa: E731
    small, large = _time(make(500)), _time(make(2000))
    assert large < 8 * small + 0.05, (small, large)
