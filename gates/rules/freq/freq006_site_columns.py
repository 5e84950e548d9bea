"""FREQ006: the site-level column conditions of the national check (stale and blank columns counted)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, collect, column_label, table

KEYS = ("news_policy", "stale", "blank")


def finish(ctx: Context) -> Iterator[Finding]:
    found = table(ctx)
    if found is None:
        return
    for condition in found.conditions:
        if condition.key in KEYS and condition.met:
            names = "、".join(column_label(ctx, c) for c in condition.columns)
            yield RULE.on(COLUMNS_FILE, 1,
                          f"站点触发国家检查的单项否决：{condition.label} {condition.count} 个，"
                          f"达到 {condition.limit} 个即否决 ({names})", severity=ctx.site_level)


RULE = Rule(
    code="FREQ006",
    name="site-stale-columns",
    summary=("站点级：超期未更新或空白的栏目达到国家检查的否决数 (gates check 中为警告，"
             "gates freshness 和 rescan 中为错误)"),
    article="3.5",
    why=("政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号) 对整个网站单项否决：动态要闻类超过 2 周、通知公告和"
         "政策文件类超过 6 个月未更新的栏目合计 5 个以上；任意类型超期未更新的栏目 (其他类 1 年) 10 个以上；"
         "空白栏目 5 个以上。附件3 第五条要求更新不低于最低时限。"),
    example="5 个动态要闻类栏目都已超过 14 天未更新",
    fix="尽快在超期和空白栏目发布信息；长期无法更新的栏目按附件3 第五条优化归并或删除 (FREQ009 会提出建议)。",
    severity="warning",
    check=collect,
    finish=finish,
)
