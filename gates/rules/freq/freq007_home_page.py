"""FREQ007: the home page shows something new at least every 14 days."""

from __future__ import annotations

from collections.abc import Iterator

from gates.config import HOME_UPDATE_DAYS
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import collect, home_path, table


def finish(ctx: Context) -> Iterator[Finding]:
    found = table(ctx)
    if found is None or not found.condition("home").met:
        return
    home = found.home
    if home.last is None:
        message = "首页所列栏目中没有任何带发布日期的已发布页面：首页没有新内容"
    else:
        message = (f"首页已 {home.days_since} 天没有新内容 (最近 {home.last.isoformat()})，"
                   f"超过 {HOME_UPDATE_DAYS} 天即单项否决")
    yield RULE.on(home_path(ctx), 1, message, severity=ctx.site_level)


RULE = Rule(
    code="FREQ007",
    name="home-page-stale",
    summary="站点级：首页超过 14 天没有新内容 (gates check 中为警告，gates freshness 和 rescan 中为错误)",
    article="3.5",
    why=("首页超过 2 周没有新内容是国家检查的单项否决 (国办秘函〔2019〕19号)。首页的新内容是它所列各栏目中"
         "最新的已发布主动公开页面 (附件3 第五条)。"),
    example="首页所列各栏目中最新的已发布页面是 15 天前发布的",
    fix="在首页所列的栏目 (如工作动态) 发布新的信息。",
    severity="warning",
    check=collect,
    finish=finish,
)
