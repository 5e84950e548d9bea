"""Red team 8: an inline `<svg width="0" height="0">` takes no room on the page, so the text it holds is never seen,
yet it is no hiding element to either reader (reader.py `_HIDING_TAGS`, document.py `VEILING_TAGS`) and has no
hidden/style/class attribute: its text is kept in line and splits the number, the mark or the phrase that the
page shows whole. Python-Markdown passes the inline svg through unchanged.

Inputs (Markdown body; the same paragraph in a built page's content region for `gates rescan`):
    身份证号1101<svg width="0" height="0"><text>填充</text></svg>0519491231002X。   (SEC002 expected)
    机<svg width="0" height="0"><text>x</text></svg>密★5年                          (SEC001 expected)
    到店即可扫<svg width="0" height="0"><text>x</text></svg>码领取礼品。              (AD002 expected)
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"
SVG = '<svg width="0" height="0"><text>{}</text></svg>'
CASES = [
    (f"身份证号{ID[:4]}{SVG.format('填充')}{ID[4:]}。\n", "SEC002"),
    (f"机{SVG.format('x')}密★5年\n", "SEC001"),
    (f"到店即可扫{SVG.format('x')}码领取礼品。\n", "AD002"),
]


def test_the_build_passes_the_svg_through() -> None:
    html = markdown.markdown(CASES[0][0], extensions=["tables", "attr_list", "toc"])
    assert html == f"<p>{CASES[0][0].strip()}</p>"


@pytest.mark.parametrize(("body", "code"), CASES)
def test_zero_size_svg_splits(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rendered_page_zero_size_svg_splits(read) -> None:  # type: ignore[no-untyped-def]
    page = ('<html><body>\n<div data-gates-content>\n'
            f'<p>{CASES[0][0].strip()}</p>\n</div><!-- /data-gates-content -->\n</body></html>')
    assert [hit.digits for hit, _ in _scan(read("a.html", page)).numbers] == [ID]


def test_control_hidden_svg(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}<svg hidden><text>填充</text></svg>{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
