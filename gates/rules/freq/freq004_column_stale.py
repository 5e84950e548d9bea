"""FREQ004: a column (or new-media account) past its own update_days, or blank."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.freshness import ColumnRow
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, collect, column_label, column_line, table


def finish(ctx: Context) -> Iterator[Finding]:
    found = table(ctx)
    if found is None:
        return
    for row in found.rows:
        message = _message(ctx, row)
        if message:
            yield RULE.on(COLUMNS_FILE, column_line(ctx, row.id), message)


def _message(ctx: Context, row: ColumnRow) -> str | None:
    name = column_label(ctx, row.id)
    if row.status == "blank":
        return f"{name}是空白栏目：没有已发布的主动公开页面"
    if row.status != "stale":
        return None
    if row.last is None:
        return f"{name}的 {row.published} 个已发布页面都没有发布日期 (或日期在今天之后)，视为未更新"
    source = "，来自订阅源" if row.last_from_feed else ""
    return (f"{name}已 {row.days_since} 天未更新 (最近 {row.last.isoformat()}{source})，"
            f"超过其更新周期 {row.pace} 天")


RULE = Rule(
    code="FREQ004",
    name="column-stale",
    summary="栏目超过自身更新周期 (update_days) 未更新，或为空白栏目",
    article="3.5",
    why=("网站和政务新媒体的更新频率不得低于栏目最低更新时限 (附件3 第五条)；只有已发布的主动公开页面算作更新，"
         "没有发布日期的页面视为未更新。单个栏目超期是警告：发布新内容正是改正的办法，不应阻止该次合并。"),
    example="栏目 news (update_days: 14) 最近一篇已发布页面的日期在 15 天前",
    fix="在该栏目发布新的信息；确实无法按周期更新的栏目，按附件3 第五条优化归并，仍无法达标的予以删除。",
    severity="warning",
    check=collect,
    finish=finish,
)
