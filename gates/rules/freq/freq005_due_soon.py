"""FREQ005: early warning, a few days before a column goes stale or the site meets a site-level condition."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gates.domain.freshness import Condition, Table
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, collect, column_label, column_line, home_path, table


def finish(ctx: Context) -> Iterator[Finding]:
    found = table(ctx)
    if found is None:
        return
    for row in found.rows:
        if row.status == "due" and row.last is not None and row.days_left is not None:
            by = row.last + dt.timedelta(days=row.pace)
            yield RULE.on(COLUMNS_FILE, column_line(ctx, row.id),
                          f"{column_label(ctx, row.id)}{_left(row.days_left)}到期 (更新周期 {row.pace} 天，"
                          f"最近 {row.last.isoformat()})：请在 {by.isoformat()} 前 (含当天) 发布新内容")
    condition = _next(found)
    if condition is not None and condition.days_left is not None:
        yield RULE.on(home_path(ctx) if condition.key == "home" else COLUMNS_FILE, 1,
                      f"站点{_left(condition.days_left)}触发国家检查的单项否决：{condition.label}"
                      f"{_count(condition)}")


def _next(found: Table) -> Condition | None:
    """The site-level condition that would be met first, when that is within the warning days."""
    if found.met or found.days_left is None or found.days_left > found.pace.warn_days:
        return None
    return min((c for c in found.conditions if c.days_left is not None), key=lambda c: c.days_left or 0)


def _left(days: int) -> str:
    return "今天是最后一天，明天" if days == 0 else f"还有 {days} 天，之后"


def _count(condition: Condition) -> str:
    if condition.limit <= 1:
        return ""
    return f" (现为 {condition.count} 个，达到 {condition.limit} 个即否决)"


RULE = Rule(
    code="FREQ005",
    name="due-soon",
    summary="提前预警：栏目再过几天 (默认 3 天) 就超期，或站点即将触发单项否决",
    article="3.5",
    why=("更新及时，防止重大信息缺失、滞后 (附件3 第五条)：在检查者发现之前提醒编辑。"
         "预警天数在 columns.yml 的 warn_days 中设置 (默认 3)。"),
    example="栏目 news (update_days: 14) 最近一篇已发布页面的日期在 11 天前：还有 3 天到期",
    fix="在到期日之前在该栏目发布新的信息。",
    severity="warning",
    check=collect,
    finish=finish,
)
