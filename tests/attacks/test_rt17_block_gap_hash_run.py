"""Red team 17: round 16 made `_BLOCK_GAP`'s runs possessive (gates/detect/softbreaks.py), but its closing-#s
alternative `#++(?=[ \\t]*+(?:\\{…\\})?[ \\t]*+(?:[\\r\\n]|$))` is still tried at every # of a run that no line end
follows: at each # it takes the rest of the run, the lookahead fails, and finditer retries at the next #. So
`block_joins` (read wherever a style sheet may lay blocks out in a line, e.g. `<style>p{display:inline}</style>`)
is quadratic in a run of # inside a line:

    通知如下 + N × "#" + 请按时参加。⏎⏎报名电话

Measured (block_joins alone): N = 10,000: 0.013 s; 40,000: 0.195 s (15×); 160,000 ~3 s. Expected: linear.
Control: the same run of = or - (a setext underline's characters, matched only at a line's start) is linear.
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


@pytest.mark.parametrize("ch", ["#", "=", "-"])
def test_block_joins_grows_linearly_in_a_run(ch: str) -> None:
    make = lambda n: "通知如下" + ch * n + "请按时参加。\n\n报名电话\n"  # noqa: E731
    small, large = _time(make(15000)), _time(make(90000))
    assert large < 10 * small + 0.05, (small, large)
