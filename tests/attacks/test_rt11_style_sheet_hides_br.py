"""Red team 11: a page's style sheet can hide `<br>` (`br{display:none}`, or any rule whose selector may match a
br: `td br`, `*`, `:empty` …); then `138<br>00138000` shows as 13800138000. Red team 9/10's fixes read every `<br>`
as a line break, styled page or not, so the number was read as two pieces and SEC003 did not fire. Where the
page's style sheet may hide a `<br>` (a rule that may match one and sets display, content, float or position; or a
sheet from elsewhere: `<link>`, `@import`), the reader now reads the text with the br as a break and as nothing.

Inputs (Markdown body):
    <style>br{display:none}</style>\\n\\n联系人手机138<br>00138000。          secure: SEC003
    <style>td br { display: none }</style> + a table cell 138<br>00138000    secure: SEC003
    <style>*:empty{display:none}</style>\\n\\n机<br>密★1年                     secure: SEC001
    <style>br{display:none}</style>\\n\\n扫码<br>领取                          secure: AD002
    <style>br{display:none}</style>\\n\\n机␠␠\\n密★1年                      secure: SEC001 (two spaces: a <br>)
and the same built page read by `gates rescan`.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

HIDE = "<style>\nbr { display: none; }\n</style>\n\n"
CASES = [
    (HIDE + "联系人手机138<br>00138000。\n", "SEC003"),
    (HIDE + "联系人手机138<br />00138000。\n", "SEC003"),
    ("<style>\ntd br { display: none }\n</style>\n\n| 单位 | 手机 |\n|---|---|\n| 办公室 | 138<br>00138000 |\n",
     "SEC003"),
    ("<style>\n*:empty { display: none }\n</style>\n\n机<br>密★1年\n", "SEC001"),
    (HIDE + "到店即可扫码<br>领取礼品。\n", "AD002"),
    (HIDE + "机  \n密★1年\n", "SEC001"),  # a line ending in two spaces: a <br> in the built page, then a soft break
]


def test_the_build_writes_a_br_for_two_trailing_spaces() -> None:
    assert "机<br />\n密★1年" in markdown.markdown(CASES[-1][0], extensions=["tables", "attr_list", "toc"])


@pytest.mark.parametrize(("body", "code"), CASES)
def test_style_sheet_hides_the_line_break(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rescan_style_sheet_hides_the_line_break(read) -> None:  # type: ignore[no-untyped-def]
    body = markdown.markdown(CASES[0][0], extensions=["tables", "attr_list", "toc"])
    assert "138<br>00138000" in body
    page = "<html><body>\n<div data-gates-content>\n" + body + "\n</div><!-- /data-gates-content -->\n</body></html>"
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["mobile"]


@pytest.mark.parametrize("sheet", ["td { padding: 4px 8px; }", "* { box-sizing: border-box; margin: 0; }",
                                   "br { color: gray } td:first-child { font-weight: bold }"])
def test_control_a_style_sheet_that_cannot_hide_a_br(site: Site, sheet: str) -> None:
    # red team 10's false positive stays fixed: a rule that cannot match a br, or cannot take its line break away
    # (padding, box-sizing, a colour), leaves the two landlines of one cell on two lines
    site.page("content/news/a.md", body=f"<style>\n{sheet}\n</style>\n\n"
              "| 单位 | 联系电话 |\n|---|---|\n| 区政府办公室 | 62751234<br>62751236 |\n")
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


def test_control_the_same_landlines_where_the_sheet_hides_the_br(site: Site) -> None:
    # ... while a sheet that hides the br shows them as one 16-digit run, which is what the page then shows
    site.page("content/news/a.md", body=HIDE + "| 单位 | 联系电话 |\n|---|---|\n| 区政府办公室 | 62751234<br>62751236 |\n")
    assert "SEC004" in [f.code for f in site.check()]
