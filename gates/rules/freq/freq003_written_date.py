"""FREQ003: a 主动公开 page is published within 20 working days of its 成文日期, and not before it."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.freshness import working_days_between
from gates.domain.rule import Context, Rule
from gates.model.dates import parse_date
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import PUBLIC

LIMIT = 20  # 工作日, 条例第二十六条


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or page.status != "published" or page.disclosure != PUBLIC:
        return
    written = parse_date(page.meta.get("written_date"))
    published = parse_date(page.meta.get("date"))
    if written is None or published is None:
        return
    if written > published:
        yield RULE.at(page, page.key_line("written_date"),
                      f"成文日期 written_date {written.isoformat()} 晚于发布日期 {published.isoformat()}：文件不能在成文前发布")
        return
    gap = working_days_between(written, published)
    if gap > LIMIT:
        yield RULE.at(page, page.key_line("written_date"),
                      f"成文日期 {written.isoformat()} 到发布日期 {published.isoformat()} 相隔 {gap} 个工作日，"
                      f"超过 {LIMIT} 个工作日的公开时限")


RULE = Rule(
    code="FREQ003",
    name="written-date-gap",
    summary="主动公开的信息应在成文后 20 个工作日内发布，发布日期不得早于成文日期",
    article="2.5",
    why=("属于主动公开范围的政府信息，应当自形成或者变更之日起 20 个工作日内及时公开 (《中华人民共和国政府信息公开条例》"
         "第二十六条)；公开时限是审核重点 (附件2 第五条)。工作日按周一至周五计算。"),
    example="status: published\nwritten_date: 2026-01-05\ndate: 2026-03-30",
    fix=("核对 written_date 与 date 是否写对；确属逾期公开的，在审签时说明原因并尽快发布，"
         "今后在成文后 20 个工作日内完成审签发布。"),
    severity="warning",
    check=check,
)
