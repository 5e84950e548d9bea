"""FM007: dates are real dates written YYYY-MM-DD."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.dates import is_iso_date_text
from gates.model.dates import parse_date as as_date
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import DATE_KEYS, label


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    for key in DATE_KEYS:
        if page.meta.get(key) is None:
            continue
        raw = page.raw_value(key) or str(page.meta[key])
        if as_date(page.meta[key]) is None or not is_iso_date_text(raw):
            yield RULE.at(page, page.key_line(key), f"{key} ({label(key)}) 的值 {raw!r} 不是 YYYY-MM-DD 格式的有效日期")


RULE = Rule(
    code="FM007",
    name="date-format",
    summary="发布日期、成文日期、复审日期须为 YYYY-MM-DD 格式的有效日期",
    article="3.5",
    why="更新时限按发布日期计算 (附件3 第五条)，全国监测读取 YYYY-MM-DD 格式的日期。",
    example="date: 2024/3/5",
    fix="写成 date: 2024-03-05 (月、日补足两位)。",
    check=check,
)
