"""Red team 14, false positive: the re-scan's region readers read a data-label "as a block of its own, shown where
the element starts" (gates/model/document.py `data_label`, `_Reader._label`; gates/crawl/content.py `_fast`), but
they only put a break AFTER the label. On an inline element (<span>, <a>, <img>: no block break before it) the
label joins the text before the element:

    <p>电话1380013<span data-label="8000">转</span></p>

A browser shows 电话1380013转 (no style sheet shows a span's data-label; gates.css shows only a catalog cell's, and
then before the cell, which is a block). Both readers read 电话13800138000 and the re-scan reports a mobile number
nobody sees. `gates check` of the same Markdown source (the raw HTML passes through Python-Markdown unchanged)
finds nothing: it reads a data-label on its own, off the line.
Expected: no number from the re-scan either (the label a block of its own on both sides).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
REGIONS = ['<p>电话1380013<span data-label="8000">转</span></p>',
           '<p>联系电话：1380013<a href="tel:x" data-label="8000">拨打</a></p>',
           '<p>电话1380013<img src="a.png" data-label="8000"></p>']


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("region", REGIONS)
def test_rescan_label_after_inline_text(read, region: str) -> None:  # type: ignore[no-untyped-def]
    assert markdown.markdown(region, extensions=["tables", "attr_list", "toc"]) == region
    assert [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers] == []


@pytest.mark.parametrize("region", REGIONS)
def test_control_check_of_the_source(site: Site, region: str) -> None:
    site.page("content/news/a.md", body=region + "\n")
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


@pytest.mark.parametrize("read", READERS)
def test_control_label_alone_is_still_read(read) -> None:  # type: ignore[no-untyped-def]
    region = '<p>电话<span data-label="13800138000">转</span></p>'
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]
