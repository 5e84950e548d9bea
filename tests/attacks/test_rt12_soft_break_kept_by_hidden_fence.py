"""Red team 12: soft_breaks keeps every newline after a line that opens a fence (``` or ~~~ at a line's start)
up to its closing fence, or to the end of the text when none closes it, and every newline inside <pre>,
<textarea>, <script>… up to its end tag or the end of the text. But the site's Markdown has no fenced_code
extension (mkdocs.yml: tables, attr_list, toc), and the regexes do not care where the opener stands: inside an
HTML comment (which the reader never sees) or an inline code span. One invisible comment before a paragraph
turns off the soft-line-break reading for the rest of the page, and `1380013\\n8000` (shown as
`1380013 8000`, SEC003 on one line) passes.

Inputs (Markdown body), Python-Markdown shows `联系人手机1380013 8000。` in a <p> for each:
    <!--\\n~~~\\n-->\\n\\n联系人手机1380013\\n8000。           secure: SEC003
    <!-- <pre> -->\\n\\n联系人手机1380013\\n8000。            secure: SEC003
    ```x```\\n联系人手机1380013\\n8000。                     secure: SEC003 (``` is an inline code span)
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = ["<!--\n~~~\n-->\n\n联系人手机1380013\n8000。\n",
          "<!-- <pre> -->\n\n联系人手机1380013\n8000。\n",
          "<!-- <textarea> -->\n\n联系人手机1380013\n8000。\n",
          "```x```\n联系人手机1380013\n8000。\n"]


@pytest.mark.parametrize("body", BODIES)
def test_hidden_opener_keeps_the_rest_of_the_page_hard(site: Site, body: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "<p>联系人手机1380013\n8000。</p>" in html or "联系人手机1380013\n8000。</p>" in html
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]


def test_control_without_the_opener(site: Site) -> None:
    site.page("content/news/a.md", body="<!-- 注释 -->\n\n联系人手机1380013\n8000。\n")
    assert "SEC003" in [f.code for f in site.check()]
