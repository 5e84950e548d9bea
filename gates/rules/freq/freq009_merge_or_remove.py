"""FREQ009: a column late in each of its last N update periods should be merged or removed."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, collect, column_label, column_line, table


def finish(ctx: Context) -> Iterator[Finding]:
    found = table(ctx)
    if found is None:
        return
    periods = found.pace.missed_periods
    for row in found.rows:
        # A blank column is FREQ004's: it may be new, and publishing in it is the first thing to try.
        if row.status == "blank" or row.missed < periods:
            continue
        yield RULE.on(COLUMNS_FILE, column_line(ctx, row.id),
                      f"{column_label(ctx, row.id)}在最近 {periods} 个更新周期 (每期 {row.pace} 天) 中每期都有超期未更新："
                      "建议优化归并到相近栏目；归并后仍无法达标的，予以删除")


RULE = Rule(
    code="FREQ009",
    name="merge-or-remove",
    summary="栏目连续多个更新周期 (默认 3 个) 都未按时更新：建议优化归并或删除",
    article="3.5",
    why=("确实无法达到更新要求的栏目，应优化归并，仍无法达标的应予以删除 (附件3 第五条)。"
         "周期数在 columns.yml 的 missed_periods 中设置 (默认 3)。"),
    example="栏目 news (update_days: 14) 在最近 3 个 14 天的周期里每期都有超过 14 天没有新页面的时候",
    fix="与主管部门商定把该栏目并入相近栏目 (修改 columns.yml 并迁移页面)，或撤销该栏目；能保证更新的，保持发布节奏。",
    severity="warning",
    check=collect,
    finish=finish,
)
