"""Red team 12: _block_facts calls a block a table (every newline hard) when it holds a `|` and any line that
looks like a delimiter row (`-|-`, `:--`, even a lone `-` elsewhere). Python-Markdown's tables extension makes a
table only when the block's first line is the header and its second the delimiter row; otherwise the whole
block is one paragraph and its newlines are soft. A stray `-|-` line at the end of a paragraph turns the
soft-break reading off for it.

Input (Markdown body): 联系人手机1380013\\n8000\\n-|-
Python-Markdown: <p>联系人手机1380013\\n8000\\n-|-</p>, shown `联系人手机1380013 8000 -|-`. Secure: SEC003.
"""

from __future__ import annotations

import markdown

from tests.conftest import Site

BODY = "联系人手机1380013\n8000\n-|-\n"


def test_stray_delimiter_row_makes_a_paragraph_a_table(site: Site) -> None:
    assert markdown.markdown(BODY, extensions=["tables", "attr_list", "toc"]) == "<p>联系人手机1380013\n8000\n-|-</p>"
    site.page("content/news/a.md", body=BODY)
    assert "SEC003" in [f.code for f in site.check()]


def test_control_without_the_row(site: Site) -> None:
    site.page("content/news/a.md", body="联系人手机1380013\n8000\n")
    assert "SEC003" in [f.code for f in site.check()]
