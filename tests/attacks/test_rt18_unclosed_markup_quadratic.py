"""Red team 18: `reader_text` (gates/detect/reader.py) is quadratic in a run of markup openers that never close:
at every `<` the tag/comment pattern (`_AT_LT`: `</?[A-Za-z](?:[^>"']|"[^"]*"|'[^']*')*>`, `<!--(?:>|->|.*?--!?>)`,
`<[?!]…[^>]*>`) walks to the end of the text looking for the `>` or `-->`, fails, and the walk starts again at the
next `<`. No style sheet is needed; the re-scan is hit too, as its readers read the page's shown text (which holds
the characters `<a ` themselves, from &lt;a) with the same reader:

    通知13800138000 + "<a " × N + 台湾与中国同胞                  (also "<!--", "<a '", "<a \\"", "</ ", "<?")

Python-Markdown escapes each `<` (&lt;a …), so the page shows the text. Measured (`gates check` of the page / the
re-scan, both region readers, of its Markdown rendering): 3 KB of "<a ": 0.09 s / 0.08 s; 12 KB: 1.2 s / 1.2 s (with
a sheet `p{display:inline}`: 3.2 s); `reader_text` alone: 12 KB 1.05 s (ratio 14.6 for 4×), "<!--" 15.4.
Expected: linear. Control: the same size of closed tags (`<b>`) and of escaped text (`&lt;`) grows linearly.
"""

from __future__ import annotations

import time

import pytest

from gates.detect.reader import reader_text


def _time(source: str) -> float:
    best = float("inf")
    for _ in range(2):
        text = "".join([source, "。"])  # a new object each time: the reader remembers its last readings by id
        start = time.perf_counter()
        reader_text(text)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES = {"<a ": 3000, "<!--": 6000, "<a '": 3000}  # unit: the smaller size
CONTROLS = {"<b>": "<b>", "&lt;": "&lt;"}


def _page(unit: str, size: int) -> str:
    return "通知13800138000" + unit * (size // len(unit)) + "台湾与中国同胞"


@pytest.mark.parametrize("unit", SHAPES)
def test_reader_text_grows_linearly(unit: str) -> None:
    size = SHAPES[unit]
    small, large = _time(_page(unit, size)), _time(_page(unit, 4 * size))
    assert large < 8 * small + 0.05, (small, large)


@pytest.mark.parametrize("unit", CONTROLS.values())
def test_control_closed_markup_is_linear(unit: str) -> None:
    small, large = _time(_page(unit, 3000)), _time(_page(unit, 12000))
    assert large < 8 * small + 0.05, (small, large)
