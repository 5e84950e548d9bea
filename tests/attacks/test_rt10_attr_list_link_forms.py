"""Red team 10: `_SPANS`' link form (and `_AT_LINK`) read a link as `[text without brackets](destination without
parentheses or spaces "title")`, but Python-Markdown's link pattern takes nested brackets in the text
(`[填[x]充](#)`), balanced parentheses in the destination (`(a(b))`), an angle-bracket destination with spaces
(`(<a b>)`) and spaces around the destination (`( # )`). With `{: hidden}` after such a link, `_span_before` finds
no span, so nothing is dropped; the link is not read as a link either, so every reading keeps `[填充](a(b))`
between the digits. The page (`<a hidden href="a(b)">填充</a>`) shows 11010519491231002X.

Inputs (Markdown body):
    身份证号1101[填[x]充](#){: hidden}0519491231002X。     secure: SEC002
    身份证号1101[填充](a(b)){: hidden}0519491231002X。     secure: SEC002
    身份证号1101[填充](<a b>){: hidden}0519491231002X。    secure: SEC002
    身份证号1101[填充]( # ){: hidden}0519491231002X。      secure: SEC002
    身份证号1101[填充](# (t)){: hidden}0519491231002X。    secure: SEC002
    台湾[填[x]充](#){: hidden}政府                          secure: TERM001
    扫码[好[礼]](#){: hidden}领取                           secure: AD002
    机[x](a(b)){: hidden}密★5年                             secure: SEC001
"""

from __future__ import annotations

import re

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
LINKS = ["[填[x]充](#)", "[填充](a(b))", "[填充](<a b>)", "[填充]( # )", "[填充](# (t))"]


@pytest.mark.parametrize("link", LINKS)
def test_the_build_hides_the_link(link: str) -> None:
    html = markdown.markdown(f"身份证号{ID[:4]}{link}{{: hidden}}{ID[4:]}。", extensions=["tables", "attr_list", "toc"])
    assert re.search(rf"{ID[:4]}<a hidden [^>]*>[^<]*</a>{ID[4:]}", html)


@pytest.mark.parametrize("link", LINKS)
def test_number_split_by_hidden_link(site: Site, link: str) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}{link}{{: hidden}}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [("台湾[填[x]充](#){: hidden}政府\n", "TERM001"),
                                            ("扫码[好[礼]](#){: hidden}领取\n", "AD002"),
                                            ("机[x](a(b)){: hidden}密★5年\n", "SEC001")])
def test_wording_and_mark_split_by_hidden_link(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_plain_link(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}[填充](#){{: hidden}}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
