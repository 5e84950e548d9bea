"""SRC007: a reprint whose original is not (or no longer) in its source's feed cannot be compared."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.src.feedfacts import FeedFacts


def finish(ctx: Context) -> Iterator[Finding]:
    for item in ctx.state(FeedFacts).not_in_feed:
        when = "已不在" if item.seen_before else "不在"
        yield RULE.on(item.path, item.line,
                      f"原文 {item.url} {when}{item.source}的订阅源中，无法自动核对转载内容"
                      "（订阅源通常只保留最近的稿件）；如网址写错了，请改正 source.url")


RULE = Rule(
    code="SRC007",
    name="original-not-in-feed",
    summary="转载稿件的原文不在稿源订阅源中时提示一次 (无法自动核对)",
    article="3.4",
    why="订阅源只保留最近的稿件，较早转载的原文会滚出订阅源；提示一次，让编辑知道这篇没有经过自动核对 (附件3 第四条)。",
    example="source.url 指向稿源三个月前的稿件，订阅源只保留最近 20 条。",
    fix="无需处理；如是新近转载却找不到原文，检查 source.url 是否与原文网址一致。",
    severity="info",
    stage="rescan",
    finish=finish,
)
