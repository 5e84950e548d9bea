"""ATTR002: a page not disclosed proactively says why (disclosure_reason)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page

NOT_PROACTIVE = ("依申请公开", "不予公开")


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or page.disclosure not in NOT_PROACTIVE:
        return
    reason = page.meta.get("disclosure_reason")
    if reason is None or (isinstance(reason, str) and not reason.strip()):
        yield RULE.at(page, page.key_line("disclosure"),
                      f"公开属性为{page.disclosure}，但缺少 disclosure_reason：须写明理由和法律依据")
    elif not isinstance(reason, str):
        yield RULE.at(page, page.key_line("disclosure_reason"), "disclosure_reason 应为一段文字")


RULE = Rule(
    code="ATTR002",
    name="disclosure-reason",
    summary="依申请公开、不予公开的页面须写 disclosure_reason (理由)",
    article="1.4",
    why="拟不公开的，要依法依规说明理由；拟不予公开未说明理由的公文，应退回起草单位重新办理 (附件1 第四条)。",
    example="---\ntitle: 关于某项目的请示\ndisclosure: 不予公开\n---  (没有 disclosure_reason)",
    fix="加上 disclosure_reason，写明属于条例第几条的哪一类，例如：属于内部事务信息中的请示报告 (条例第十六条)。",
    check=check,
)
