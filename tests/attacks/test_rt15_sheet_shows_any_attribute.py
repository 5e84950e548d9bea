"""Red team 15: SHOWN_ATTRIBUTES lists data-label because gates.css shows it (`content: attr(data-label)`), and its
comment says "a site's style sheet may show any" — but only data-label, title and alt are read. A page's own
<style> shows any attribute the same way (Python-Markdown passes both blocks through unchanged):

    <style>
    .tel::after { content: attr(data-tel); }
    </style>

    <p>联系人：<span class="tel" data-tel="13800138000"></span></p>

A browser shows 联系人：13800138000. Neither `gates check` nor the re-scan of the built page (both region readers)
finds the mobile number. The control, the same with data-label, is found by both.
Expected: where a page's style sheet uses attr(), the attribute it names is read as shown text.
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
BODY = ("<style>\n.tel::after {{ content: attr({a}); }}\n</style>\n\n"
        '<p>联系人：<span class="tel" {a}="13800138000"></span></p>\n')


@pytest.mark.parametrize("name", ["data-tel", "data-label"])
def test_check(site: Site, name: str) -> None:
    site.page("content/news/a.md", body=BODY.format(a=name))
    assert "SEC003" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("name", ["data-tel", "data-label"])
def test_rescan(read, name: str) -> None:  # type: ignore[no-untyped-def]
    region = markdown.markdown(BODY.format(a=name), extensions=["tables", "attr_list", "toc"])
    assert f'{name}="13800138000"' in region
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]
