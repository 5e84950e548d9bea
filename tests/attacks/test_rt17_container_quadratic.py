"""Red team 17: `_CONTAINER` (gates/detect/browsers.py, round 16's `display\\s*:[^;}]*?(?:flex|grid|box)`) is
quadratic in a value naming `display:` many times without a `;` or `}`: at every `display:` the lazy run walks to
the end of the value looking for flex, grid or box, and the search retries at the next one. `sheet_may_inline_blocks`
runs it over every style attribute and every rule of a <style> sheet, so one page stalls both commands:

    <p style="display:display:display:…">联系电话13800138000</p>             (N times "display:")
    <style>p{display:display:display:…}</style>⏎⏎联系电话13800138000

Measured (`gates check` of the page / the re-scan, one region reader, of its Markdown rendering): N = 2,000 (a
16 KB sheet): 0.34 s / 3.2 s; 4,000 (32 KB): 1.4 s / 12.4 s; `_CONTAINER.search` alone: 5,000: 2.1 s, 10,000: 8.6
s, 20,000 (160 KB): 36 s. Expected: linear (six times the value, about six times the time). Control: the same
size of `display:x;` (each ended by a `;`) is linear.
"""

from __future__ import annotations

import time

import pytest

from gates.detect.browsers import sheet_may_inline_blocks


def _time(source: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        sheet_may_inline_blocks(source)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"style attribute": lambda n: '<p style="' + "display:" * n + '">联系电话13800138000</p>',
          "style sheet": lambda n: "<style>p{" + "display:" * n + "}</style>\n\n联系电话13800138000"}


@pytest.mark.parametrize("shape", SHAPES)
def test_sheet_may_inline_blocks_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _time(make(500)), _time(make(3000))
    assert large < 10 * small + 0.05, (small, large)


@pytest.mark.parametrize("shape", ["style attribute", "style sheet"])
def test_control_ended_declarations_are_linear(shape: str) -> None:
    make = (lambda n: '<p style="' + "display:x;" * n + '">x</p>') if shape == "style attribute" else \
        (lambda n: "<style>p{" + "display:x;" * n + "}</style>")
    small, large = _time(make(500)), _time(make(3000))
    assert large < 10 * small + 0.05, (small, large)
