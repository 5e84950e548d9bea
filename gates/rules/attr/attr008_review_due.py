"""ATTR008: a page withheld from disclosure (不予公开) carries the date it must be re-assessed."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if not page.is_index and page.disclosure == "不予公开" and page.meta.get("review_due") in (None, ""):
        yield RULE.at(page, page.key_line("disclosure"),
                      "不予公开的页面缺少 review_due (下次评估日期)：须定期评估是否可以转为公开")


RULE = Rule(
    code="ATTR008",
    name="review-due",
    summary="不予公开的页面须写 review_due (下次评估公开属性的日期)",
    article="1.5",
    why="行政机关应对本机关不予公开的政府信息进行定期评估审查，因情势变化可以公开的应当公开 (附件1 第五条)。",
    example="disclosure: 不予公开\ndisclosure_reason: ……  (没有 review_due)",
    fix="加上 review_due: YYYY-MM-DD，一般不超过一年后。",
    check=check,
)
