"""SIGN003: the publication date is the one fixed at 签发, never earlier than the final approval."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.approvals import Approval
from gates.domain.rule import Context, Rule
from gates.domain.signoff import ChainError
from gates.model.dates import parse_date as as_date
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.sign.chains import is_published_article, page_chain


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if not is_published_article(page):
        return
    yield from _bound_at_signing(page, ctx)
    day = as_date(page.meta.get("date"))
    result = page_chain(page, ctx)
    if day is None or result is None or isinstance(result, ChainError):
        return
    final = result.chain.final
    if final is None:
        return
    line = page.key_line("date")
    # `date` is the first publication: an earlier 签发 on this path may have fixed it.
    first = [a.trailers.publish_date for a in result.all_approvals if a.valid and a.trailers.publish_date]
    if day < final.committed and day not in first:
        yield RULE.at(page, line, f"发布日期 {day.isoformat()} 早于签发提交的日期 {final.committed.isoformat()} "
                                  f"(提交 {final.short})：伪造发稿日期")
    elif final.trailers.publish_date is not None and day != final.trailers.publish_date and day not in first:
        yield RULE.at(page, line, f"发布日期 {day.isoformat()} 在签发后被改动：签发时确定为 "
                                  f"{final.trailers.publish_date.isoformat()} (提交 {final.short})")


RULE = Rule(
    code="SIGN003",
    name="publication-date",
    summary="发布日期须为签发时确定的日期，不得早于最后一级审签 (不得倒签、改签发稿日期)",
    article="3.1",
    why="发布信息须真实、准确 (附件3 第一条)；更新时限按发布日期计算 (附件3 第五条)，倒签或改动发布日期会伪造更新记录。",
    example="date: 2026-01-05   (最后一级审签提交在 2026-03-02)",
    fix="把 date 改回签发时确定的日期 (见签发提交的 Gates-Publish-Date)；确需改期的，重新走审签。",
    stage="signoff",
    check=check,
)


def _bound_at_signing(page: Page, ctx: Context) -> Iterator[Finding]:
    """索引号 and 发布时间 are outside the content hash because 签发 writes them; the 签发 commit binds them, so the
    page must say what it bound (a v1 签发 bound neither: its hash covered the 索引号, and it knew no time)."""
    result = page_chain(page, ctx)
    if result is None or isinstance(result, ChainError) or result.chain.final is None:
        return
    final = result.chain.final
    if final.trailers.version == "v1":
        return
    for key, bound, label in (("index_number", final.trailers.index_number, "索引号"),
                              ("time", final.trailers.time, "发布时间")):
        value = page.meta.get(key)
        shown = str(value).strip() if value is not None else None
        if shown != bound:
            said = f"签发时确定为 {bound}" if bound else "签发时没有这一项"
            yield RULE.at(page, page.key_line(key), f"{label} {shown or '(无)'} 与签发提交 {final.short} 不符 ({said})："
                                                    "已发布页面的索引号和发布时间不能改动，确需改动的重新审签")
    yield from _change_date(page, final)


def _change_date(page: Page, final: Approval) -> Iterator[Finding]:
    """The newest change note's date is outside the hash (the correction's 签发 writes it); the 签发 binds it."""
    notes = page.meta.get("change_note")
    newest = notes[-1] if isinstance(notes, list) and notes and isinstance(notes[-1], dict) else None
    shown = as_date(newest.get("date")) if newest is not None else None
    bound = final.trailers.change_date
    if newest is None or shown == bound:
        return
    said = f"签发时确定为 {bound.isoformat()}" if bound else "签发时没有为这条更正说明确定日期"
    yield RULE.at(page, page.key_line("change_note"),
                  f"最新更正说明的日期 {shown.isoformat() if shown else '(无)'} 与签发提交 {final.short} 不符 ({said})："
                  "更正日期由签发写入，不能改动")
