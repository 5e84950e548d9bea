"""Red team 14: a link's title (a tooltip every reader sees on hover) is read by `gates check` — the Markdown reader
reads it "on its own, like a link's title" — but not by the re-scan's text view. The built page of

    [详情](x "联系人13800138000 扫码领取")        → <p><a href="x" title="联系人13800138000 扫码领取">详情</a></p>

fails `gates check` (SEC003, AD002); the same page published outside gates passes `gates rescan`: no SEC003 ever
(SEC's region source reading does not take a title either), and AD002 only when the region happens to hold a style
sheet (this session's `_region_sources`), so the verdict flips on `p { color: gray; }`.
Expected: the re-scan reports the number and the phrase, with or without a style sheet.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
SOURCE = '[详情](x "联系人13800138000 扫码领取")\n'
BUILT = markdown.markdown(SOURCE, extensions=["tables", "attr_list", "toc"])
STYLE = "<style>\np { color: gray; }\n</style>\n"


def test_control_check_reports_the_title(site: Site) -> None:
    site.page("content/news/a.md", body=SOURCE)
    assert {"SEC003", "AD002"} <= {f.code for f in site.check()}


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("style", ["", STYLE])
def test_rescan_reads_the_number_in_a_title(read, style: str) -> None:  # type: ignore[no-untyped-def]
    assert BUILT == '<p><a href="x" title="联系人13800138000 扫码领取">详情</a></p>'
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=style + BUILT))).numbers]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("style", ["", STYLE])
def test_rescan_reads_the_phrase_in_a_title(site: Site, read, style: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=style + BUILT))
    assert [f.code for f in ad002_promo_wording.RULE.check_text(doc, site.ctx())] == ["AD002"]  # type: ignore[misc]
