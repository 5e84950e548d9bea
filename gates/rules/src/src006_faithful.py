"""SRC006: a reprint's title and text stay close to the original in its source's feed (no 歪曲、篡改)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.src.feedfacts import FeedFacts


def finish(ctx: Context) -> Iterator[Finding]:
    policy = ctx.config.feed_policy
    for seen in ctx.state(FeedFacts).compared:
        problems = []
        if seen.title_ratio < policy.title_similarity:
            problems.append(f"标题与原文《{seen.original_title[:60]}》相似度 {seen.title_ratio:.0%} "
                            f"(低于 {policy.title_similarity:.0%})")
        if seen.text_ratio is not None and seen.text_ratio < policy.text_similarity:
            problems.append(f"正文与原文{seen.basis or ''}相似度 {seen.text_ratio:.0%} (低于 {policy.text_similarity:.0%})")
        if problems:
            yield RULE.on(seen.path, seen.line,
                          f"转载稿件与{seen.source}的原文 ({seen.url}) 差异过大：{'；'.join(problems)}。"
                          "转载不得歪曲、篡改原意，请对照原文改正")


RULE = Rule(
    code="SRC006",
    name="reprint-faithful",
    summary="转载稿件的标题和正文须与稿源订阅源 (RSS/Atom) 中的原文一致 (相似度阈值见 sources.yml verify)",
    article="3.4",
    why=("转载信息不得歪曲、篡改 (附件3 第四条)。gates sources verify 按 source.url 在稿源的订阅源中找到原文，"
         "比较标题；订阅源带全文时比较全文，只带摘要时比较摘要。"),
    example="转载页标题“全区优化营商环境大会召开”，原文标题“全市优化营商环境大会召开”，正文删改了大半。",
    fix="对照原文改正标题和正文；需要加编者按或删节的，如实注明“有删节”，并保持原意。",
    severity="error",
    stage="rescan",
    finish=finish,
)
