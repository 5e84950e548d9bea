"""Red team 10: `_AT_LT` reads `<![CDATA[ … ]]>` as one piece of markup that renders as nothing, and so does
HTMLParser in `gates rescan` (both region readers), but CDATA sections exist only in SVG and MathML: in an HTML
page `<![CDATA[` opens a bogus comment that ends at the FIRST `>` (HTML tokenizer, "markup declaration open
state"). `身份证号<![CDATA[ x>11010519491231002X]]>。` shows 身份证号11010519491231002X]]>。 (Chromium's innerText);
Python-Markdown passes the markup through as is, inline and in a raw block. The reader drops the number entirely:
it is neither in a reading nor read as hidden content.

Inputs (Markdown body):
    身份证号<![CDATA[ x>11010519491231002X]]>。                 secure: SEC002
    <div>身份证号<![CDATA[ x>11010519491231002X]]>。</div>      secure: SEC002
    台湾<![CDATA[>政府]]>                                       secure: TERM001
and the built page `<p>身份证号<![CDATA[ x>11010519491231002X]]>。</p>` read by `gates rescan`.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

BODIES = ["身份证号<![CDATA[ x>11010519491231002X]]>。\n", "<div>身份证号<![CDATA[ x>11010519491231002X]]>。</div>\n"]


@pytest.mark.parametrize("body", BODIES)
def test_the_build_passes_it_through(body: str) -> None:
    assert "<![CDATA[ x>11010519491231002X]]>" in markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


@pytest.mark.parametrize("body", BODIES)
def test_number_after_cdata_opening(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC002" in [f.code for f in site.check()]


def test_term_after_cdata_opening(site: Site) -> None:
    site.page("content/news/a.md", body="台湾<![CDATA[>政府]]>\n")
    assert "TERM001" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rescan_number_after_cdata_opening(read) -> None:  # type: ignore[no-untyped-def]
    page = ("<html><body>\n<div data-gates-content>\n<p>身份证号<![CDATA[ x>11010519491231002X]]>。</p>\n"
            "</div><!-- /data-gates-content -->\n</body></html>")
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["id18"]


def test_control_number_after_comment(site: Site) -> None:
    site.page("content/news/a.md", body="身份证号<!-- x -->11010519491231002X。\n")
    assert "SEC002" in [f.code for f in site.check()]
