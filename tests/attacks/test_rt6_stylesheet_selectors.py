"""Found while reviewing red team 6's round: a <style> block in a page can hide any element by its tag, its id or
an attribute (b{display:none}, #q{…}, [data-x]{…}), not only through a class, a style attribute or `hidden`. The
reader view took only those as possibly hidden, so filler in a <b> split an ID number or a secrecy mark for the
detectors while the browser showed it whole. With a style sheet in the text, every element's content now counts as
possibly hidden (read both without it and with it)."""

from __future__ import annotations

import pytest

from tests.conftest import Site

ID = "11010519491231002X"


@pytest.mark.parametrize("body", [
    f"身份证号{ID[:4]}<b>填充</b>{ID[4:]}。\n\n<style>b{{display:none}}</style>\n",
    f"身份证号{ID[:4]}<b id=q>填充</b>{ID[4:]}。\n\n<style>#q{{display:none}}</style>\n",
    f"身份证号{ID[:4]}<i data-x>填充</i>{ID[4:]}。\n\n<STYLE>[data-x]{{font-size:0}}</STYLE>\n",
    f"身份证号{ID[:4]}<b>填充</b>{ID[4:]}。\n\n<link rel=\"stylesheet\" href=\"a.css\">\n",
])
def test_filler_hidden_by_a_style_sheet_does_not_hide_the_number(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC002" in [f.code for f in site.check()]


def test_mark_split_by_an_element_a_style_sheet_hides(site: Site) -> None:
    site.page("content/news/a.md", body="机<u>x</u>密★5年\n\n<style>u{display:none}</style>\n")
    assert "SEC001" in [f.code for f in site.check()]


def test_control_plain_markup_without_a_style_sheet_reads_as_written(site: Site) -> None:
    # Without a style sheet a <b> shows its content: 1101填充0519… is no ID number.
    site.page("content/news/a.md", body=f"编号{ID[:4]}<b>填充</b>{ID[4:]}。\n")
    assert "SEC002" not in [f.code for f in site.check()]


def test_a_rendered_page_with_a_style_sheet_is_read_with_any_element_hidden() -> None:
    # gates rescan reads rendered pages: both readers (the parser's and the fast one) give SEC the region's HTML.
    from gates.crawl.content import content_document
    from gates.model.document import HtmlDocument
    from gates.rules.sec.scan import _scan

    html = (f"<html><body>\n<div data-gates-content>\n<p>身份证号{ID[:4]}<b>填充</b>{ID[4:]}。</p>\n"
            "<style>b{display:none}</style>\n</div><!-- /data-gates-content --></body></html>")
    for doc in (content_document("a.html", html), HtmlDocument.parse("a.html", html)):
        assert [(hit.digits, at.line) for hit, at in _scan(doc).numbers] == [(ID, 3)]


def test_control_a_rendered_page_without_a_style_sheet_reads_as_shown() -> None:
    from gates.crawl.content import content_document
    from gates.rules.sec.scan import _scan

    html = (f"<html><body><div data-gates-content>\n<p>编号{ID[:4]}<b>填充</b>{ID[4:]}。</p>\n"
            "</div><!-- /data-gates-content --></body></html>")
    assert _scan(content_document("a.html", html)).numbers == []
