"""Red team 18: round 17's `winning` (gates/model/document.py, the value a style gives a property) takes the last
`display` declaration as the winner even when the browser drops it as invalid, and `css_text` takes out a comment
that opens inside a string. So `certainly_hides` misses spans every browser hides, and a wrong form completed into
its allowed context only by the hidden span passes both commands again (round 16's hole):

    两岸关系：台湾与中国<span style="display:none;display:">大陆</span>同胞往来密切。        (an empty value)
    两岸关系：台湾与中国<span style="display:none;display:bogus">大陆</span>同胞往来密切。   (an invalid value)
    两岸关系：台湾与中国<span hidden style="display:bogus">大陆</span>同胞往来密切。        (hidden's display:none stays)
    两岸关系：台湾与中国<span style='font-family:"/*";display:none'>大陆</span>同胞往来密切。 ("/*" is a string)
    两岸关系：台湾与中国*大陆*{style="display:none;display:"}同胞往来密切。                  (attr_list)

A browser drops a declaration whose value is empty or not a display value, so display:none (or [hidden]'s
display:none) stays and the page shows 台湾与中国同胞往来密切 (TERM001). Python-Markdown passes each line through
inside <p> (the last renders <em style="display:none;display:">). `gates check` and both region readers of the
re-scan report nothing. Control: style="display:none" alone is reported by all three.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = ['两岸关系：台湾与中国<span style="display:none;display:">大陆</span>同胞往来密切。',
         '两岸关系：台湾与中国<span style="display:none;display:bogus">大陆</span>同胞往来密切。',
         '两岸关系：台湾与中国<span hidden style="display:bogus">大陆</span>同胞往来密切。',
         "两岸关系：台湾与中国<span style='font-family:\"/*\";display:none'>大陆</span>同胞往来密切。",
         '两岸关系：台湾与中国*大陆*{style="display:none;display:"}同胞往来密切。',
         '两岸关系：台湾与中国<span style="display:none">大陆</span>同胞往来密切。']  # control


@pytest.mark.parametrize("body", CASES)
def test_check(site: Site, body: str) -> None:
    assert "display:" in markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    site.page("content/news/a.md", body=body + "\n")
    assert "TERM001" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("body", CASES)
def test_rescan(site: Site, read, body: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=markdown.markdown(body, extensions=["tables", "attr_list", "toc"])))
    assert "TERM001" in [f.code for f in term001_serious.RULE.check_text(doc, site.ctx())]  # type: ignore[attr-defined]
