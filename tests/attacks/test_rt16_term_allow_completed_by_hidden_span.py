"""Red team 16: a wrong form completed into its allowed context (or its right form) only by content that is hidden
for sure passes both commands. A span with the `hidden` attribute (or style="display:none") is display:none in
every browser, so

    两岸关系：台湾与中国<span hidden>大陆</span>同胞往来密切。        shows 台湾与中国同胞往来密切   (TERM001)
    两岸关系：台湾与中国\\n<span hidden>大陆</span>同胞往来密切。     the same across a soft line break
    各镇街道办<span hidden>事处</span>负责。                         shows 各镇街道办负责            (TERM002)

The wording walk reads the view with the span kept in place (台湾与中国大陆: allowed) as deciding wherever it shows
the wrong form's text, and counts the view without the span only where a phrase crosses what was left out; here
the wrong form ends before the span, so nothing is reported. `gates rescan` of the built page reports nothing
either (both readers). (Not new in this session: 72a1c86 misses them as well.) Control: without the hidden span
(台湾与中国同胞往来密切) TERM001 is reported. Expected: the wrong form the page shows is reported.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.term import term001_serious, term002_wording
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
CASES = [("两岸关系：台湾与中国<span hidden>大陆</span>同胞往来密切。", "TERM001"),
         ("两岸关系：台湾与中国\n<span hidden>大陆</span>同胞往来密切。", "TERM001"),
         ('两岸关系：台湾与中国<span style="display:none">大陆</span>同胞往来密切。', "TERM001"),
         ("各镇街道办<span hidden>事处</span>负责。", "TERM002"),
         ("两岸关系：台湾与中国同胞往来密切。", "TERM001")]  # control


@pytest.mark.parametrize(("body", "code"), CASES)
def test_check(site: Site, body: str, code: str) -> None:
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == f"<p>{body}</p>"
    site.page("content/news/a.md", body=body + "\n")
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(("body", "code"), CASES)
def test_rescan(site: Site, read, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=f"<p>{body}</p>"))
    rule = term001_serious.RULE if code == "TERM001" else term002_wording.RULE
    assert code in [f.code for f in rule.check_text(doc, site.ctx())]  # type: ignore[attr-defined]
