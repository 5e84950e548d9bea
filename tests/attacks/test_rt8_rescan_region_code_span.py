"""Red team 8: a content region holding a style sheet is read as source by the Markdown reader (`region_source`,
`HtmlDocument.shown_parts`), because `b{display:none}` hides elements neither HTML reader veils. In HTML a
backquote is only a character, but the Markdown reader pairs two of them into a code span "shown as written",
tags kept: with one stray backquote before the paragraph and one after it, the `<b>` filler (hidden by the sheet)
stays in the source reading, and both HTML readings keep it too (b is no veiling tag). The number escapes.

Input (content region of a built page):
    <style>b{display:none}</style>
    `
    <p>身份证号1101<b>x</b>0519491231002X</p>
    `
Secure behaviour: the number found, as it is without the two backquotes (control).
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan

ID = "11010519491231002X"
PARAGRAPH = f"<p>身份证号{ID[:4]}<b>x</b>{ID[4:]}</p>"


def _page(inner: str) -> str:
    return ('<html><body>\n<div data-gates-content>\n<style>b{display:none}</style>\n'
            f'{inner}\n</div><!-- /data-gates-content -->\n</body></html>')


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_stray_backquotes_hide_the_region_source(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", _page(f"`\n{PARAGRAPH}\n`"))
    assert [hit.digits for hit, _ in _scan(doc).numbers] == [ID]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_control_without_backquotes(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", _page(PARAGRAPH))
    assert [hit.digits for hit, _ in _scan(doc).numbers] == [ID]
