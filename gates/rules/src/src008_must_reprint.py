"""SRC008: items of a must_reprint source (important State Council and municipal policies) are reprinted in time."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.src.feedfacts import SOURCES_FILE, FeedFacts


def finish(ctx: Context) -> Iterator[Finding]:
    facts = ctx.state(FeedFacts)
    days = ctx.config.feed_policy.reprint_days
    for item in facts.unreprinted:
        draft = f"；{item.draft} 已在转载但尚未发布" if item.draft else ""
        if item.due < ctx.today:
            yield RULE.on(SOURCES_FILE, item.line,
                          f"{item.source} {item.published.isoformat()} 发布的《{item.title[:60]}》超过 {days} 天未转载 "
                          f"({item.link}){draft}")
        else:
            yield RULE.on(SOURCES_FILE, item.line,
                          f"{item.source} {item.published.isoformat()} 发布的《{item.title[:60]}》待转载，"
                          f"期限 {item.due.isoformat()} ({item.link}){draft}", severity="info")
    for note in facts.unverifiable:
        yield RULE.on(SOURCES_FILE, note.line, f"{note.source}：{note.reason}", severity="info")


RULE = Rule(
    code="SRC008",
    name="must-reprint",
    summary="must_reprint 稿源 (如国务院、市政府) 订阅源中的稿件须在 verify.reprint_days 天内转载",
    article="3.4",
    why="国务院和市政府的重要政策信息应及时转载 (附件3 第四条)；按订阅源逐条列出尚未转载的稿件。",
    example="重庆市人民政府订阅源 3 月 2 日发布的政策文件，3 月 20 日仍没有已发布的页面以它为 source.url。",
    fix="转载该稿件 (source: {type: reprint, name: 稿源名称, url: 原文网址}) 并完成审签发布。",
    severity="warning",
    stage="rescan",
    finish=finish,
)
