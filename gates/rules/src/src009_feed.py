"""SRC009: a configured feed that cannot be fetched or read: one finding per feed."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.src.feedfacts import SOURCES_FILE, FeedFacts

_WHAT = {"unreachable": "无法访问", "malformed": "格式错误，无法读取", "recovered": "格式不规范 (已尽量读取)"}


def finish(ctx: Context) -> Iterator[Finding]:
    for trouble in ctx.state(FeedFacts).troubles:
        message = f"{trouble.source}的订阅源 {trouble.url} {_WHAT[trouble.kind]}：{trouble.reason}"
        message += ("；读出的稿件可能不全" if trouble.kind == "recovered" else "；本次未能核对该稿源的转载稿件")
        yield RULE.on(SOURCES_FILE, trouble.line, message)


RULE = Rule(
    code="SRC009",
    name="feed-unreadable",
    summary="sources.yml 中配置的订阅源无法访问或格式错误 (每个订阅源一条)",
    article="3.4",
    why="订阅源读不到，转载稿件就无法与原文核对 (附件3 第四条)；无法访问是警告，不阻断发布。",
    example="feed: https://www.cq.gov.cn/rss.xml 超时，或返回 HTTP 500，或内容不是 RSS/Atom，或 XML 不完整。",
    fix="在浏览器中打开该地址确认；地址已变的，在 sources.yml 中改正 feed (由主要领导签名提交)。",
    severity="warning",
    stage="rescan",
    finish=finish,
)
