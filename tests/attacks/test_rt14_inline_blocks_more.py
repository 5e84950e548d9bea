"""Blocks a style sheet lays out in a line (red team 14's gap 3), beyond its two cases: Markdown's own blocks
(paragraphs, headings, list items, quotes) joined by `display: inline`, `display: flex` on a parent or a float; and
the style sheets that keep blocks apart (a responsive table's `display: block`, padding, colours) join nothing."""

from __future__ import annotations

import pytest

from tests.conftest import Site


def sheet(css: str) -> str:
    return f"<style>\n{css}\n</style>\n\n"


@pytest.mark.parametrize(("body", "code"), [
    (sheet("p { display: inline; }") + "联系电话1380013\n\n8000\n", "SEC003"),
    (sheet("h2, p { display: inline-block; }") + "联系电话1380013\n\n## 8000\n", "SEC003"),
    (sheet("li { display: inline; }") + "- 联系电话1380013\n- 8000\n", "SEC003"),
    (sheet(".row { display: flex; }") + '<div class="row"><div>机</div><div>密★1年</div></div>\n', "SEC001"),
    (sheet("p { float: left; }") + "扫码\n\n领取礼品\n", "AD002"),
    (sheet("blockquote, p { display: contents; }") + "台湾\n\n> 总统选举\n", "TERM001"),
])
def test_blocks_in_a_line_join(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("css", ["", "table { display: block; overflow-x: auto; }", "td { padding: 4px; }",
                                 "p { color: gray; display: block }", "img { float: none }"])
def test_control_blocks_kept_apart(site: Site, css: str) -> None:
    # two landlines in two paragraphs, and 扫码 / 领取 in two: joined they would be a bank card and a promotion
    body = (sheet(css) if css else "") + "区政府办公室62751234\n\n62751236\n\n请扫码\n\n领取号码牌后排队\n"
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code[:3] in ("SEC", "AD0")] == []
