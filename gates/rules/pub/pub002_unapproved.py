"""PUB002: a file on the site that no approved source or generator of the gated build produced."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rescan import RescanFacts
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    for place in ctx.state(RescanFacts).unapproved:
        yield RULE.on(place.shown, 1, "网站上有构建清单中没有的文件：没有任何审定稿或门禁构建生成过它 (未经审签上网)")


RULE = Rule(
    code="PUB002",
    name="file-without-approval",
    summary="网站上不得有门禁构建以外的文件 (手工上传的页面、附件)",
    article="3.1",
    why=("每一条上网信息都须经“三审三校”后由门禁构建发布；手工放到服务器上的页面没有审签记录，"
         "发现后应及时撤除 (附件3 第一、三、八条)。"),
    example="网站上有 news/huodong-2024.html，但 gates-manifest.json 中没有这个文件",
    fix="核实来源：需要发布的内容写成 content/ 下的页面走审签；其余从服务器上删除。",
    severity="error",
    stage="rescan",
    finish=finish,
)
