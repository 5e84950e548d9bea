"""Red team 15: the re-scan's region readers now read a shown attribute (title, alt, data-label) as a block of its
own with an EDGE on BOTH sides (gates/model/document.py `_Reader._label`, gates/crawl/content.py `_fast`). The EDGE
before it is put into the element's text flow where the element starts, so an inline element with a title cuts the
text a browser shows in one piece. A plain Markdown link with a title:

    联系电话1380013[8000](x "注")        → <p>联系电话1380013<a href="x" title="注">8000</a></p>

A browser shows 联系电话13800138000 (the title is a tooltip, off the line). `gates check` of the source finds the
mobile number; `gates rescan` of the built page (both readers) reads 联系电话1380013 | 注 | 8000 and finds nothing.
The same with <span title>/<abbr title> around part of a phrase (台湾<abbr title="注">总统</abbr>选举,
扫码<span title="注">领取</span>礼品: no TERM001, no AD002). Before this session only a data-label did it (after
the element), now every tooltip does.
Expected: the re-scan finds what the page shows, as without the title.
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
NUMBER = '联系电话1380013[8000](x "注")\n'
WORDING = '<p>台湾<abbr title="注">总统</abbr>选举，扫码<span title="注">领取</span>礼品</p>\n'


def built(source: str) -> str:
    return markdown.markdown(source, extensions=["tables", "attr_list", "toc"])


def wording(site: Site, read, region: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=region))
    ctx = site.ctx()
    return sorted(f.code for f in [*ad002_promo_wording.RULE.check_text(doc, ctx),  # type: ignore[misc]
                                   *term001_serious.RULE.check_text(doc, ctx)])  # type: ignore[misc]


def test_control_check_of_the_source(site: Site) -> None:
    site.page("content/news/a.md", body=NUMBER)
    assert "SEC003" in [f.code for f in site.check()]
    site.page("content/news/a.md", body=WORDING)
    assert {"AD002", "TERM001"} <= {f.code for f in site.check()}


@pytest.mark.parametrize("read", READERS)
def test_rescan_number_under_a_link_title(read) -> None:  # type: ignore[no-untyped-def]
    region = built(NUMBER)
    assert region == '<p>联系电话1380013<a href="x" title="注">8000</a></p>'
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]


@pytest.mark.parametrize("read", READERS)
def test_rescan_phrases_under_a_title(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    assert built(WORDING) == WORDING.strip()
    assert wording(site, read, WORDING.strip()) == ["AD002", "TERM001"]


@pytest.mark.parametrize("read", READERS)
def test_control_without_titles(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    region = '<p>联系电话1380013<a href="x">8000</a></p>'
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]
    plain = WORDING.replace(' title="注"', "").strip()
    assert wording(site, read, plain) == ["AD002", "TERM001"]
