"""Red team 13: a re-scan reads a rendered page's text with soft_breaks, the Markdown rules. A block's edge is
written as a blank line (EDGE), so text that starts on a new line indented by four spaces after a block's start
tag (pretty-printed raw HTML, as editors paste it, or any hand edit of a built page) is taken for an indented
code block and its newlines read as hard. A browser collapses that whitespace: `<div>\\n    联系人1380013\\n
8000\\n</div>` shows 联系人1380013 8000, and `gates check` of the same Markdown finds it (SEC003 / SEC001); the
re-scan of the built page does not. Likewise a paragraph whose third line is `===` (Python-Markdown keeps it in
the paragraph: <p>联系人1380013\\n8000\\n===</p>).

Inputs (the built region, both region readers):
    <div>\\n    联系人1380013\\n    8000\\n</div>         expected: a mobile number
    <div>\\n    说明：机\\n    密★1年\\n</div>             expected: a mark (机密★1年)
    <p>联系人1380013\\n8000\\n===</p>                    expected: a mobile number
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("region", ["<div>\n    联系人1380013\n    8000\n</div>", "<p>联系人1380013\n8000\n===</p>"])
def test_rescan_number_on_indented_lines(read, region: str) -> None:  # type: ignore[no-untyped-def]
    assert [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers] == ["mobile"]


@pytest.mark.parametrize("read", READERS)
def test_rescan_mark_on_indented_lines(read) -> None:  # type: ignore[no-untyped-def]
    scan = _scan(read("a.html", PAGE.format(x="<div>\n    说明：机\n    密★1年\n</div>")))
    assert [m.text for m, _ in scan.marks] == ["机密★1年"]


@pytest.mark.parametrize("read", READERS)
def test_control_not_indented(read) -> None:  # type: ignore[no-untyped-def]
    assert [h.kind for h, _ in _scan(read("a.html", PAGE.format(x="<div>\n联系人1380013\n8000\n</div>"))).numbers] \
        == ["mobile"]
    scan = _scan(read("a.html", PAGE.format(x="<div>\n    说明：机密★1年\n</div>")))
    assert [m.text for m, _ in scan.marks] == ["机密★1年"]
