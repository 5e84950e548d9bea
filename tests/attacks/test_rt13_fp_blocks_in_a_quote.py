"""Red team 13, false positive: a list, an indented code block or a table inside a block quote. soft_breaks decides
"a list", "code" and "a table" from the block's first line as written, `> ` and all: `> - 张三…` is not seen as
a list item (_LIST_ITEM allows no `>`), `>     code` has no indent before its `>`, and `> 姓名 | 电话` / `> --- | ---`
is not a header and delimiter row. So the newline between two items, two code lines or two (pipe-less) table rows
is read as soft and their text joined. Python-Markdown strips the `>` and makes a real list, <pre> or table inside
the quote: nothing joins.

Inputs (Markdown body), and what Python-Markdown shows (all got SEC003):
    > - 张三1380013\\n> - 8000                       <blockquote><ul><li>张三1380013</li><li>8000</li></ul>
    >     张三1380013\\n>     8000                    <blockquote><pre><code>张三1380013\\n8000\\n</code></pre>
    > 姓名 | 电话\\n> --- | ---\\n> 张三 | 1380013\\n> 8000 | 李四     <blockquote><table>… rows …</table>
Expected: no SEC, TERM or AD finding.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = ["> - 张三1380013\n> - 8000\n",
          ">     张三1380013\n>     8000\n",
          "> 姓名 | 电话\n> --- | ---\n> 张三 | 1380013\n> 8000 | 李四\n"]

HEAD = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"


@pytest.mark.parametrize("body", BODIES)
def test_block_inside_a_quote(site: Site, body: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.startswith("<blockquote>\n<") and not html.startswith("<blockquote>\n<p>")
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_text(HEAD + body, encoding="utf-8")
    assert [f.code for f in site.check("content/news/a.md") if f.code[:2] in ("SE", "TE", "AD")] == []


@pytest.mark.parametrize("body", ["- 张三1380013\n- 8000\n", "    张三1380013\n    8000\n",
                                  "姓名 | 电话\n--- | ---\n张三 | 1380013\n8000 | 李四\n"])
def test_control_same_blocks_outside_a_quote(site: Site, body: str) -> None:
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_text(HEAD + body, encoding="utf-8")
    assert [f.code for f in site.check("content/news/a.md") if f.code[:2] in ("SE", "TE", "AD")] == []
