"""Red team 9, false positive: two 8-digit landlines of one office (总机 and 传真, Beijing 6275xxxx) in one table
cell on two lines (`<br>`, how editors put two numbers in a Markdown table cell), or in two cells of a table pasted
as HTML on one line. The Markdown reader takes `<br>` and `</td><td>` out as markup that "renders as nothing" and
reads 62751234 + 62751236 as one 16-digit run, which passes Luhn with a 62 (UnionPay) prefix: SEC004, an error that
blocks the merge, although the page shows two phone numbers on two lines (or in two cells, Chromium's innerText
`区政府办公室\\t62751234\\t62751236`). `gates rescan` does the same to the HTML table (`td` is not a block for the
region readers). One pair of neighbouring numbers in ten passes Luhn.

Inputs (Markdown body):
    | 单位 | 联系电话 |\\n|---|---|\\n| 区政府办公室 | 62751234<br>62751236 |          secure: no SEC finding
    <table><tr><td>区政府办公室</td><td>62751234</td><td>62751236</td></tr></table>   secure: no SEC finding
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

TABLE = "| 单位 | 联系电话 |\n|---|---|\n| 区政府办公室 | {cell} |\n"
CELLS = ["62751234<br>62751236", "62751234<br />62751236", "010-62751234<br>62751236"]
HTML_TABLE = "<table><tr><td>区政府办公室</td><td>62751234</td><td>62751236</td></tr></table>\n"


def test_the_build_shows_two_lines() -> None:
    html = markdown.markdown(TABLE.format(cell=CELLS[0]), extensions=["tables", "attr_list", "toc"])
    assert "<td>62751234<br>62751236</td>" in html


@pytest.mark.parametrize("cell", CELLS)
def test_two_landlines_in_one_cell(site: Site, cell: str) -> None:
    site.page("content/news/a.md", body=TABLE.format(cell=cell))
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


def test_two_landlines_in_html_table_cells(site: Site) -> None:
    site.page("content/news/a.md", body=HTML_TABLE)
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rescan_html_table_cells(read) -> None:  # type: ignore[no-untyped-def]
    page = ('<html><body>\n<div data-gates-content>\n' + HTML_TABLE +
            '</div><!-- /data-gates-content -->\n</body></html>')
    assert _scan(read("a.html", page)).numbers == []


def test_control_separated_by_comma(site: Site) -> None:
    site.page("content/news/a.md", body=TABLE.format(cell="62751234、62751236"))
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []
