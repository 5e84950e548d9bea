"""Red team 18, false positive: `certainly_hides` (gates/model/document.py) takes visibility:hidden as hiding an
element's content for certain, like display:none. But visibility is inherited and a descendant may set it back:
`visibility:visible` on a child shows the child (CSS 2.1 §11.2). So the page below shows 各镇街道办事处负责。 (the
right form; the outer span has no box of its own to show), yet both commands read 事处 as hidden for certain and
report TERM002 (街道办 → 街道办事处):

    各镇街道办<span style="visibility:hidden"><span style="visibility:visible">事处</span></span>负责。

Python-Markdown passes the line through inside <p>; both region readers of the re-scan report it too.
Control: <span style="visibility:visible">事处</span> alone reports nothing. Expected: nothing.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules import RULES
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = ['各镇街道办<span style="visibility:hidden"><span style="visibility:visible">事处</span></span>负责。',
         '各镇街道办<span style="visibility:visible">事处</span>负责。']  # control


@pytest.mark.parametrize("body", CASES)
def test_check(site: Site, body: str) -> None:
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == f"<p>{body}</p>"
    site.page("content/news/a.md", body=body + "\n")
    assert [f.code for f in site.check() if f.code.startswith("TERM")] == []


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("body", CASES)
def test_rescan(site: Site, read, body: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=f"<p>{body}</p>"))
    assert [f.code for r in RULES if getattr(r, "check_text", None)
            for f in r.check_text(doc, site.ctx()) if f.code.startswith("TERM")] == []  # type: ignore[attr-defined]
