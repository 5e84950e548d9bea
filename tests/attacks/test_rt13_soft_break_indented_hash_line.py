"""Red team 13: soft_breaks reads a newline as hard when the line before (or after) it starts with `#` after any
number of spaces, as if it were an ATX heading. Python-Markdown's heading needs the `#` in the line's first column
(HashHeaderProcessor: `(?:^|\\n)#{1,6}`): ` # 说明` (one leading space) is plain paragraph text, and the next line
continues that paragraph. So a number, mark or wording split after such a line is shown joined, yet passes.

The page file is written by hand: the leading space matters (site.page dedents).

Inputs (Markdown body), and what Python-Markdown shows:
    ␠# 联系人1380013\\n8000         <p># 联系人1380013\\n8000</p>          expected SEC003
    ␠# 说明：机\\n密★1年            <p># 说明：机\\n密★1年</p>             expected SEC001
    ␠# 据悉，台湾\\n政府发布公告。    <p># 据悉，台湾\\n政府发布公告。</p>     expected TERM001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

CASES = [(" # 联系人1380013\n8000\n", "SEC003"),
         (" # 说明：机\n密★1年\n", "SEC001"),
         (" # 据悉，台湾\n政府发布公告。\n", "TERM001")]

HEAD = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"


@pytest.mark.parametrize(("body", "code"), CASES)
def test_hash_line_with_a_leading_space(site: Site, body: str, code: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.startswith("<p>#") and "<h" not in html and "\n" in html
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_text(HEAD + body, encoding="utf-8")
    assert code in [f.code for f in site.check("content/news/a.md")]


@pytest.mark.parametrize(("body", "code"), [("说明 联系人1380013\n8000\n", "SEC003"), ("说明：机\n密★1年\n", "SEC001")])
def test_control_plain_line(site: Site, body: str, code: str) -> None:
    (site.root / "content/news").mkdir(parents=True, exist_ok=True)
    (site.root / "content/news/a.md").write_text(HEAD + body, encoding="utf-8")
    assert code in [f.code for f in site.check("content/news/a.md")]
