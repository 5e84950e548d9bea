"""Red team 10: `_ATTR_BODY` (`\\{:?(?:[^{}\\n"']|"[^"\\n]*"|'[^'\\n]*')*\\}`) refuses an unquoted `{` and a quote
that is never closed, but Python-Markdown's attr_list takes anything up to the line's last `}`
(`\\{\\:?[ ]*([^\\}\\n ][^\\n]*)[ ]*\\}`) and its scanner reads `title={` as a value, `{{` as a key `_`, and a lone `"`
as part of a word. With no list found, the span is not possibly hidden and the filler stays in every reading; the
page (`<em hidden title="{">填充</em>`) shows 11010519491231002X.

Inputs (Markdown body):
    身份证号1101*填充*{: title={ hidden}0519491231002X。          secure: SEC002
    身份证号1101*填充*{: hidden data-x=a{b}0519491231002X。       secure: SEC002
    身份证号1101*填充*{{ hidden}0519491231002X。                 secure: SEC002
    身份证号1101*填充*{: hidden title="a}0519491231002X。        secure: SEC002
    身份证号1101*填充*{: hidden title='x"}0519491231002X。       secure: SEC002
    台湾*填充*{: title={ hidden}政府                              secure: TERM001
    扫码*好礼*{{ hidden}领取                                      secure: AD002
"""

from __future__ import annotations

import re

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
LISTS = ["{: title={ hidden}", "{: hidden data-x=a{b}", "{{ hidden}", '{: hidden title="a}', "{: hidden title='x\"}"]


@pytest.mark.parametrize("attrs", LISTS)
def test_the_build_hides_the_filler(attrs: str) -> None:
    html = markdown.markdown(f"身份证号{ID[:4]}*填充*{attrs}{ID[4:]}。", extensions=["tables", "attr_list", "toc"])
    assert re.search(rf"{ID[:4]}<em [^>]*\bhidden\b[^>]*>填充</em>{ID[4:]}", html)


@pytest.mark.parametrize("attrs", LISTS)
def test_number_split_by_span_with_odd_attribute_list(site: Site, attrs: str) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}*填充*{attrs}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [("台湾*填充*{: title={ hidden}政府\n", "TERM001"),
                                            ("扫码*好礼*{{ hidden}领取\n", "AD002")])
def test_wording_split_by_span_with_odd_attribute_list(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_plain_attribute_list(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}*填充*{{: title=x hidden}}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
