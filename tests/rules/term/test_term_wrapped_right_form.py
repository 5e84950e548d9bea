"""A right form wrapped over two lines of the Markdown source (各镇人民政府、街道办⏎事处) is shown joined (Firefox
drops a soft line break between two Chinese characters; others show a space): the wrong form 街道办 that stands at
the end of the first line is part of the right form the reader sees, so it is not reported. A wrong form that a
line break does not complete stays reported, and so does one joined across a break into another wrong form."""

from __future__ import annotations

import pytest

from tests.conftest import Site


def term_codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body)
    return [f.code for f in site.check() if f.code.startswith("TERM")]


@pytest.mark.parametrize("body", ["各镇人民政府、街道办\n事处，区政府各部门：\n",
                                  "各镇人民政府、街道办\n  事处，区政府各部门：\n",
                                  "> 各镇人民政府、街道办\n> 事处：\n"])
def test_a_wrapped_right_form_is_not_a_wrong_one(site: Site, body: str) -> None:
    assert term_codes(site, body) == []


@pytest.mark.parametrize("body", ["请联系街道办\n工作人员。\n",  # the next line does not complete a right form
                                  "请联系街道办\n\n事处的工作人员。\n",  # a paragraph break: two blocks
                                  "请联系街道办。\n"])
def test_control_a_wrong_form_stays_reported(site: Site, body: str) -> None:
    assert term_codes(site, body) == ["TERM002"]
