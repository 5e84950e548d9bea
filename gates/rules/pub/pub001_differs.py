"""PUB001: a file on the site is not what the gated build produced from the approved source."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for d in ctx.state(RescanFacts).differing:
        origin = f"审定稿 {d.source}" if d.source else "审定的构建"
        yield RULE.on(d.place.shown, 1, f"网站上的文件与{origin}生成的不一致 (可能在服务器上被改动或篡改)："
                                        f"构建清单 sha256 {d.expected[:12]}…，网站上为 {d.found[:12]}…")


RULE = Rule(
    code="PUB001",
    name="page-differs-from-approved",
    summary="网站上的页面和文件须与审定稿经门禁构建生成的完全一致 (未在服务器上被改动)",
    article="3.1",
    why=("“先审后发”：上网的只能是审签通过的内容。在服务器上直接改页面绕过了审签，"
         "被篡改的页面 (“页面篡改”) 更是监测的重点 (附件3 第一、八条)。"),
    example="news/2024-05-06-tongzhi/index.html 的 sha256 与 gates-manifest.json 记录的不同",
    fix=("确认是谁、为何在服务器上改动：是篡改的立即用审定构建覆盖并报告；需要改的内容在 content/ 中修改、"
         "重新审签后发布。"),
    severity="error",
    stage="rescan",
    finish=finish,
)
