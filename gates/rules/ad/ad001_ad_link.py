"""AD001: no link to, image from or embed of a commercial, advertising, tracking or gambling host."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.ad.scan import judge, kind_word, scan


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    verdicts = judge(ctx)
    reported: set[str] = set()
    for link in scan(doc, ctx).links:
        verdict, kind = verdicts.verdict(link.host)
        if verdict != "ad" or link.host in reported:
            continue
        reported.add(link.host)
        yield RULE.at(doc, link.line,
                      f"{link.where}中的{kind_word(link.kind)}指向{kind}网站 {link.host} (第 {link.line} 行)："
                      "政府网站和政务新媒体不得发布商业广告，不得链接商业广告页面，请删除",
                      excerpt=link.host)


RULE = Rule(
    code="AD001",
    name="ad-link",
    summary="正文中不得有指向广告联盟、跟踪统计、电商购物、网络博彩、短链接等主机的链接、图片或嵌入内容 (见 ads.yml)",
    article="3.4",
    why=("政府网站和政务新媒体不得发布商业广告，不得链接商业广告页面 (附件3 第四条)；"
         "跟踪统计图片会把读者的访问交给第三方，短链接隐藏了真实去向，无法审核。"),
    example="详情请见[活动页面](https://s.click.taobao.com/t?e=abc)。",
    fix=("删除该链接或图片；图片须保存到本站后引用。确需链接的 (如区里组织的消费帮扶官方店铺)，在头信息写 "
         "accept: [{code: AD001, text: 主机名, reason: 理由}] 并经审核。"),
    severity="error",
    acceptable=True,
    check_text=check,
)
