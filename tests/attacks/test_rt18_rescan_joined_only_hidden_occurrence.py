"""Red team 18: round 17's `_joined_only` (gates/domain/wording.py) keeps a hit of the text without what may be
hidden only when the phrase stands there more often than in the whole text. But the whole text also counts
occurrences that stand inside (or across) the very content left out, which the shown text no longer has: one
such occurrence in an allowed form pays for the phrase that leaving the filler out makes, and the re-scan drops it.

    <span class="x">台湾与中国大陆</span>两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。            TERM001
    台湾与中<span class="x">国大陆</span>两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。            TERM001
    <span class="x">请勿相信“扫码领取”类信息。</span>扫码<span class="x">x</span>领取礼品                     AD002

With the page's sheet hiding .x (a class may hide), each shows 两岸关系：台湾与中国同胞往来密切。 (or 扫码领取礼品).
Python-Markdown passes each line through inside <p>. `gates check` reports each; the re-scan (both region
readers) reports nothing. Control: without the allowed form in hidden content the re-scan reports both.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = [('<span class="x">台湾与中国大陆</span>两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。', "TERM001"),
         ('台湾与中<span class="x">国大陆</span>两岸关系：台湾与<span class="x">x</span>中国同胞往来密切。', "TERM001"),
         ('<span class="x">请勿相信“扫码领取”类信息。</span>扫码<span class="x">x</span>领取礼品', "AD002"),
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
