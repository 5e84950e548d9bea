"""Red team 10: red team 7's comment rules (a comment ends at `--!>`, `<!-->` and `<!--->` are whole comments) were
taught to the Markdown reader, but `gates rescan` reads a built page with HTMLParser (Python 3.11's ends a comment
only at `-->`; content_document hands such pages to it), so on a page put on the site as HTML (a hand-made page,
read whole when it marks no region, or one edited after the build) the number after `<!-->` is taken for comment
text up to the next `-->`. A browser shows 身份证号11010519491231002X。 for each of:

    <p>身份证号<!-- a --!>11010519491231002X<!-- b -->。</p>
    <p>身份证号<!-->11010519491231002X<!-- b -->。</p>
    <p>身份证号<!--->11010519491231002X<!-- b -->。</p>
secure: SEC002 (an id18 number) from both region readers.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan

ID = "11010519491231002X"
OPENERS = ["<!-- a --!>", "<!-->", "<!--->"]
PAGE = "<html><body>\n<div data-gates-content>\n<p>身份证号{opener}{id}<!-- b -->。</p>\n</div><!-- /data-gates-content -->\n</body></html>"


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("opener", OPENERS)
def test_rescan_number_after_short_comment(read, opener: str) -> None:  # type: ignore[no-untyped-def]
    page = PAGE.format(opener=opener, id=ID)
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["id18"]


@pytest.mark.parametrize("read", [content_document, lambda path, html: HtmlDocument.parse(path, html, whole_if_unmarked=True)])
def test_rescan_unmarked_page(read) -> None:  # type: ignore[no-untyped-def]
    page = f"<html><body>\n<p>身份证号<!-->{ID}<!-- b -->。</p>\n</body></html>"
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["id18"]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_control_ordinary_comment(read) -> None:  # type: ignore[no-untyped-def]
    page = PAGE.format(opener="<!-- a -->", id=ID)
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["id18"]
