"""Red team 16: where a page's style sheet shows attributes with attr(), every attribute is read as shown text
(`_ANY_ATTRIBUTE` in gates/detect/reader.py when `_SHOWS_ATTRIBUTES` = `\\battr\\s*\\(` is in the source; the
re-scan likewise). A CSS escape in the function's name is still the function attr() to a browser (an identifier
may be written with escapes: `\\61ttr(` is `attr(`), so the sheet below shows the span's data-tel; Chromium's
computed ::after content is "13800138000". Python-Markdown passes both blocks through unchanged.

    <style>
    .tel::after { content: \\61ttr(data-tel); }
    </style>

    <p>联系人：<span class="tel" data-tel="13800138000"></span></p>

A browser shows 联系人：13800138000. Neither `gates check` nor the re-scan (both region readers) finds it; the
control with `attr(` written plainly is found by both. Expected: SEC003 / a mobile.
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
BODY = ("<style>\n.tel::after {{ content: {f}(data-tel); }}\n</style>\n\n"
        '<p>联系人：<span class="tel" data-tel="13800138000"></span></p>\n')
NAMES = ["\\61ttr", "\\41 TTR", "attr"]


@pytest.mark.parametrize("name", NAMES)
def test_check(site: Site, name: str) -> None:
    body = BODY.format(f=name)
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body.strip()
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("name", NAMES)
def test_rescan(read, name: str) -> None:  # type: ignore[no-untyped-def]
    region = markdown.markdown(BODY.format(f=name), extensions=["tables", "attr_list", "toc"])
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]
