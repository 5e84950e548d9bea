"""Red team 15, false positive: `sheet_may_inline_blocks` (gates/detect/browsers.py) takes ANY display other than
block/none/list-item/flow-root/table and any float but none, on ANY selector, as "the page's blocks may stand in a
line", and `more_readings` then joins every gap between every pair of blocks of the page. The commonest style
sheets on a government page do exactly that for something that is not a paragraph: a picture floated beside the
text, a button or a badge made inline-block. Paragraphs stay blocks; a browser shows them apart.

    <style>
    img { float: right; }
    </style>

    请扫码

    领取号码牌后排队

    台湾

    总统府前的广场

`gates check` reports AD002 (扫码领取) and TERM001 (台湾总统); so does `gates rescan` of the built page (both
readers). Same with `.btn { display: inline-block; padding: 4px 8px; }`. Without the sheet, or with
`p { color: gray }`, nothing. Expected: nothing (no rule in the sheet applies to a <p>).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
TEXT = "请扫码\n\n领取号码牌后排队\n\n台湾\n\n总统府前的广场\n"
SHEETS = ["img { float: right; }", ".btn { display: inline-block; padding: 4px 8px; }"]


def body(css: str) -> str:
    return (f"<style>\n{css}\n</style>\n\n" if css else "") + TEXT


@pytest.mark.parametrize("css", [*SHEETS, "", "p { color: gray; }"])
def test_check(site: Site, css: str) -> None:
    site.page("content/news/a.md", body=body(css))
    assert [f.code for f in site.check() if f.code[:3] in ("AD0", "TER")] == []


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("css", [*SHEETS, "", "p { color: gray; }"])
def test_rescan(site: Site, read, css: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=markdown.markdown(body(css), extensions=["tables", "attr_list", "toc"])))
    ctx = site.ctx()
    assert [*ad002_promo_wording.RULE.check_text(doc, ctx), *term001_serious.RULE.check_text(doc, ctx)] == []  # type: ignore[misc]
