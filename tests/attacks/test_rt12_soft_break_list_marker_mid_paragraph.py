"""Red team 12: soft_breaks reads a newline as hard when the next line looks like a list item (`- x`, `2. x`,
and even `8000.` or `8000)` at the end of a line). But Python-Markdown starts a list only at the start of a
block: a list marker on a paragraph's second line is text, and the newline before it is a soft break shown as
a space. `联系人手机1380013\\n- 8000` shows `联系人手机1380013 - 8000`, which on one line is SEC003; `8000.`
is not even a list item (a marker needs a space after it).

Inputs (Markdown body):
    联系人手机1380013\\n8000.          shown 联系人手机1380013 8000.        secure: SEC003
    联系人手机1380013\\n8000)          shown 联系人手机1380013 8000)        secure: SEC003
    联系人手机1380013\\n- 8000         shown 联系人手机1380013 - 8000       secure: SEC003
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = ["联系人手机1380013\n8000.\n", "联系人手机1380013\n8000)\n", "联系人手机1380013\n- 8000\n"]


@pytest.mark.parametrize("body", BODIES)
def test_list_marker_inside_a_paragraph(site: Site, body: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.startswith("<p>") and html.count("<p>") == 1 and "<li>" not in html
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]


@pytest.mark.parametrize("body", ["联系人手机1380013 8000.\n", "联系人手机1380013 - 8000\n"])
def test_control_on_one_line(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC003" in [f.code for f in site.check()]
