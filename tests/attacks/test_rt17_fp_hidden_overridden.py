"""Red team 17, false positive: the "certain" view (`certainly_hides`, gates/model/document.py) takes a `hidden`
attribute, or a style naming display:none anywhere, as hidden for certain. But `hidden` is only the browsers' own
`[hidden]{display:none}`, which any display in the element's style attribute overrides, and in a style attribute
the last declaration wins. Both spans below are shown, so the page reads 台湾与中国大陆同胞 / 街道办事处 (allowed
context, right form), yet both commands report the wrong form:

    两岸关系：台湾与中国<span hidden style="display:inline">大陆</span>同胞往来密切。       TERM001 reported
    各镇街道办<span style="display:none;display:inline">事处</span>负责。                    TERM002 reported

(Python-Markdown passes each line through inside <p>; both region readers of the re-scan report them too.)
Control: <span style="display:inline">大陆</span> alone reports nothing. Expected: nothing.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules import RULES
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = ['两岸关系：台湾与中国<span hidden style="display:inline">大陆</span>同胞往来密切。',
         '各镇街道办<span style="display:none;display:inline">事处</span>负责。',
         '两岸关系：台湾与中国<span style="display:inline">大陆</span>同胞往来密切。']  # control


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
