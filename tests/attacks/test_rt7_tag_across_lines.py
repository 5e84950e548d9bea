"""Red team 7: a tag written over two lines. `_AT_LT` forbids a line break inside a tag, and inside a quoted
attribute value; Python-Markdown passes `<span\\ntitle=x></span>` and `<span title='a\\nb'></span>` through as
they are, and the browser shows the text around the empty span as one. The reader view keeps the tag as text.

Inputs: `身份证号1101<span\\ntitle=x></span>0519491231002X。` (SEC002), `机<span title='a\\nb'></span>密★5年`
(SEC001), `到店即可扫<span title='a\\nb'></span>码领取礼品。` (AD002).
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"


def _codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body)
    return [f.code for f in site.check()]


def test_the_build_passes_the_tags_through() -> None:
    assert f"1101<span\ntitle=x></span>{ID[4:]}" in markdown.markdown(f"身份证号1101<span\ntitle=x></span>{ID[4:]}")
    assert "机<span title='a\nb'></span>密" in markdown.markdown("机<span title='a\nb'></span>密★5年")


@pytest.mark.parametrize(("body", "code"), [
    (f"身份证号{ID[:4]}<span\ntitle=x></span>{ID[4:]}。\n", "SEC002"),
    ("机<span title='a\nb'></span>密★5年\n", "SEC001"),
    ("到店即可扫<span title='a\nb'></span>码领取礼品。\n", "AD002"),
])
def test_split_by_a_tag_over_two_lines(site: Site, body: str, code: str) -> None:
    assert code in _codes(site, body)


def test_control_the_same_tag_on_one_line(site: Site) -> None:
    assert "SEC002" in _codes(site, f"身份证号{ID[:4]}<span title=x></span>{ID[4:]}。\n")
