"""Red team 15: the re-scan's verdict on a number or phrase under an inline element with a title or data-label flips
on an unrelated style sheet. The text view cuts the text at the attribute's EDGE (see
test_rt15_rescan_title_splits_text.py) and finds nothing; as soon as the region holds any <style>, SEC's and the
wording's region-source readings are added and read the text whole. Inputs (region of a built page):

    <p>联系电话1380013<span data-label="x">8000</span></p>        no sheet: nothing;  with the sheet: mobile
    <p>台湾<span data-label="x">总统</span>选举</p>                 no sheet: nothing;  with the sheet: TERM001

with the sheet `<style>\\np { color: gray; }\\n</style>` before it. A browser shows 联系电话13800138000 and
台湾总统选举 either way (no sheet shows a span's data-label). Expected: found both ways.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
STYLE = "<style>\np { color: gray; }\n</style>\n"
NUMBER = '<p>联系电话1380013<span data-label="x">8000</span></p>'
PHRASE = '<p>台湾<span data-label="x">总统</span>选举</p>'


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("style", ["", STYLE])
def test_number(read, style: str) -> None:  # type: ignore[no-untyped-def]
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=style + NUMBER))).numbers]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("style", ["", STYLE])
def test_phrase(site: Site, read, style: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=style + PHRASE))
    assert [f.code for f in term001_serious.RULE.check_text(doc, site.ctx())] == ["TERM001"]  # type: ignore[misc]
