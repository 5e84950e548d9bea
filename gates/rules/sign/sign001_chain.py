"""SIGN001: a published page has a complete, ordered chain of valid approvals for its current content."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.domain.signoff import ChainError
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.sign.chains import is_published_article, is_withdrawn_publication, page_chain


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if is_withdrawn_publication(page, ctx):
        yield from _withdrawal(page, ctx)
        return
    if page.readable and not page.is_index and page.status == "withdrawn" and not ctx.approvals().unavailable:
        # Only a published page can be withdrawn; a stub of a page never published would put an unapproved
        # title and explanation on the site.
        yield RULE.at(page, page.key_line("status"), "页面从未经审签发布，不能标为 withdrawn (撤回)：未发布的稿件请改回 draft")
        return
    if not is_published_article(page):
        return
    result = page_chain(page, ctx)
    if result is None:
        return
    if isinstance(result, ChainError):
        yield RULE.at(page, page.key_line("status"), f"已发布页面无法核验审签：{result}")
        return
    if result.chain.complete:
        if result.chain.decision == "withdrawn":
            final = result.chain.final
            assert final is not None
            yield RULE.at(page, page.key_line("status"),
                          f"页面状态为 published，但对当前内容最近完成的决定是撤回 (提交 {final.short})："
                          "恢复发布是新的发布决定，须重新审签")
        return
    gaps = "；".join(f"{slot.label}：{why}" for slot, why in result.chain.missing.items())
    where = "" if ctx.publishing else " (不是发布分支，仅提示：合入发布分支前须补齐)"
    yield RULE.at(page, page.key_line("status"),
                  f"已发布页面缺少对当前内容有效、次序正确的完整审签链{where} — {gaps}",
                  severity=None if ctx.publishing else "warning")


def _withdrawal(page: Page, ctx: Context) -> Iterator[Finding]:
    """Taking a published page down is a publication decision: the chain approves it (3.8). Its content
    findings are info (engine), but not its sign-off: an editor alone cannot take a page down."""
    result = page_chain(page, ctx)
    if result is None:
        return
    if isinstance(result, ChainError):
        yield RULE.at(page, page.key_line("status"), f"已撤回页面无法核验撤回的审签：{result}")
        return
    chain = result.chain
    if chain.complete and chain.decision == "withdrawn":
        return
    line = page.key_line("status")
    if chain.complete:
        yield RULE.at(page, line, "页面状态为 withdrawn，但对当前内容最近完成的决定是发布，撤回未经审签："
                                  "请用 gates withdraw 发起撤回并逐级审签")
        return
    gaps = "；".join(f"{slot.label}：{why}" for slot, why in chain.missing.items())
    urgent = chain.urgent
    if urgent is not None and urgent in chain.filled.values():
        yield RULE.at(page, line, f"紧急撤回已生效 ({urgent.name}，提交 {urgent.short})，撤回说明尚待逐级审签 — {gaps}",
                      severity="warning")
        return
    where = "" if ctx.publishing else " (不是发布分支，仅提示：合入发布分支前须补齐)"
    yield RULE.at(page, line, f"撤回已发布页面缺少对当前内容有效、次序正确的完整审签链{where} — {gaps}",
                  severity=None if ctx.publishing else "warning")


RULE = Rule(
    code="SIGN001",
    name="approval-chain",
    summary="已发布页面须有对当前内容有效、按次序完成的完整审签链 (经办人员→科室负责人→分管领导[→主要领导])",
    article="3.3",
    why="“三审三校”：经办人员、科室负责人、单位分管领导三级审核，重要信息须经主要领导审核 (附件3 第三条)；"
        "政府信息公开须经科室负责人、分管领导、主要领导三级审核 (附件2 第七条)，未经审查和批准不得发布 (附件2 第三条)。"
        "审签以 git 中带 SSH 签名的提交为凭证，页面在审签后被修改，原审签即失效。",
    example="---\ntitle: 关于开展冬季安全生产检查的通知\nstatus: published\n---  (没有任何 gates sign 审签提交)",
    fix="把 status 改回 draft，依次由各级审签人运行 gates sign PATH；最后一级签发时自动设为 published。"
        "页面改动后须从经办人员起重新审签。撤回已发布页面同样须经审签链：用 gates withdraw 发起，其余各级 gates sign；"
        "紧急撤回 (gates withdraw --urgent，科室负责人及以上) 立即生效，撤回说明再从发起人这一级起审签。",
    stage="signoff",
    check=check,
)
