"""Red team 5: the rendered side (`gates rescan`: HtmlDocument.parse and crawl/content.py) reads the content
region differently from a browser, so a number or an ad link the article shows escapes SEC and AD.

1. Red team 4's hidden-element fix lives only in the Markdown reader view. On a rendered page the text view
   already has no tags, so `1380013<span hidden>,</span>8000` is read as "1380013,8000": the filler of a
   hidden element joins the text around it, exactly the split red team 4 reported for `gates check`.
2. A browser ends a <style> element at `</style` followed by whitespace, "/" or ">" (`</style x>`); Python's
   HTMLParser (3.11) and `_cdata_end` both wait for `</style>` exactly. Everything in between, shown by the
   browser (checked in Chromium: "活动 联系电话 13800138000"), is read as style text and skipped, its links
   never offered. Both readers agree, and both miss it.

Secure behaviour: SEC003 and AD001 on the rendered page, from either reader.
"""

from __future__ import annotations

from collections.abc import Callable

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad001_ad_link
from gates.rules.sec import sec003_mobile
from tests.conftest import Site

READERS: list[Callable[[str, str], HtmlDocument]] = [HtmlDocument.parse, content_document]


def _built(body: str) -> str:
    # As gates_mkdocs/templates/main.html writes it: chrome, the marked region, the end marker, chrome.
    content = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    return ('<html><head><title>通知</title></head><body><nav><a href="/">首页</a></nav>\n'
            f'<div data-gates-content>\n{content}\n</div><!-- /data-gates-content -->\n'
            '<footer><p>版权所有</p></footer></body></html>')


def _codes(doc: HtmlDocument, site: Site) -> list[str]:
    ctx = site.ctx()
    return [f.code for rule in (sec003_mobile.RULE, ad001_ad_link.RULE) for f in rule.check_text(doc, ctx)]  # type: ignore[misc]


@pytest.mark.parametrize("read", READERS)
def test_the_control_is_found(site: Site, read: Callable[[str, str], HtmlDocument]) -> None:
    doc = read("site/news/a/index.html", _built('联系电话 13800138000。[活动](https://doubleclick.net/)'))
    assert sorted(_codes(doc, site)) == ["AD001", "SEC003"]


@pytest.mark.parametrize("read", READERS)
def test_a_number_split_by_a_hidden_element_is_found_on_the_rendered_page(
        site: Site, read: Callable[[str, str], HtmlDocument]) -> None:
    doc = read("site/news/a/index.html", _built("联系电话 1380013<span hidden>,</span>8000。"))
    assert "SEC003" in _codes(doc, site)


@pytest.mark.parametrize("read", READERS)
def test_text_after_a_style_end_tag_with_attributes_is_read(
        site: Site, read: Callable[[str, str], HtmlDocument]) -> None:
    body = '<style></style x><a href="https://doubleclick.net/">活动</a> 联系电话 13800138000<style></style>'
    assert sorted(_codes(read("site/news/a/index.html", _built(body)), site)) == ["AD001", "SEC003"]
