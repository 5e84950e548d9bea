"""LINK002: a link to a place on a page (#anchor) where the page has no such place."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for issue in ctx.state(RescanFacts).broken_anchors:
        yield RULE.on(issue.page.shown, issue.line, f"页内位置链接 {issue.href} 无效：{issue.reason}")


RULE = Rule(
    code="LINK002",
    name="broken-anchor",
    summary="指向页面某一位置 (#锚点) 的链接，目标页面须有该位置",
    article="3.8",
    why="读者点开后停在页首而找不到所指内容，等同链接失效；标题改写后锚点常随之失效 (附件3 第八条 复查更正)。",
    example='<a href="../2024-05-06-tongzhi/#附件">附件</a> (目标页面没有 id="附件" 的位置)',
    fix="把 # 后的部分改为目标页面现有标题的锚点 (在浏览器中点击该标题旁的链接可看到)，或去掉 # 部分。",
    severity="error",
    stage="rescan",
    finish=finish,
)
