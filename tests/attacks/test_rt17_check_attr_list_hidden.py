"""Red team 17: `gates check` does not read a Markdown attribute list (attr_list, one of the site's extensions)
that hides an inline element for certain. Python-Markdown renders

    两岸关系：台湾与中国*大陆*{hidden=hidden}同胞往来密切。
as  <p>两岸关系：台湾与中国<em hidden="hidden">大陆</em>同胞往来密切。</p>

which every browser shows as 台湾与中国同胞往来密切 (TERM001); the same with {style="display:none"}. The re-scan
of the built page reports TERM001 (both region readers); `gates check` of the source reports nothing. Control:
the same written as raw HTML (<span hidden>大陆</span>) is reported by `gates check` (round 16's fix).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = {"两岸关系：台湾与中国*大陆*{hidden=hidden}同胞往来密切。": '<em hidden="hidden">大陆</em>',
         '两岸关系：台湾与中国*大陆*{style="display:none"}同胞往来密切。': '<em style="display:none">大陆</em>'}


@pytest.mark.parametrize("body", CASES)
def test_check(site: Site, body: str) -> None:
    assert CASES[body] in markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    site.page("content/news/a.md", body=body + "\n")
    assert "TERM001" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("body", CASES)
def test_control_rescan(site: Site, read, body: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=markdown.markdown(body, extensions=["tables", "attr_list", "toc"])))
    assert "TERM001" in [f.code for f in term001_serious.RULE.check_text(doc, site.ctx())]  # type: ignore[attr-defined]


def test_control_check_raw_html(site: Site) -> None:
    site.page("content/news/a.md", body="两岸关系：台湾与中国<span hidden>大陆</span>同胞往来密切。\n")
    assert "TERM001" in [f.code for f in site.check()]
