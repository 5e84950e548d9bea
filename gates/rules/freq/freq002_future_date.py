"""FREQ002: a published page's publication date is not in the future."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.dates import parse_date
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or page.status != "published":
        return
    day = parse_date(page.meta.get("date"))  # an unreadable date is FM007's finding
    if day is not None and day > ctx.today:
        yield RULE.at(page, page.key_line("date"),
                      f"发布日期 date {day.isoformat()} 晚于今天 ({ctx.today.isoformat()})：已发布页面的发布日期"
                      "只能是它实际发布的那一天")


RULE = Rule(
    code="FREQ002",
    name="future-date",
    summary="已发布页面的发布日期 (date) 不得晚于今天",
    article="3.1",
    why=("发布信息须真实、准确 (附件3 第一条)。更新时限按发布日期计算 (附件3 第五条)：写成将来日期的页面"
         "会让栏目显得一直在更新，掩盖真实的更新情况。"),
    example="status: published\ndate: 2099-01-05",
    fix="把 date 改为实际发布 (签发) 的日期；尚未发布的页面保持 status: draft，由 gates sign 在签发时写入日期。",
    check=check,
)
