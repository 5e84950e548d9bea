"""Red team 10: red team 9's fix keeps block edges (`_BREAKS` in the reader, `BLOCKS` in the region readers) as line
breaks, but outside a table a browser ignores `<td>`, `</td>`, `<tr>`, `</tr>`, `<th>` and `<caption>` altogether
(HTML "in body" insertion mode: "Parse error. Ignore the token."), and ignores `</li>`, `</dd>`, `</h2>` when no
such element is open. Python-Markdown passes them through inside the paragraph:
`<p>身份证号1101<td>0519491231002X。</p>` shows 身份证号11010519491231002X。 (Chromium's innerText), while the
reader, and `gates rescan` of the built page, read a line break between the halves.

Inputs (Markdown body):
    身份证号1101<td>0519491231002X。     secure: SEC002
    身份证号1101</td>0519491231002X。    secure: SEC002
    身份证号1101<tr>0519491231002X。     secure: SEC002
    身份证号1101</li>0519491231002X。    secure: SEC002
    身份证号1101</h2>0519491231002X。    secure: SEC002
    台湾</td>政府                        secure: TERM001
    扫码<td>领取                         secure: AD002
and the built pages read by `gates rescan` (both region readers).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"
TAGS = ["<td>", "</td>", "<tr>", "</li>", "</h2>"]


@pytest.mark.parametrize("tag", TAGS)
def test_the_build_keeps_the_tag_in_the_paragraph(tag: str) -> None:
    html = markdown.markdown(f"身份证号{ID[:4]}{tag}{ID[4:]}。", extensions=["tables", "attr_list", "toc"])
    assert html == f"<p>身份证号{ID[:4]}{tag}{ID[4:]}。</p>"


@pytest.mark.parametrize("tag", TAGS)
def test_number_split_by_ignored_tag(site: Site, tag: str) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}{tag}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [("台湾</td>政府\n", "TERM001"), ("扫码<td>领取\n", "AD002")])
def test_wording_split_by_ignored_tag(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("tag", ["<td>", "<tr>", "<th>"])
def test_rescan_number_split_by_ignored_tag(read, tag: str) -> None:  # type: ignore[no-untyped-def]
    page = (f"<html><body>\n<div data-gates-content>\n<p>身份证号{ID[:4]}{tag}{ID[4:]}。</p>\n"
            "</div><!-- /data-gates-content -->\n</body></html>")
    assert [h.kind for h, _ in _scan(read("a.html", page)).numbers] == ["id18"]


def test_control_span(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}<span></span>{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
