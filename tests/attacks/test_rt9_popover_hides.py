"""Red team 9: an element with the `popover` attribute is not rendered until a script or a button opens it (the UA
style sheet has `[popover]:not(:popover-open) { display: none }`; Chromium's innerText of
`1101<span popover>填充</span>0519491231002X` is 11010519491231002X). The reader's `_MAY_HIDE` knows only `hidden`,
`style` and `class`, and `VEILING_ATTRS` of `gates rescan` likewise, so the filler stays in every reading.

Inputs (Markdown body, raw inline HTML passed through as is by Python-Markdown):
    身份证号1101<span popover>填充</span>0519491231002X。     secure: SEC002
    机<span popover>x</span>密★5年                           secure: SEC001
    扫码<span popover>x</span>领取                           secure: AD002
    台湾<span popover>填充</span>政府                        secure: TERM001
and the same number on a built page read by `gates rescan` (both region readers).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"
BODIES = {
    "number": (f"身份证号{ID[:4]}<span popover>填充</span>{ID[4:]}。\n", "SEC002"),
    "mark": ("机<span popover>x</span>密★5年\n", "SEC001"),
    "ad": ("扫码<span popover>x</span>领取\n", "AD002"),
    "term": ("台湾<span popover>填充</span>政府\n", "TERM001"),
}


def test_the_build_keeps_the_popover() -> None:
    html = markdown.markdown(BODIES["number"][0], extensions=["tables", "attr_list", "toc"])
    assert f"{ID[:4]}<span popover>填充</span>{ID[4:]}" in html


@pytest.mark.parametrize("kind", BODIES)
def test_split_by_popover(site: Site, kind: str) -> None:
    body, code = BODIES[kind]
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rendered_page_popover(read) -> None:  # type: ignore[no-untyped-def]
    page = ('<html><body>\n<div data-gates-content>\n'
            f'<p>身份证号{ID[:4]}<span popover>填充</span>{ID[4:]}。</p>\n</div><!-- /data-gates-content -->\n'
            '</body></html>')
    assert ID in [hit.digits for hit, _ in _scan(read("a.html", page)).numbers]


def test_control_hidden(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}<span hidden>填充</span>{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
