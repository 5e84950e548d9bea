"""Red team 7: an unclosed `<!--` in prose swallows the rest of the page for SEC.

The reader view (detect/reader.py `_AT_LT`: `<!--.*?(?:-->|\\Z)`) takes a comment opening without a close as a
comment to the end of the text, and SEC reads only reader views. Python-Markdown (the build) does not: an inline
`<!--` without `-->` is escaped, `&lt;!--`, and everything after it is shown. One sentence that mentions the
characters `<!--` hides every ID number and 密级 mark below it from `gates check`.

The rendered side has the same hole: on a built page the text holds `&lt;!--`, which both region readers unescape
to `<!--`, and SEC's reader view again drops the rest of the region.

Input (Markdown body):
    请勿在正文中写 <!-- 这样的注释开头。
    <blank>
    身份证号11010519491231002X。
Secure behaviour: SEC002 on the ID number's line, as without the first sentence.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"
BODY = f"请勿在正文中写 <!-- 这样的注释开头。\n\n身份证号{ID}。\n"


def _render(body: str) -> str:
    return markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


def test_the_build_shows_the_number() -> None:
    html = _render(BODY)
    assert "&lt;!--" in html and f"<p>身份证号{ID}。</p>" in html


def test_an_unclosed_comment_opening_does_not_hide_the_rest_of_the_page(site: Site) -> None:
    site.page("content/news/a.md", body=BODY)
    assert [(f.code, f.line) for f in site.check() if f.code == "SEC002"] == [("SEC002", 10)]


def test_control_without_the_sentence_the_number_is_found(site: Site) -> None:
    site.page("content/news/a.md", body=f"请勿在正文中写注释。\n\n身份证号{ID}。\n")
    assert [(f.code, f.line) for f in site.check() if f.code == "SEC002"] == [("SEC002", 10)]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_a_rendered_page_with_the_escaped_opening_is_read_to_the_end(read) -> None:  # type: ignore[no-untyped-def]
    html = ('<html><head><title>通知</title></head><body>\n<div data-gates-content>\n'
            f'{_render(BODY)}\n</div><!-- /data-gates-content -->\n</body></html>')
    assert [hit.digits for hit, _ in _scan(read("a.html", html)).numbers] == [ID]
