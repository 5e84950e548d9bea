"""Red team 18: round 17's `winning` (gates/model/document.py) looks for `!important` at a value's end with
`_IMPORTANT = \\s*!\\s*important\\s*$` searched anywhere in the value: in a value with a long run of spaces the
search starts at every space, `\\s*` takes the rest of the run, finds no `!`, and gives it back one by one. So a
style attribute with a run of spaces stalls both commands (`certainly_hides` reads every element's style):

    联系电话13800138000<span style="display:      …      none">x</span>        (N spaces)

Measured: `certainly_hides` alone, N = 5,000: 0.038 s; 20,000: 0.60 s (ratio 16 for 4×); `gates check` of the
page: 0.07 s / 0.85 s. Expected: linear. Control: the same size of `display:none;` repeated is linear.
"""

from __future__ import annotations

import time

import pytest

from gates.model.document import certainly_hides


def _time(style: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        certainly_hides([("style", style)])
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"spaces": lambda n: "display:" + " " * n + "none", "tabs": lambda n: "visibility:" + "\t" * n + "hidden"}


@pytest.mark.parametrize("shape", SHAPES)
def test_certainly_hides_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _time(make(5000)), _time(make(20000))
    assert large < 8 * small + 0.05, (small, large)


def test_control_many_declarations_are_linear() -> None:
    make = lambda n: "display:none;" * (n // 13)  # noqa: E731
    small, large = _time(make(5000)), _time(make(20000))
    assert large < 8 * small + 0.05, (small, large)
