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
    # No one signs an index page, so nothing of its own may reach readers: its body would be unapproved text
    # on the site. The build renders only the generated listing; a body here is an error, not a decoration.
    if page.body.strip():
        line = page.body_line_of(len(page.body) - len(page.body.lstrip()))
        yield RULE.at(page, line, "首页和栏目首页由系统生成，不能有正文 (不经审签的文字不能上网)；要发布的内容请另建文章",
                      severity="error")
    column = ctx.config.columns.get(page.folder_column or "")
    title = page.meta.get("title")
    if column is not None and page.parts[-2] == column.id and title is not None and title != column.name:
        yield RULE.at(page, page.key_line("title"), f"栏目首页的 title 应为 columns.yml 中的栏目名称“{column.name}”",
                      severity="error")


RULE = Rule(
    code="FM010",
    name="index-page-title-only",
    summary="首页和栏目首页 (index.md) 只写 title，不写正文；栏目首页的标题与 columns.yml 一致",
    article="3.1",
    why="栏目首页不是信息发布，不走审签；写上发布要素会让人误以为它已审签 (附件3 第一条)。",
    example="status: published  (写在栏目首页 content/news/index.md 中)",
    fix="只保留 title；要发布的内容另建文章文件。",
    severity="warning",
    check=check,
)
