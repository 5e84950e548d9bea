"""Red team 15: SHOWN_ATTRIBUTES (gates/model/document.py) lists title, alt and data-label, but a browser shows the
text of more attributes on the page itself, in the line, without any hover:
    <input placeholder="…">            the grey hint text in an empty field (also <textarea placeholder>)
    <input type="button" value="…">    the button's caption (also submit/reset, and any text field's value)
Python-Markdown passes both through unchanged. Inputs (Markdown body):
    <p>联系人<input placeholder="13800138000"></p>                          expected SEC003, got nothing
    <p><input type="button" value="扫码领取 联系人13800138000"></p>          expected SEC003 (check: only AD002),
                                                                             and AD002 from the re-scan (got nothing)
Both in `gates check` and in the re-scan of the built page (both region readers).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
PLACEHOLDER = '<p>联系人<input placeholder="13800138000"></p>'
BUTTON = '<p><input type="button" value="扫码领取 联系人13800138000"></p>'


@pytest.mark.parametrize("body", [PLACEHOLDER, BUTTON])
def test_check(site: Site, body: str) -> None:
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body
    site.page("content/news/a.md", body=body + "\n")
    assert "SEC003" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("region", [PLACEHOLDER, BUTTON])
def test_rescan_number(read, region: str) -> None:  # type: ignore[no-untyped-def]
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]


@pytest.mark.parametrize("read", READERS)
def test_rescan_button_caption(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=BUTTON))
    assert [f.code for f in ad002_promo_wording.RULE.check_text(doc, site.ctx())] == ["AD002"]  # type: ignore[misc]


@pytest.mark.parametrize("read", READERS)
def test_control_the_same_as_a_title(read) -> None:  # type: ignore[no-untyped-def]
    region = '<p>联系人<span title="13800138000">详情</span></p>'
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]
