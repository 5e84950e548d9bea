"""Red team 12, false positive: an indented code block read as a paragraph. _block_facts takes a block that
starts with four spaces for code unless the block before it is a list item or "starts with a space or a tab".
But a paragraph indented by one to three spaces (common when text is pasted) is a plain paragraph, and the
indented block after it is code in Python-Markdown (<pre><code>, newlines kept); and inside a list item, a block
indented by eight spaces is the item's code block. Both were read as one paragraph whose lines join.

Inputs (Markdown body) and Python-Markdown's HTML:
    " 各单位号码：\\n\\n    1380013\\n    8000\\n"
        <p>各单位号码：</p>\\n<pre><code>1380013\\n8000\\n</code></pre>             SEC003
    "* 办公室\\n\\n        1380013\\n        8000\\n"
        <ul>\\n<li>办公室<pre><code>1380013\\n8000\\n</code></pre>\\n</li>\\n</ul>   SEC003
Expected: no SEC, TERM or AD finding.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = [" 各单位号码：\n\n    1380013\n    8000\n", "* 办公室\n\n        1380013\n        8000\n"]


@pytest.mark.parametrize("body", BODIES)
def test_indented_code_block_lines_stay_apart(site: Site, body: str) -> None:
    assert "<pre><code>1380013\n8000\n</code></pre>" in markdown.markdown(body, extensions=["tables", "attr_list",
                                                                                              "toc"])
    site.page("content/news/a.md", body="正文。\n")
    page = site.root / "content/news/a.md"  # the body exactly as given: site.page dedents what it is handed
    page.write_text(page.read_text(encoding="utf-8").replace("正文。\n", body), encoding="utf-8")
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []


def test_control_code_after_an_unindented_paragraph(site: Site) -> None:
    site.page("content/news/a.md", body="各单位号码：\n\n    1380013\n    8000\n")
    assert [f.code for f in site.check() if f.code[:2] in ("SE", "TE", "AD")] == []
