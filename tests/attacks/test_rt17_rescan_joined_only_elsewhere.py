"""Red team 17: `_joined_only` (gates/domain/wording.py) drops a hit of a rendered page's text without what may be
hidden when the hit's *text* stands anywhere in the whole text of the part, not where the hit is. So a phrase
split by filler in a classed span (which the page's sheet may hide: `gates check` reports it) is dropped by the
re-scan as soon as the same characters stand elsewhere on the page in an allowed form:

    两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。台湾与中国大陆      check TERM001, re-scan nothing
    请勿相信“扫码领取”类信息。扫码<span class="x">x</span>领取礼品                check AD002,  re-scan nothing

(the first 台湾与中国 stands inside the allowed 台湾与中国大陆; the first 扫码领取 is a quoted mention). Python-
Markdown passes each line through inside <p>. Controls: without the allowed form elsewhere the re-scan reports
both (both region readers).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = [('两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。台湾与中国大陆', "TERM001"),
         ('请勿相信“扫码领取”类信息。扫码<span class="x">x</span>领取礼品', "AD002"),
         ('两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。', "TERM001"),  # control
         ('扫码<span class="x">x</span>领取礼品', "AD002")]  # control


def _rescan(site: Site, read, region: str) -> list[str]:  # type: ignore[no-untyped-def]
    from gates.rules import RULES
    doc = read("a.html", PAGE.format(x=region))
    return [f.code for r in RULES if getattr(r, "check_text", None) for f in r.check_text(doc, site.ctx())]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize(("body", "code"), CASES)
def test_rescan(site: Site, read, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    region = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert region == f"<p>{body}</p>"
    assert code in _rescan(site, read, region)


@pytest.mark.parametrize(("body", "code"), CASES)
def test_control_check(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body + "\n")
    assert code in [f.code for f in site.check()]
