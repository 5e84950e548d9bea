"""FM010: home and column index pages carry only a title."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if not page.is_index:
        return
    for key in page.meta:
        if key != "title":
            yield RULE.at(page, page.key_line(key), f"首页和栏目首页只写 title，{key} 不起作用；文章请另建文件")


RULE = Rule(
    code="FM010",
    name="index-page-title-only",
    summary="首页和栏目首页 (index.md) 只写 title",
    article="3.1",
    why="栏目首页不是信息发布，不走审签；写上发布要素会让人误以为它已审签 (附件3 第一条)。",
    example="status: published  (写在栏目首页 content/news/index.md 中)",
    fix="只保留 title；要发布的内容另建文章文件。",
    severity="warning",
    check=check,
)
