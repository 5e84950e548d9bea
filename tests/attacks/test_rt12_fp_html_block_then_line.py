"""Red team 12, false positive: a line of raw HTML (an HTML block: <p>, <div>, <table>, <h3>…) followed by a line
of text with no blank line between. Python-Markdown ends the HTML block at its line and makes the next line a
paragraph of its own, so the reader sees two blocks; soft_breaks reads the newline between them as a soft break
and joins the element's last characters with the paragraph's first (the closing tag is read as nothing). A
landline-and-extension or an office name over a mark-like line then reads as a mobile number or a 密级 mark.

Inputs (Markdown body) and Python-Markdown's HTML:
    <p>联系人1380013</p>\\n8000                 <p>联系人1380013</p>\\n<p>8000</p>           SEC003
    <div align="center">联系人1380013</div>\\n8000                                      SEC003
    <table><tr><td>联系人1380013</td></tr></table>\\n8000                              SEC003
    <h3>联系人1380013</h3>\\n8000                                                       SEC003
    <div>机</div>\\n密★1年                       <div>机</div>\\n<p>密★1年</p>               a mark finding
Expected: no SEC, TERM or AD finding (nothing a reader sees joins).
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = ["<p>联系人1380013</p>\n8000\n",
          "<div align=\"center\">联系人1380013</div>\n8000\n",
          "<table><tr><td>联系人1380013</td></tr></table>\n8000\n",
          "<h3>联系人1380013</h3>\n8000\n",
          "<div>机</div>\n密★1年\n"]


@pytest.mark.parametrize("body", BODIES)
def test_html_block_then_a_line(site: Site, body: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.endswith("</p>") and html.count("\n") == 1  # two blocks
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []


@pytest.mark.parametrize("body", ["<p>联系人1380013</p>\n\n8000\n", "<div>机</div>\n\n密★1年\n"])
def test_control_with_a_blank_line(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []
