"""LINK001: a link inside the site leads nowhere (a missing page or file, an error, a redirect loop)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for issue in ctx.state(RescanFacts).broken_links:
        yield RULE.on(issue.page.shown, issue.line, f"站内链接 {issue.href} 无法打开：{issue.reason}")


RULE = Rule(
    code="LINK001",
    name="broken-internal-link",
    summary="网站页面上的站内链接须能打开 (页面、附件、图片、样式都在)",
    article="3.8",
    why=("“链接不可用”是政府网站检查的扣分项；页面在服务器上被改名、删除或发布不全时，"
         "发布前的检查看不到，只有定期复查能发现并及时更正 (附件3 第八条)。"),
    example='<a href="../2024-05-06-tongzhi/">关于开展冬季安全生产检查的通知</a> (该页已不在网站上)',
    fix="把链接改为现有页面的地址，或恢复被误删的页面；重新构建并发布网站后再复查。",
    severity="error",
    stage="rescan",
    finish=finish,
)
