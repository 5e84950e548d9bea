"""Red team 18: `_SPAN_FORMS` (gates/detect/reader.py), the inline spans `_hidden_spans` finds on every page with a
style sheet (any <style>: `styled`), are worse than linear in runs of their own delimiters:

- the code span `(`+)(…+?)\\1` in a run of backquotes is cubic: at every backquote the greedy opener takes the rest
  of the run, and for each length it gives back the lazy body walks to the paragraph's end looking for as many;
- emphasis `(\\*{1,3}|_{1,3}|~~)(?=\\S)(…+?)(?<=\\S)\\1` is quadratic in an opener that never closes, repeated:
  `*x *x *x …` (each * is followed by a letter, never preceded by one), at every * the lazy body walks to the
  paragraph's end.

So one paragraph stalls both commands on a page with an ordinary sheet:

    <style>.note{color:#c00}</style>⏎⏎通知13800138000 + "`" × N + 台湾与中国同胞
    <style>.note{color:#c00}</style>⏎⏎通知13800138000 + "*x " × N + 台湾与中国同胞      (also "_x ")

Measured (`gates check` of the page / the re-scan, both region readers, of its Markdown rendering): N = 2,000
backquotes: 0.15 s / 0.13 s; 8,000: 9.1 s / 8.7 s (ratio 60 for 4×). "*x " at 8 KB: 0.52 s / 0.46 s, 32 KB: 7.7 s /
7.5 s (ratio 15-16). Without the sheet both stay linear (a few ms). Expected: linear. Controls: the same size of
closed spans (`*x* `, `` `x` ``) grows linearly.
"""

from __future__ import annotations

import time

import pytest

from gates.detect.reader import _hidden_spans


def _time(source: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        _hidden_spans(source, True)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"backquotes": lambda n: "通知13800138000" + "`" * (n // 3) + "台湾与中国同胞",  # (cubic: kept short)
          "unclosed stars": lambda n: "通知13800138000" + "*x " * (n // 3) + "台湾与中国同胞",
          "unclosed underscores": lambda n: "通知13800138000" + "_x " * (n // 3) + "台湾与中国同胞"}
CONTROLS = {"closed stars": lambda n: "通知" + "*x* " * (n // 4) + "完",
            "closed code spans": lambda n: "通知" + "`x` " * (n // 4) + "完"}


@pytest.mark.parametrize("shape", SHAPES)
def test_hidden_spans_grow_linearly(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _time(make(3000)), _time(make(12000))
    assert large < 8 * small + 0.05, (small, large)


@pytest.mark.parametrize("shape", CONTROLS)
def test_control_closed_spans_are_linear(shape: str) -> None:
    make = CONTROLS[shape]
    small, large = _time(make(3000)), _time(make(12000))
    assert large < 8 * small + 0.05, (small, large)
