"""LINK003: a link to another site that does not answer, answers with an error, or points inside a network."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for issue in ctx.state(RescanFacts).broken_external:
        yield RULE.on(issue.page.shown, issue.line, f"外部链接 {issue.href} 不可用：{issue.reason}")


RULE = Rule(
    code="LINK003",
    name="broken-external-link",
    summary="网站页面上的外部链接须能打开 (超时、出错或指向内网地址的链接需更正)",
    article="3.8",
    why=("外部网站改版或停办后链接随之失效，是“链接不可用”的主要来源；指向内网或本机地址的链接读者根本打不开。"
         "外部网站偶有一时不可达，故为警告，由复查专人核实后更正 (附件3 第八条)。"),
    example='<a href="http://www.example-bureau.gov.cn/old/notice.html">原文链接</a> (对方返回 404)',
    fix="打开链接核实；对方已改址的改为新地址，已撤除的删除链接或注明“原文已撤除”。",
    severity="warning",
    stage="rescan",
    finish=finish,
)
