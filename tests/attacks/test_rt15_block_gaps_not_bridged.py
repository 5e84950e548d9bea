"""Red team 15: `block_joins` (gates/detect/softbreaks.py) bridges gaps between blocks that contain a line break
(`_BLOCK_GAP` needs at least one), with a heading's OPENING #s, a quote's >, a list marker and a row's edge pipes.
`gates check` misses the gaps it does not know, while `gates rescan` of the built page joins them (both region
readers), so the two verdicts differ on the same page. Inputs (Markdown body after the sheet):

    <style>td { display: inline; }</style>  | a | b |\n|---|---|\n| 联系电话1380013 | 8000 |   (cells of one row: `|`)
    <style>table, thead, tbody, tr, th, td { display: inline; }</style>
        | 联系电话1380013 |\n|---|\n| 8000 |        (a delimiter row between the header and a body row)
    <style>p, h2 { display: inline; }</style>  ## 联系电话1380013 ##\n8000                   (a heading's closing #s)
    <style>p, h2 { display: inline; }</style>  联系电话1380013\n---\n8000                   (a setext heading)
    <style>p, h2 { display: inline; }</style>  ## 联系电话1380013 {#x}\n8000                (a heading's attr_list)
    <style>td { display: inline; }</style>  | a | b |\n|---|---|\n| 扫码 | 领取礼品 |         (AD002)

Expected: `gates check` finds the number (the phrase) as the re-scan does.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.ad import ad002_promo_wording
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]


def sheet(css: str) -> str:
    return f"<style>\n{css}\n</style>\n\n"


NUMBERS = [
    sheet("td { display: inline; }") + "| a | b |\n|---|---|\n| 联系电话1380013 | 8000 |\n",
    sheet("table, thead, tbody, tr, th, td { display: inline; }") + "| 联系电话1380013 |\n|---|\n| 8000 |\n",
    sheet("p, h2 { display: inline; }") + "## 联系电话1380013 ##\n8000\n",
    sheet("p, h2 { display: inline; }") + "联系电话1380013\n---\n8000\n",
    sheet("p, h2 { display: inline; }") + "## 联系电话1380013 {#x}\n8000\n",
]
PHRASE = sheet("td { display: inline; }") + "| a | b |\n|---|---|\n| 扫码 | 领取礼品 |\n"


def built(body: str) -> str:
    return markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


@pytest.mark.parametrize("body", NUMBERS)
def test_check_number(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]


def test_check_phrase(site: Site) -> None:
    site.page("content/news/a.md", body=PHRASE)
    assert "AD002" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("body", NUMBERS)
def test_control_rescan_number(read, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "mobile" in [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=built(body)))).numbers]


@pytest.mark.parametrize("read", READERS)
def test_control_rescan_phrase(site: Site, read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=built(PHRASE)))
    assert [f.code for f in ad002_promo_wording.RULE.check_text(doc, site.ctx())] == ["AD002"]  # type: ignore[misc]


def test_control_a_plain_line_break_is_bridged(site: Site) -> None:
    site.page("content/news/a.md", body=sheet("p, h2 { display: inline; }") + "## 联系电话1380013\n8000\n")
    assert "SEC003" in [f.code for f in site.check()]
