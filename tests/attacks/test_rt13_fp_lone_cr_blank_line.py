"""Red team 13, false positive: a blank line made with a lone CR (`\\r\\r`, classic Mac line ends, or `\\n\\r`).
Python-Markdown reads every lone \\r as a line break, so `\\r\\r` is a blank line and the list, table or code block
after it a block of its own. soft_breaks reads a lone \\r as a line break too (red team 12), but splits blocks with
BLANK_LINE (`\\n[ \\t]*\\n`), which sees no blank line there: the list, table or code is taken to be part of the
paragraph before it (its first line is not a list item, a table header or indented), and the newlines between
items, rows or code lines are read as soft: their text is joined.

Inputs (Markdown body, written as bytes), and what Python-Markdown shows (all got SEC003):
    说明：\\r\\r- 张三1380013\\r- 8000\\r                         <p>说明：</p><ul><li>张三1380013</li><li>8000</li></ul>
    说明：\\r\\r姓名 | 电话\\r--- | ---\\r张三 | 1380013\\r8000 | 李四\\r   <p>说明：</p><table>…</table>
    说明：\\r\\r    张三1380013\\r    8000\\r                      <p>说明：</p><pre><code>张三1380013\\n8000
    说明：\\n\\r- 张三1380013\\n- 8000\\n                         <p>说明：</p><ul>…</ul>
Expected: no SEC, TERM or AD finding.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

HEAD = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"
BODIES = ["说明：\r\r- 张三1380013\r- 8000\r",
          "说明：\r\r姓名 | 电话\r--- | ---\r张三 | 1380013\r8000 | 李四\r",
          "说明：\r\r    张三1380013\r    8000\r",
          "说明：\n\r- 张三1380013\n- 8000\n"]


def _check(site: Site, body: str) -> list[str]:
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_bytes((HEAD + body).encode("utf-8"))
    return [f.code for f in site.check("content/news/a.md") if f.code[:2] in ("SE", "TE", "AD")]


@pytest.mark.parametrize("body", BODIES)
def test_lone_cr_blank_line(site: Site, body: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.startswith("<p>说明：</p>\n<") and "8000" in html
    assert _check(site, body) == []


@pytest.mark.parametrize("body", [b.replace("\r", "\n") for b in BODIES[:3]])
def test_control_with_newlines(site: Site, body: str) -> None:
    assert _check(site, body) == []


def test_control_lone_cr_paragraph_still_joins(site: Site) -> None:
    assert _check(site, "说明：\r\r联系人1380013\r8000\r") == ["SEC003"]
