"""SIGN005: a sensitive page was checked with 保密/宣传/网信 before the section head signed."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.domain.signoff import ChainError, Slot, consulted_problem
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.sign.chains import is_published_article, page_chain


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if not is_published_article(page) or page.meta.get("sensitive") is not True:
        return
    result = page_chain(page, ctx)
    if result is None:
        return
    head = None if isinstance(result, ChainError) else result.chain.filled.get(Slot("section_head", str(page.meta["unit"])))
    by = head.day if head is not None and head.day is not None else ctx.today
    problem = consulted_problem(page.meta.get("consulted"), by)
    if problem:
        line = page.key_line("consulted") if "consulted" in page.meta else page.key_line("sensitive")
        yield RULE.at(page, line, f"敏感信息须在科室负责人审签前征求保密、宣传或网信部门意见：{problem}")


RULE = Rule(
    code="SIGN005",
    name="sensitive-consulted",
    summary="sensitive: true 的页面须在科室负责人审签前有 consulted 征求意见记录 (dept、date、ref)",
    article="2.7",
    why="遇到重要信息或者敏感信息，不能对其保密性作出准确判断时，必须向区保密主管部门、宣传或网信部门请示后方能签发 "
        "(附件2 第七条)。",
    example="sensitive: true\n(没有 consulted)",
    fix="补充 consulted: [{dept: 区保密局, date: 2026-11-20, ref: 江北保函〔2026〕5号}]，再从科室负责人起重新审签。",
    stage="signoff",
    check=check,
)
