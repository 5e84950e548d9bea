"""Red team 10, false positive: red team 9's fix keeps `<br>` and cell edges as line breaks, but only `not styled`:
on a page with a style sheet, `_token` takes every `<br>`, `</td><td>` out as "" again. A small `<style>` for the
contact table (how editors pad cells) is enough: the two landlines of one office, 62751234 and 62751236, on two
lines of a cell (or in two cells) read as one 16-digit run that passes Luhn with a UnionPay 62 prefix: SEC004, an
error that blocks the merge, although the page shows two phone numbers on two lines (in two cells). A style sheet
can hide an element, but it cannot make a `<br>` stop breaking the line without hiding what is around it.

Inputs (Markdown body):
    <style>\\ntd { padding: 4px 8px; }\\n</style>\\n\\n| 单位 | 联系电话 |\\n|---|---|\\n| 区政府办公室 | 62751234<br>62751236 |
    <style>\\ntd { padding: 4px 8px; }\\n</style>\\n\\n<table><tr><td>区政府办公室</td><td>62751234</td><td>62751236</td></tr></table>
secure: no SEC finding (the same pages without the <style> pass).
"""

from __future__ import annotations

import markdown
import pytest

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
