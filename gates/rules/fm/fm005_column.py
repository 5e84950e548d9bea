"""FM005: the column exists and matches the folder the page is in."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    folder = page.folder_column
    columns = ctx.config.columns
    if folder is not None and folder not in columns and page.parts[-1] == "index.md":
        yield RULE.at(page, 1, f"目录 content/{folder}/ 不是 columns.yml 中的栏目")
    if page.is_index:
        return
    column = page.meta.get("column")
    if folder is None:
        yield RULE.at(page, 1, "文章须放在栏目目录下：content/<栏目>/文件名.md")
        return
    if column is None:
        return  # FM003 reports the missing key
    if not isinstance(column, str) or column not in columns:
        named = [c.id for c in columns.values() if isinstance(column, str) and c.name == column.strip()]
        line = page.key_line("column")
        if named:
            yield RULE.at(page, line, f"column 须写栏目代码，不写栏目名称：“{column}”的代码是 {named[0]}，"
                                      f"请写成 column: {named[0]}")
            return
        known = "、".join(f"{c.id} ({c.name})" for c in columns.values())
        yield RULE.at(page, line, f"栏目 {column!r} 不在 site_config/columns.yml 中 (现有：{known})")
    elif column != folder:
        yield RULE.at(page, page.key_line("column"),
                      f"column: {column} 与所在目录 content/{folder}/ 不一致；请移动文件或改正 column")


RULE = Rule(
    code="FM005",
    name="column-matches-folder",
    summary="栏目须在 columns.yml 中，且与所在目录一致",
    article="3.5",
    why="栏目更新时限按栏目考核 (附件3 第五条)；页面放错栏目会让考核和导航都出错。",
    example="column: policies  (文件却在 content/news/ 中)",
    fix="column 写栏目代码 (如 news，不写“工作动态”)；把文件移到 content/<column>/ 下，或把 column 改成所在目录名。",
    check=check,
)
