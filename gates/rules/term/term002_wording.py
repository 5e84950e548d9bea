"""TERM002: a wrong form listed in terms.yml with level: warning (不规范表述)."""

from __future__ import annotations

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.term.scan import term_findings


def check(doc: Document, ctx: Context) -> list[Finding]:
    return term_findings(RULE, doc, ctx, "warning")


RULE = Rule(
    code="TERM002",
    name="wording",
    summary="标题、摘要和正文中 terms.yml 中 level: warning 的不规范表述 (机构旧称、法规简称、错别字)",
    article="3.2",
    why=("信息发布前须审核文字性错误 (附件3 第二条)：机构改革后的旧称、法律法规不用全称、成语错别字"
         "降低政府网站的权威性，全国检查中计入内容差错。"),
    example="截止目前，区发改委已完成全部项目审核。",
    fix="按提示改为规范表述；确需保留原话的 (如引用历史文件原文)，在头信息写 accept: [{code: TERM002, text: 原词, reason: 理由}]。",
    severity="warning",
    acceptable=True,
    check_text=check,
)
