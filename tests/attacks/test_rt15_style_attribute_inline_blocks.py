"""Red team 15: blocks laid out in a line by a style ATTRIBUTE, not a style sheet. `sheet_may_inline_blocks`
(gates/detect/browsers.py) only reads <style> sheets and <link>, so `more_readings` never joins the blocks when the
editor writes the layout inline (Python-Markdown passes the raw HTML through unchanged):

    <div style="display:flex"><div>联系电话1380013</div><div>8000</div></div>
        flex items sit side by side with nothing between them: a browser shows 联系电话13800138000
    <p style="display:inline">联系电话1380013</p>
    <p style="display:inline">8000</p>
        shown as 联系电话1380013 8000, exactly what `p { display: inline }` in a <style> gives (which is found)

Neither `gates check` nor the re-scan of the built page (both region readers) finds the mobile number.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
BODIES = ['<div style="display:flex"><div>联系电话1380013</div><div>8000</div></div>\n',
          '<p style="display:inline">联系电话1380013</p>\n<p style="display:inline">8000</p>\n']


def built(body: str) -> str:
    return markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


@pytest.mark.parametrize("body", BODIES)
def test_check(site: Site, body: str) -> None:
    assert built(body) == body.strip()
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("body", BODIES)
def test_rescan(read, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=built(body)))).numbers]


def test_control_the_same_in_a_style_sheet(site: Site) -> None:
    site.page("content/news/a.md", body="<style>\np { display: inline; }\n</style>\n\n" + BODIES[1])
    assert "SEC003" in [f.code for f in site.check()]
