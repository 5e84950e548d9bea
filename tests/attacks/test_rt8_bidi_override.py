"""Red team 8: the reader drops U+202E RIGHT-TO-LEFT OVERRIDE and U+202C POP DIRECTIONAL FORMATTING as characters
that "render as nothing", but they do something: the browser lays out what stands between them right to left.
`1101` + RLO + `X2001321949150` + PDF is shown as 11010519491231002X; the reader sees the digits in source order,
1101X2001321949150, which is no ID number. The same on a built page (`&#x202e;` or the raw character).
(`<bdo dir="rtl">` does the same with a tag.)

Input (Markdown body): 身份证号1101\\u202eX2001321949150\\u202c。   Secure behaviour: SEC002.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"
REVERSED = [
    f"身份证号{ID[:4]}\u202e{ID[4:][::-1]}\u202c。\n",
    f'身份证号{ID[:4]}<bdo dir="rtl">{ID[4:][::-1]}</bdo>。\n',
]


@pytest.mark.parametrize("body", REVERSED)
def test_number_written_backwards_under_rtl_override(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC002" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rendered_page_rtl_override(read) -> None:  # type: ignore[no-untyped-def]
    page = ('<html><body>\n<div data-gates-content>\n'
            f'<p>身份证号{ID[:4]}&#x202e;{ID[4:][::-1]}&#x202c;。</p>\n</div><!-- /data-gates-content -->\n</body></html>')
    assert [hit.digits for hit, _ in _scan(read("a.html", page)).numbers] == [ID]


def test_control_plain(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID}。\n")
    assert "SEC002" in [f.code for f in site.check()]
