"""ATTR004: a partly disclosed page (部分公开) records what was removed and why."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gates.detect.basis import read_basis
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page

# 部分公开 declared in the 附注 line or in the reason, without a `partial` record.
_PARTIAL_NOTE = re.compile(r"此件\s*部分公开")


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index:
        return
    partial = page.meta.get("partial")
    if partial is None:
        yield from _undeclared(page)
        return
    line = page.key_line("partial")
    if not isinstance(partial, dict):
        yield RULE.at(page, line, "partial 应写成 {withheld: 删去了什么, reason: 为什么}")
        return
    if page.disclosure == "不予公开":
        yield RULE.at(page, line, "不予公开的页面不存在“公开部分”：部分公开时，公开部分应认定为主动公开或依申请公开")
    if not _text(partial.get("withheld")):
        yield RULE.at(page, line, "partial 缺少 withheld：须写明删去 (不公开) 的是哪些内容")
    reason = partial.get("reason")
    if not _text(reason):
        yield RULE.at(page, line, "partial 缺少 reason：须写明不公开部分的理由和法律依据")
    elif read_basis(reason).empty:
        yield RULE.at(page, line, "partial.reason 未写法律依据：请写明属于条例第十四、十五、十六条的哪一类",
                      severity="warning")


def _undeclared(page: Page) -> Iterator[Finding]:
    reason = page.meta.get("disclosure_reason")
    if isinstance(reason, str) and "部分公开" in reason:
        yield RULE.at(page, page.key_line("disclosure_reason"),
                      "disclosure_reason 称部分公开，但缺少 partial：须写 partial: {withheld: …, reason: …}")
        return
    match = _PARTIAL_NOTE.search(page.body) if "部分公开" in page.body else None
    if match is not None:
        yield RULE.at(page, page.body_line_of(match.start()),
                      "附注标明“此件部分公开”，但头信息缺少 partial：须写 partial: {withheld: …, reason: …}")


def _text(value: object) -> bool:
    if isinstance(value, list):
        return any(_text(v) for v in value)
    return isinstance(value, str) and bool(value.strip())


RULE = Rule(
    code="ATTR004",
    name="partial-disclosure",
    summary="部分公开的页面须在 partial 中写明删去的内容 (withheld) 和理由 (reason)",
    article="1.4",
    why="对于部分公开的，应分别注明公开与不公开内容 (附件1 第四条)；发布的正文只能是可以公开的部分。",
    example="partial: {withheld: 附件2 名单}  (缺 reason)",
    fix="写成 partial: {withheld: 附件2 中的个人身份信息, reason: 涉及个人隐私，依据条例第十五条不予公开}。",
    check=check,
)
