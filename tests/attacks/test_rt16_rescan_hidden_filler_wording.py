"""Red team 16: `gates rescan` does not read a wrong form or a promotional phrase split by hidden filler. A span
with the `hidden` attribute is display:none in every browser, so the page shows the phrase whole:

    <p>台湾<span hidden>x</span>总统选举结果</p>        shows 台湾总统选举结果      expected TERM001, got nothing
    <p>扫码<span hidden>x</span>领取礼品</p>            shows 扫码领取礼品          expected AD002, got nothing

(Markdown source: the same line without <p>; Python-Markdown passes the inline HTML through.) `gates check` of the
source reports both, and the re-scan finds a mobile number split the same way (联系电话1380013<span hidden>x
</span>8000, the control). Checked with the real command too: `gates rescan site --no-external` of a built page
holding both paragraphs reports only a plain 台湾总统 next to them. (Not new in this session: 72a1c86 misses them
as well.)
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.sec.scan import _scan
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
CASES = [("台湾<span hidden>x</span>总统选举结果", term001_serious.RULE, "TERM001"),
         ("扫码<span hidden>x</span>领取礼品", ad002_promo_wording.RULE, "AD002")]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(("body", "rule", "code"), CASES)
def test_rescan(site: Site, read, body: str, rule, code: str) -> None:  # type: ignore[no-untyped-def]
    region = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert region == f"<p>{body}</p>"
    doc = read("a.html", PAGE.format(x=region))
    assert code in [f.code for f in rule.check_text(doc, site.ctx())]


@pytest.mark.parametrize(("body", "rule", "code"), CASES)
def test_control_check(site: Site, body: str, rule, code: str) -> None:  # type: ignore[no-untyped-def]
    site.page("content/news/a.md", body=body + "\n")
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
def test_control_rescan_number(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x="<p>联系电话1380013<span hidden>x</span>8000</p>"))
    assert "mobile" in [h.kind for h, _ in _scan(doc).numbers]
