"""AD003: a link to an external host that is neither a government site nor an allowed source."""

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
        if link.host in reported or verdicts.verdict(link.host)[0] != "external":
            continue
        reported.add(link.host)
        yield RULE.at(doc, link.line,
                      f"{link.where}中的{kind_word(link.kind)}指向外部网站 {link.host} (第 {link.line} 行)：它不是政府网站，"
                      "也不在稿源名单中，请确认不是商业广告页面；确需保留的在 accept 中写明理由",
                      excerpt=link.host)


RULE = Rule(
    code="AD003",
    name="external-link",
    summary="正文中指向政府网站 (*.gov.cn) 和稿源以外外部网站的链接、图片须经确认",
    article="3.4",
    why=("不得链接商业广告页面 (附件3 第四条)；外部网站的内容不受本单位审核，随时可能变成广告页面，"
         "链接前须确认。本站、*.gov.cn、sources.yml 中的稿源和 ads.yml 的 trusted 不提示。"),
    example="报名方式详见 [报名系统](https://www.example-events.com/signup)。",
    fix=("改为链接政府网站上的同一内容；确需链接的 (如高校、医院官网)，在头信息写 "
         "accept: [{code: AD003, text: 主机名, reason: 理由}]，或由主要领导把该主机加入 ads.yml 的 trusted。"),
    severity="warning",
    acceptable=True,
    check_text=check,
)
