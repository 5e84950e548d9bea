"""Red team 14, false positive (one thing reported as two): TERM now merges the lines of a rendered page's text view
and of its styled region's source into one finding, and `_only_new` drops a source hit only when the text view
found it "on the same line". The text view gives a hit the line where its text node STARTS (a <p> whose text runs
over several source lines), the source view the line the phrase is really on, so one occurrence is kept twice:

    <style>
    p { color: gray; }
    </style>
    <p>第一行
    第二行
    台湾总统选举</p>

`gates rescan` reports TERM001 "正文中“台湾总统”应为“台湾地区领导人” (第 6、8 行)": one phrase, two lines (line 6
holds 第一行, not the phrase). Without the style sheet the same page reports one line. Expected: one line for one
occurrence.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.term import term001_serious
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
TEXT = "<p>第一行\n第二行\n台湾总统选举</p>"


def term_lines(site: Site, read, region: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=region))
    return [f.message for f in term001_serious.RULE.check_text(doc, site.ctx())]  # type: ignore[misc]


@pytest.mark.parametrize("read", READERS)
def test_one_occurrence_one_line(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    found = term_lines(site, read, "<style>\np { color: gray; }\n</style>\n" + TEXT)
    assert len(found) == 1
    assert "、" not in found[0], found[0]


@pytest.mark.parametrize("read", READERS)
def test_control_without_style_sheet(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    found = term_lines(site, read, TEXT)
    assert len(found) == 1 and "、" not in found[0]
