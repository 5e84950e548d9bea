"""Red team 16: `gates check` finds a shown attribute in raw HTML with `_SHOWN_ATTRIBUTE` (gates/detect/reader.py),
which now wants a space or a / before the attribute's name (`(?<=[\\s/])`, so that ?title= in an address is not
read). But HTML needs no space between attributes: after a quoted value the next attribute may follow at once
(`src="a.png"alt="…"`: a parse error that every browser recovers from by reading alt as an attribute; Chromium's
img.alt is the text; Python's HTMLParser reads it too, so `gates rescan` of the built page finds it).
Python-Markdown passes the block through unchanged. Inputs (Markdown body):

    <p><img src="a.png"alt="联系人13800138000"></p>                  expected SEC003, got nothing
    <p><a href="x"title="联系人13800138000">详情</a></p>             expected SEC003, got nothing
    <p><span class='x'data-label='说明：机密★1年'>张三</span></p>     expected SEC001, got nothing

Control: the same with a space before the attribute is found; the re-scan finds all of them.
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
CASES = [
    ('<p><img src="a.png"{sp}alt="联系人13800138000"></p>', "SEC003"),
    ('<p><a href="x"{sp}title="联系人13800138000">详情</a></p>', "SEC003"),
    ("<p><span class='x'{sp}data-label='说明：机密★1年'>张三</span></p>", "SEC001"),
]


@pytest.mark.parametrize("space", ["", " "])
@pytest.mark.parametrize(("body", "code"), CASES)
def test_check(site: Site, body: str, code: str, space: str) -> None:
    body = body.format(sp=space)
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body
    site.page("content/news/a.md", body=body + "\n")
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
def test_control_rescan_reads_it(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=CASES[0][0].format(sp="")))
    assert "mobile" in [h.kind for h, _ in _scan(doc).numbers]
