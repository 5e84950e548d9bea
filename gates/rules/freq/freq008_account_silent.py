"""FREQ008: each new-media account posts at least every 14 days."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.freshness import ACCOUNT_WINDOW
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, collect, column_label, column_line, table


def finish(ctx: Context) -> Iterator[Finding]:
    found = table(ctx)
    if found is None:
        return
    for row in found.rows:
        if not row.is_account or row.id not in found.condition("newmedia").columns:
            continue
        name = column_label(ctx, row.id)
        if row.last is None:
            message = f"{name}没有任何带发布日期的已发布内容"
        else:
            source = "，来自订阅源" if row.last_from_feed else ""
            message = (f"{name}已 {row.days_since} 天未更新 (最近 {row.last.isoformat()}{source})，"
                       f"超过 {ACCOUNT_WINDOW} 天即单项否决")
        yield RULE.on(COLUMNS_FILE, column_line(ctx, row.id), message, severity=ctx.site_level)


RULE = Rule(
    code="FREQ008",
    name="account-silent",
    summary="站点级：政务新媒体账号超过 14 天未更新 (gates check 中为警告，gates freshness 和 rescan 中为错误)",
    article="3.5",
    why=("政务新媒体超过 2 周未更新是国家检查的单项否决 (国办秘函〔2019〕19号；附件3 第五条)。账号的更新是其新媒体"
         "栏目的页面、channel 为该账号的页面，以及 (gates freshness 和 rescan 中) 该账号订阅源中的最新文章。"),
    example="columns.yml 中的 wechat (kind: newmedia) 最近一篇已发布内容在 15 天前",
    fix="在该账号发布新内容，并在 content/ 中记录 (该栏目的页面，或 channel 写该账号的页面)；账号已停用的，按规定注销并从 columns.yml 删除。",
    severity="warning",
    check=collect,
    finish=finish,
)
