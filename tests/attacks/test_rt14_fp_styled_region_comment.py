"""Red team 14, false positive: TERM and AD read a styled region's source (`_region_sources`) as a Markdown page's
raw HTML is read, and that reading takes in what no reader sees. An HTML comment in a built page (a CMS's editor
note, a commented-out old paragraph) is never shown; the re-scan's text view of the region skips it, but as soon as
the region holds any style sheet, however unrelated, its source is read too and the comment is judged:

    <style>
    p { color: gray; }
    </style>
    <p>正文</p>
    <!-- 扫码领取 台湾总统 -->

`gates rescan` reports AD002 (扫码领取) and TERM001 (台湾总统) for text the page does not show. Without the
<style> element the same region reports nothing. (`gates check` of a Markdown source does read a comment's
wording; whichever is meant, the re-scan's verdict must not flip on `p { color: gray; }`.)
Expected: nothing, as without the style sheet.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
REGION = "<p>正文</p>\n<!-- 扫码领取 台湾总统 -->"


def codes(site: Site, read, region: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=region))
    ctx = site.ctx()
    found = [*ad002_promo_wording.RULE.check_text(doc, ctx), *term001_serious.RULE.check_text(doc, ctx)]  # type: ignore[misc]
    return sorted(f.code for f in found)


@pytest.mark.parametrize("read", READERS)
def test_a_comment_in_a_styled_region(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    assert codes(site, read, "<style>\np { color: gray; }\n</style>\n" + REGION) == []


@pytest.mark.parametrize("read", READERS)
def test_control_without_style_sheet(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    assert codes(site, read, REGION) == []


@pytest.mark.parametrize("read", READERS)
def test_control_shown_wording_still_found(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    assert codes(site, read, "<style>\np { color: gray; }\n</style>\n<p>扫码领取 台湾总统</p>") == ["AD002", "TERM001"]
