"""LINK004: an article page on the site that shows no publication date (no PubDate)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for place, line in ctx.state(RescanFacts).undated:
        yield RULE.on(place.shown, line, "文章页没有发布日期 (PubDate 元数据为空或缺失)：检查和读者都无法判断信息是否及时")


RULE = Rule(
    code="LINK004",
    name="page-without-date",
    summary="网站上的每篇文章页须带发布日期 (PubDate)",
    article="3.5",
    why=("没有发布日期的信息在检查中计为“未更新”，栏目可能因此被判为不更新 (附件3 第五条)；"
         "国家监测按 PubDate 元数据读取日期。"),
    example='<meta name="ArticleTitle" content="关于开展冬季安全生产检查的通知"> 但没有 <meta name="PubDate" ...>',
    fix="在页面头信息写上 date (发布日期) 并经审签后重新构建发布；若页面是手工放到服务器上的，按 PUB002 处理。",
    severity="error",
    stage="rescan",
    finish=finish,
)
