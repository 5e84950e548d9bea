"""Red team 10, false positive: red team 9's fix keeps `<br>` and cell edges as line breaks, but only `not styled`:
on a page with a style sheet, `_token` takes every `<br>`, `</td><td>` out as "" again. A small `<style>` for the
contact table (how editors pad cells) is enough: the two landlines of one office, 62751234 and 62751236, on two
lines of a cell (or in two cells) read as one 16-digit run that passes Luhn with a UnionPay 62 prefix: SEC004, an
error that blocks the merge, although the page shows two phone numbers on two lines (in two cells). A style sheet
that only pads cells hides nothing. (Red team 11 then found the style sheet that does take a `<br>`'s break away,
`br{display:none}`: the reader now reads the joined text only where a rule of the sheet may match a br and remove
its break; see test_rt11_style_sheet_hides_br.py. This page's sheet cannot, so its two landlines stay two.)

Inputs (Markdown body):
    <style>\\ntd { padding: 4px 8px; }\\n</style>\\n\\n| 单位 | 联系电话 |\\n|---|---|\\n| 区政府办公室 | 62751234<br>62751236 |
    <style>\\ntd { padding: 4px 8px; }\\n</style>\\n\\n<table><tr><td>区政府办公室</td><td>62751234</td><td>62751236</td></tr></table>
secure: no SEC finding (the same pages without the <style> pass).
`gates rescan` of the built page does the same: a region holding a <style> is read as source, styled, by both
region readers (content_document and HtmlDocument.parse).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

STYLE = "<style>\ntd { padding: 4px 8px; }\n</style>\n\n"
TABLES = ["| 单位 | 联系电话 |\n|---|---|\n| 区政府办公室 | 62751234<br>62751236 |\n",
          "<table><tr><td>区政府办公室</td><td>62751234</td><td>62751236</td></tr></table>\n"]


def test_the_build_shows_two_lines() -> None:
    html = markdown.markdown(STYLE + TABLES[0], extensions=["tables", "attr_list", "toc"])
    assert "<td>62751234<br>62751236</td>" in html and "td { padding: 4px 8px; }" in html


@pytest.mark.parametrize("table", TABLES)
def test_two_landlines_on_a_page_with_a_style_sheet(site: Site, table: str) -> None:
    site.page("content/news/a.md", body=STYLE + table)
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


@pytest.mark.parametrize("table", TABLES)
def test_control_without_style_sheet(site: Site, table: str) -> None:
    site.page("content/news/a.md", body=table)
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rescan_built_page_with_a_style_sheet(read) -> None:  # type: ignore[no-untyped-def]
    body = markdown.markdown(STYLE + TABLES[0], extensions=["tables", "attr_list", "toc"])
    page = "<html><body>\n<div data-gates-content>\n" + body + "\n</div><!-- /data-gates-content -->\n</body></html>"
    assert _scan(read("a.html", page)).numbers == []
