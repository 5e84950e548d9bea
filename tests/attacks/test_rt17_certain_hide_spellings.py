"""Red team 17: the "certain" view (`_certainly_hidden`, model/document.py's `certainly_hides`:
`display\\s*:\\s*none`) misses other spellings of display:none that every browser reads the same, so a wrong form
completed into its allowed context only by the hidden span passes both commands again (round 16's hole):

    两岸关系：台湾与中国<span style="display:/**/none">大陆</span>同胞往来密切。    (a CSS comment)
    两岸关系：台湾与中国<span style="display:\\6e one">大陆</span>同胞往来密切。   (an escape: \\6e is n)

Both show 台湾与中国同胞往来密切 (TERM001). Python-Markdown passes the line through inside <p>. `gates check`
and the re-scan (both region readers) report nothing. Control: style="display:none" is reported by all three.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = ['两岸关系：台湾与中国<span style="display:/**/none">大陆</span>同胞往来密切。',
         '两岸关系：台湾与中国<span style="display:\\6e one">大陆</span>同胞往来密切。',
         '两岸关系：台湾与中国<span style="display:none">大陆</span>同胞往来密切。']  # control


@pytest.mark.parametrize("body", CASES)
def test_check(site: Site, body: str) -> None:
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == f"<p>{body}</p>"
    site.page("content/news/a.md", body=body + "\n")
    assert "TERM001" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("body", CASES)
def test_rescan(site: Site, read, body: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=f"<p>{body}</p>"))
    assert "TERM001" in [f.code for f in term001_serious.RULE.check_text(doc, site.ctx())]  # type: ignore[attr-defined]
