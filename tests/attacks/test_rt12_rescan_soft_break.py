"""Red team 12: red team 11's soft line break, re-scanned. `gates check` now reads `联系人手机1380013\\n8000。`
as a browser shows it (1380013 8000, SEC003). But the built page keeps the newline inside the <p> (Python-Markdown
copies the paragraph's lines as they are), and `gates rescan` reads a rendered page without soft line breaks
(wording.py: "a rendered page's text writes a block's edge as a newline: its soft line breaks cannot be told
apart"; the SEC scan likewise). The HTML readers do tell them apart: a newline inside a text node of a <p> is
whitespace, a block's edge is a tag. So the same page passes a re-scan of the built site, and an edit to the built
HTML (or a hand-made page) can split any number so.

Input: the built region of the Markdown body `联系人手机1380013\\n8000。`:
    <p>联系人手机1380013\\n8000。</p>          secure: a mobile number from both region readers
(the same with full-width digits, which Firefox joins without a space).
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("body", ["联系人手机1380013\n8000。\n",
                                  "联系人手机\uff11\uff13\uff18\uff10\uff10\uff11\uff13\n\uff18\uff10\uff10\uff10。\n"])
def test_rescan_reads_a_soft_line_break(read, body: str) -> None:  # type: ignore[no-untyped-def]
    region = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert region.startswith("<p>") and "\n" in region
    assert [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers] == ["mobile"]


@pytest.mark.parametrize("read", READERS)
def test_control_with_a_space(read) -> None:  # type: ignore[no-untyped-def]
    assert [h.kind for h, _ in _scan(read("a.html", PAGE.format(x="<p>联系人手机1380013 8000。</p>"))).numbers] \
        == ["mobile"]
