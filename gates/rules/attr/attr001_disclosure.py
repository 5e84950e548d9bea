"""ATTR001: every article states its disclosure attribute (公开属性), with an allowed value."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index:
        return
    value = page.meta.get("disclosure")
    if value is None or value == "":
        yield RULE.at(page, 1, "缺少 disclosure (公开属性)：须写 主动公开、依申请公开 或 不予公开")
    elif page.disclosure is None:
        yield RULE.at(page, page.key_line("disclosure"),
                      f"公开属性 {value!r} 无效：须为 主动公开、依申请公开 或 不予公开")


RULE = Rule(
    code="ATTR001",
    name="disclosure-present",
    summary="文章须标明公开属性：主动公开、依申请公开或不予公开",
    article="1.4",
    why="拟制公文时要明确公开属性，未标识公开属性的应退回重新办理 (附件1 第四条)。",
    example="---\ntitle: 关于印发某制度的通知\ncolumn: notices\nunit: qzfb\nstatus: draft\n---  (没有 disclosure)",
    fix="加上 disclosure: 主动公开 (或 依申请公开、不予公开，后两者须写 disclosure_reason)。",
    check=check,
)
