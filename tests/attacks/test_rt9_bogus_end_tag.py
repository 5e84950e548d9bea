"""Red team 9: in a raw HTML block (a line starting with `<div>`, passed through by Python-Markdown untouched), `</`
followed by anything but an ASCII letter opens a bogus comment that runs to the next `>` (HTML tokenizer, "end tag
open state"): `1101</ 填充>0519491231002X` and `1101</填充>0519491231002X` show 11010519491231002X (Chromium's
innerText). `_AT_LT` reads only `</[A-Za-z]…>` as markup, so the reader keeps `</ 填充>` as text between the digits.
Likewise an unquoted attribute value may hold `<` (`<span title=x<y hidden>`): `_AT_LT` and `_OPEN_TAG` refuse it,
then take `<y hidden>` as an element never closed, so neither reading joins the number.

Inputs (Markdown body):
    <div>身份证号1101</ 填充>0519491231002X。</div>                          secure: SEC002
    <div>身份证号1101</填充>0519491231002X。</div>                           secure: SEC002
    <div>身份证号1101<span title=x<y hidden>填充</span>0519491231002X。</div>  secure: SEC002
    <div>台湾</ x>政府</div>                                                 secure: TERM001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
FILLERS = ["</ 填充>", "</填充>", "<span title=x<y hidden>填充</span>"]


@pytest.mark.parametrize("filler", FILLERS)
def test_the_build_passes_the_block_through(filler: str) -> None:
    body = f"<div>身份证号{ID[:4]}{filler}{ID[4:]}。</div>\n"
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body.strip()


@pytest.mark.parametrize("filler", FILLERS)
def test_number_split_by_bogus_markup(site: Site, filler: str) -> None:
    site.page("content/news/a.md", body=f"<div>身份证号{ID[:4]}{filler}{ID[4:]}。</div>\n")
    assert "SEC002" in [f.code for f in site.check()]


def test_term_split_by_bogus_end_tag(site: Site) -> None:
    site.page("content/news/a.md", body="<div>台湾</ x>政府</div>\n")
    assert "TERM001" in [f.code for f in site.check()]


def test_control_processing_instruction(site: Site) -> None:
    site.page("content/news/a.md", body=f"<div>身份证号{ID[:4]}<?填充>{ID[4:]}。</div>\n")
    assert "SEC002" in [f.code for f in site.check()]
