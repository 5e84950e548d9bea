"""ATTR009: the re-assessment date (review_due) of a withheld page has passed."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.dates import parse_date as as_date
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or page.disclosure != "不予公开":
        return
    due = as_date(page.meta.get("review_due"))  # an unreadable date is FM007's finding
    if due is not None and due < ctx.today:
        days = (ctx.today - due).days
        yield RULE.at(page, page.key_line("review_due"),
                      f"review_due {due.isoformat()} 已过 {days} 天：请重新评估公开属性，可以公开的转为公开，"
                      "仍不公开的更新 review_due")


RULE = Rule(
    code="ATTR009",
    name="review-overdue",
    summary="不予公开页面的评估日期 review_due 已过，须重新评估",
    article="1.5",
    why="对不予公开的政府信息进行定期评估审查，因情势变化可以公开的政府信息应当公开 (附件1 第五条)。",
    example="disclosure: 不予公开\nreview_due: 2023-06-30",
    fix="重新评估：可以公开的，改为主动公开并走审核；仍不公开的，把 review_due 改为下次评估日期。",
    severity="warning",
    check=check,
)
