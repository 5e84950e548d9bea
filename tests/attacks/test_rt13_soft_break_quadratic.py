"""Red team 13: soft_breaks is quadratic in the page for two page shapes, so a 100-400 KB page stalls
`gates check` (and the re-scan of the built page) for seconds to minutes.

1. Indented paragraphs after a list item: `- a\\n\\n` then N times `    x\\n    y\\n\\n`. For every block with a
   soft newline, _block_facts calls _in_list, which walks back over every earlier indented block (each is "a list
   item's indented paragraph"): O(N²). Measured: 26 KB 0.9 s, 52 KB 3.8 s; the whole `gates check` of a 104 KB
   page 15 s (a 400 KB page: about 4 minutes).
2. Many raw <pre> blocks and many soft newlines: `<pre>a</pre>\\n\\n` N times, then `x\\ny\\n` N times: every
   candidate newline is tested against every <pre> stretch (`any(a <= at < b for a, b in kept)`): O(N²).
   Measured: 36 KB 0.2 s, 72 KB 0.9 s.
Expected: linear (four times the page, about four times the time).
"""

from __future__ import annotations

import time

import pytest

from gates.detect.softbreaks import _soft_breaks


def _time(source: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        _soft_breaks(source, False)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"indented_blocks_after_a_list": lambda n: "- a\n\n" + "    x\n    y\n\n" * n,
          "many_pre_blocks": lambda n: "<pre>a</pre>\n\n" * n + "x\ny\n" * n}


@pytest.mark.parametrize("shape", SHAPES)
def test_soft_breaks_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _time(make(600)), _time(make(2400))
    assert large < 8 * small + 0.05, (small, large)


def test_control_plain_paragraphs_are_linear() -> None:
    make = lambda n: "x\ny\n\n" * n  # noqa: E731
    small, large = _time(make(600)), _time(make(2400))
    assert large < 8 * small + 0.05, (small, large)
