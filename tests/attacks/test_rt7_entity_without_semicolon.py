"""Red team 7: a numeric reference without its semicolon. `&#8203` is a zero-width space to Python-Markdown (it
writes `&#8203;`) and to the HTML parser; `_AT_AMP` wants the `;`, so the reader view keeps `&#8203` as six
characters between the two halves.

Inputs: `机&#8203密★5年` (SEC001 expected), `到店即可扫&#8203码领取礼品。` (AD002 expected),
(An ID number cannot be split this way: the digits after `&#8203` would join the reference.)
"""

from __future__ import annotations

import markdown

from tests.conftest import Site


def _codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body)
    return [f.code for f in site.check()]


def test_the_build_writes_a_zero_width_space() -> None:
    assert "机&#8203;密★5年" in markdown.markdown("机&#8203密★5年")


def test_mark_split_by_a_reference_without_semicolon(site: Site) -> None:
    assert "SEC001" in _codes(site, "机&#8203密★5年\n")


def test_phrase_split_by_a_reference_without_semicolon(site: Site) -> None:
    assert "AD002" in _codes(site, "到店即可扫&#8203码领取礼品。\n")


def test_control_with_the_semicolon(site: Site) -> None:
    assert "SEC001" in _codes(site, "机&#8203;密★5年\n")
