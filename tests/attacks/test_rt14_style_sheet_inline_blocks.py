"""Red team 14, known gap 3: a style sheet that makes block elements inline joins their text. With

    <style>
    p { display: inline; }
    </style>

    <p>联系电话1380013</p><p>8000，扫码</p><p>领取礼品，台湾</p><p>总统选举</p>

(Python-Markdown passes the HTML through, putting a newline between the paragraphs) a browser shows one line:
联系电话1380013 8000，扫码 领取礼品，台湾 总统选举 — the paragraph break is now a collapsible newline, the same
thing as a soft line break inside one paragraph, which the project already reads as joined (the control: the same
text as one paragraph is found). `gates check` finds none of the mobile number, 扫码领取 (AD002) or 台湾总统
(TERM001); neither does `gates rescan` of the built page. Same with `div { display: inline; }` and <div>s.
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
BODIES = [
    "<style>\np { display: inline; }\n</style>\n\n<p>联系电话1380013</p><p>8000，扫码</p><p>领取礼品，台湾</p><p>总统选举</p>\n",
    "<style>\ndiv { display: inline; }\n</style>\n\n<div>联系电话1380013</div><div>8000，扫码</div><div>领取礼品，台湾</div>"
    "<div>总统选举</div>\n",
]
WANT = {"SEC003", "AD002", "TERM001"}


@pytest.mark.parametrize("body", BODIES)
def test_check_of_inline_blocks(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert {f.code for f in site.check()} >= WANT


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("body", BODIES)
def test_rescan_of_inline_blocks(site: Site, read, body: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=markdown.markdown(body, extensions=["tables", "attr_list", "toc"])))
    ctx = site.ctx()
    found = {f.code for f in [*ad002_promo_wording.RULE.check_text(doc, ctx), *term001_serious.RULE.check_text(doc, ctx)]}  # type: ignore[misc]
    if [h for h, _ in _scan(doc).numbers if h.kind == "mobile"]:
        found.add("SEC003")
    assert found == WANT


def test_control_one_paragraph_soft_breaks(site: Site) -> None:
    site.page("content/news/a.md", body="联系电话1380013\n8000，扫码\n领取礼品，台湾\n总统选举\n")
    assert {f.code for f in site.check()} >= WANT
