"""PUB003: a file the gated build produced is not on the site."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for place, why in ctx.state(RescanFacts).missing:
        yield RULE.on(place.shown, 1, f"构建清单中的文件在网站上打不开 ({why})：发布不完整，或在服务器上被删除")


RULE = Rule(
    code="PUB003",
    name="approved-file-missing",
    summary="门禁构建生成的每个文件都须在网站上 (发布完整，未被删除)",
    article="3.8",
    why=("审定发布的信息在网站上缺失，读者和检查看到的是打不开的页面；"
         "撤除信息须走撤稿流程留下说明，而不是在服务器上直接删除 (附件3 第八条)。"),
    example="gates-manifest.json 列有 policies/2024-03-01-guihua/index.html，网站上该地址返回 404",
    fix="重新发布完整的构建结果；确需撤除的，用 gates withdraw 撤稿并保留说明。",
    severity="error",
    stage="rescan",
    finish=finish,
)
