"""Red team 16: `sheet_may_inline_blocks` (gates/detect/browsers.py) takes a container made flex or grid by any
selector, but only as `_CONTAINER` spells it: `display: flex`, `inline-flex`, `grid`, `inline-grid`, `-webkit-box`.
A browser lays out the children of a flex container in a line for other spellings too (Chromium, checked with the
two paragraphs' getBoundingClientRect().top: equal, computed display "flex"):

    <style>.row { display: -webkit-flex; }</style>      (the prefixed alias every engine still honours)
    <style>.row { display: block flex; }</style>        (the two-value syntax of CSS Display 3)
    <div style="display&#58;flex">                      (a style attribute is HTML: its character references are
                                                          decoded before CSS reads it)

each followed by (Markdown body; Python-Markdown passes the blocks through unchanged)

    <div class="row"><p>联系电话1380013</p><p>8000</p></div>

A browser shows 联系电话13800138000 on one line. Neither `gates check` nor the re-scan (both region readers) finds
the number; the control `display: flex` is found by both. (A class on a selector does not count for a float or an
inline display, but flex acts on a container's children, whatever selects the container.)
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
ROW = '<div class="row"><p>联系电话1380013</p><p>8000</p></div>\n'
BODIES = [
    "<style>\n.row { display: -webkit-flex; }\n</style>\n\n" + ROW,
    "<style>\n.row { display: block flex; }\n</style>\n\n" + ROW,
    '<div style="display&#58;flex"><p>联系电话1380013</p><p>8000</p></div>\n',
    "<style>\n.row { display: flex; }\n</style>\n\n" + ROW,  # control
]


@pytest.mark.parametrize("body", BODIES)
def test_check(site: Site, body: str) -> None:
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body.strip()
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("body", BODIES)
def test_rescan(read, body: str) -> None:  # type: ignore[no-untyped-def]
    region = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers]
