"""The re-scan reads wording across a <br> the page's style sheet hides. Red team 11's fix let SEC read a styled
region's source, where `br{display:none}` is seen; TERM and AD read only the region's text, where every <br> is a
line break. A page published outside gates with

    <style>br{display:none}</style> … 到店即可扫码<br>领取礼品。     shows 扫码领取 (AD002)
    <style>br{display:none}</style> … 台湾<br>总统选举             shows 台湾总统 (TERM001)

passed `gates rescan`. The wording walk now reads such a region's source as `gates check` reads a Markdown page's
raw HTML, keeping only what the text view has not found on the same line, so nothing is reported twice.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
HIDE = "<style>\nbr { display: none; }\n</style>\n"
READERS = [content_document, HtmlDocument.parse]


def codes(site: Site, read, region: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=region))
    ctx = site.ctx()
    found = [*ad002_promo_wording.RULE.check_text(doc, ctx), *term001_serious.RULE.check_text(doc, ctx)]  # type: ignore[misc]
    return [f.code for f in found]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(("text", "code"), [("<p>到店即可扫码<br>领取礼品。</p>", "AD002"),
                                            ("<p>台湾<br>总统选举的报道</p>", "TERM001")])
def test_a_hidden_br_joins_the_wording(site: Site, read, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(site, read, HIDE + text) == [code]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("text", ["<p>到店即可扫码<br>领取礼品。</p>", "<p>台湾<br>总统选举的报道</p>"])
def test_control_a_br_that_shows(site: Site, read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(site, read, text) == []
    assert codes(site, read, "<style>\np { color: gray; }\n</style>\n" + text) == []


@pytest.mark.parametrize("read", READERS)
def test_wording_in_a_styled_region_is_reported_once(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=HIDE + "<p>扫码领取礼品</p>\n<p>台湾总统选举</p>"))
    ctx = site.ctx()
    found = [*ad002_promo_wording.RULE.check_text(doc, ctx), *term001_serious.RULE.check_text(doc, ctx)]  # type: ignore[misc]
    assert sorted(f.code for f in found) == ["AD002", "TERM001"]
