"""Red team 7: comments the browser (and Python-Markdown) close differently from the reader view.

`机<!-- a --!>密★5年`: Python-Markdown writes `机<!-- a -->密★5年` and the HTML parser also ends a comment at `--!>`,
so the page shows 机密★5年. `<!-->` is an abruptly closed empty comment to a browser (inside a raw HTML block,
which the build passes through). `_AT_LT` waits for `-->`, so the rest of the text is one comment: the mark, the
number and the phrase are never read. On a rendered page both region readers lose the number the same way.

Inputs: `机<!-- a --!>密★5年`, `<div>机<!-->密★5年</div>`, `到店即可扫<!-- a --!>码领取礼品。`,
`身份证号1101<!-- a --!>0519491231002X` (rendered page). Secure behaviour: SEC001 / AD002 / SEC002.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"


def _codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body)
    return [f.code for f in site.check()]


def test_the_build_closes_the_comment() -> None:
    assert "机<!-- a -->密★5年" in markdown.markdown("机<!-- a --!>密★5年", extensions=["attr_list"])


@pytest.mark.parametrize("body", ["机<!-- a --!>密★5年\n", "<div>机<!-->密★5年</div>\n"])
def test_mark_split_by_an_oddly_closed_comment(site: Site, body: str) -> None:
    assert "SEC001" in _codes(site, body)


def test_phrase_split_by_an_oddly_closed_comment(site: Site) -> None:
    assert "AD002" in _codes(site, "到店即可扫<!-- a --!>码领取礼品。\n")


def test_control_a_well_closed_comment(site: Site) -> None:
    assert "SEC001" in _codes(site, "机<!-- a -->密★5年\n")


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("comment", ["<!-- a --!>", "<!-->"])
def test_rendered_page_number_split_by_an_oddly_closed_comment(read, comment: str) -> None:  # type: ignore[no-untyped-def]
    html = ('<html><body>\n<div data-gates-content>\n'
            f'<p>身份证号{ID[:4]}{comment}{ID[4:]}。</p>\n</div><!-- /data-gates-content -->\n</body></html>')
    assert [hit.digits for hit, _ in _scan(read("a.html", html)).numbers] == [ID]
