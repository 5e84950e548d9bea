"""TERM001: a wrong form listed in terms.yml with level: error (严重表述错误)."""

from __future__ import annotations

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.term.scan import term_findings


def check(doc: Document, ctx: Context) -> list[Finding]:
    return term_findings(RULE, doc, ctx, "error")


RULE = Rule(
    code="TERM001",
    name="serious-wording",
    summary="标题、摘要和正文 (含链接文字和表格) 中不得出现 terms.yml 中 level: error 的错误表述",
    article="3.2",
    why=("信息发布前须审核政治性、文字性错误 (附件3 第二条)；涉台涉港澳表述、党和国家机构名称、重要思想的"
         "提法出错属严重表述错误，全国政府网站检查中一经发现即单项否决。"),
    example="---\ntitle: 台湾总统选举结果对两岸关系的影响\n---",
    fix="按提示改为规范表述。确属引用或解释错误说法的 (如“不能称‘台湾总统’”)，由 terms.yml 的 allow 列出该正确语境。",
    severity="error",
    check_text=check,
)
