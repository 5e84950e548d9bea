"""LINK005: a feed configured in site_config/ (a new-media account, a reprint source) cannot be read."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for issue in ctx.state(RescanFacts).feeds:
        yield RULE.on("site_config", 1, f"{issue.owner} 的订阅源 {issue.url} 无法读取：{issue.reason}")


RULE = Rule(
    code="LINK005",
    name="feed-unreachable",
    summary="site_config 中配置的订阅源 (政务新媒体账号、转载稿源) 须能读取",
    article="3.8",
    why=("复查要核对政务新媒体是否按时更新、转载是否与原文一致，都要读取这些订阅源；"
         "读不到时这些复查无从进行，需有人核实地址是否已变 (附件3 第五、八条)。"),
    example="columns.yml: {id: wechat, ..., feed: \"https://mp.example.gov.cn/rss.xml\"} (返回 404)",
    fix="核实账号或稿源的订阅地址，改正 site_config/ 中的 feed (配置变更须主要领导签名)。",
    severity="warning",
    stage="rescan",
    finish=finish,
)
