"""Red team 10: `<font color="#ffffff">` paints its content white on the white page, as `style="color:#fff"` does,
but only `style`, `class`, `hidden` and `popover` count as attributes that may hide (`_MAY_HIDE`, `VEILING_ATTRS`).
The filler stays in every reading, of `gates check` and of `gates rescan`, while the reader sees
身份证号11010519491231002X。 (the filler is invisible; `<font>` is what Word and WeChat paste). The same filler with
`style="color:#ffffff"` is found.

Inputs (Markdown body; Python-Markdown passes inline HTML through):
    身份证号1101<font color="#ffffff">填充</font>0519491231002X。      secure: SEC002
    台湾<font color="#ffffff">填充</font>政府                          secure: TERM001
and the built page `<p>身份证号1101<font color="#ffffff">填充</font>0519491231002X。</p>` read by `gates rescan`.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"
FONT = '<font color="#ffffff">填充</font>'


def test_number_split_by_white_font(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}{FONT}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]


def test_term_split_by_white_font(site: Site) -> None:
    site.page("content/news/a.md", body=f"台湾{FONT}政府\n")
    assert "TERM001" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rescan_number_split_by_white_font(read) -> None:  # type: ignore[no-untyped-def]
    page = (f"<html><body>\n<div data-gates-content>\n<p>身份证号{ID[:4]}{FONT}{ID[4:]}。</p>\n"
            "</div><!-- /data-gates-content -->\n</body></html>")
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["id18"]


def test_control_white_style(site: Site) -> None:
    site.page("content/news/a.md", body=f'身份证号{ID[:4]}<span style="color:#ffffff">填充</span>{ID[4:]}。\n')
    assert "SEC002" in [f.code for f in site.check()]
