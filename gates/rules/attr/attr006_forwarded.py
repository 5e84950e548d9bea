"""ATTR006: a forwarded official document (转发类公文) takes the original's disclosure attribute."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from gates.domain.rule import Context, Rule
from gates.model.dates import parse_date as as_date
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import DISCLOSURE_ALIASES

# "转发…" or "…关于转发…": the issuer's prefix before 关于 is short; a news title merely mentioning a
# forwarded circular further on does not start this way.
_FORWARD_TITLE = re.compile(r"^[^，。；]{0,40}?关于转发|^转发")
# An official document's title in source.title: a 发文字号 or a document genre at the end.
_DOC_TITLE = re.compile(r"〔\d{4}〕\d+号|(?:通知|意见|办法|决定|规定|方案|批复|细则|规划|公告|通告)》?$")
_OPENNESS = {"主动公开": 0, "依申请公开": 1, "不予公开": 2}
_HINT = ("source: {type: reprint, name: 原发文单位, url: 原文地址, disclosure: 主动公开} "
         "或 source: {…, disclosure_confirmed: {by: 发文单位经办人, date: YYYY-MM-DD}}")


def is_forwarded(page: Page) -> bool:
    title = page.meta.get("title")
    if isinstance(title, str) and _FORWARD_TITLE.search(title):
        return True
    source = page.meta.get("source")
    if not isinstance(source, dict) or source.get("type") != "reprint":
        return False
    if "disclosure" in source or "disclosure_confirmed" in source:
        return True
    original = source.get("title")
    return isinstance(original, str) and bool(_DOC_TITLE.search(original.strip()))


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or not is_forwarded(page):
        return
    source = page.meta.get("source")
    line = page.key_line("source") if source is not None else page.key_line("title")
    if not isinstance(source, dict):
        yield RULE.at(page, line, f"转发类公文须写明所转发公文的公开属性，或发文单位的确认记录：{_HINT}")
        return
    original = source.get("disclosure")
    confirmed = source.get("disclosure_confirmed")
    if original is None and confirmed is None:
        yield RULE.at(page, line, f"转发类公文的 source 缺少原文件公开属性 disclosure 或 disclosure_confirmed：{_HINT}")
        return
    if original is not None:
        yield from _check_original(page, line, original)
    if confirmed is not None:
        yield from _check_confirmation(page, line, confirmed)


def _check_original(page: Page, line: int, original: object) -> Iterator[Finding]:
    value = DISCLOSURE_ALIASES.get(original) if isinstance(original, str) else None
    if value is None:
        yield RULE.at(page, line, f"source.disclosure 取值 {original!r} 无效：须为 主动公开、依申请公开 或 不予公开")
        return
    mine = page.disclosure
    if mine is not None and _OPENNESS[mine] < _OPENNESS[value]:
        yield RULE.at(page, line, f"所转发公文为{value}，本页却认定为{mine}：转发类公文应根据所转发公文的公开属性认定")


def _check_confirmation(page: Page, line: int, confirmed: Any) -> Iterator[Finding]:
    if not isinstance(confirmed, dict):
        yield RULE.at(page, line, "source.disclosure_confirmed 应写成 {by: 确认人及单位, date: YYYY-MM-DD}")
        return
    by = confirmed.get("by")
    if not isinstance(by, str) or not by.strip():
        yield RULE.at(page, line, "source.disclosure_confirmed 缺少 by：须写明发文单位中谁确认了公开属性")
    if as_date(confirmed.get("date")) is None:
        yield RULE.at(page, line, "source.disclosure_confirmed 缺少有效的 date (YYYY-MM-DD)：须写明何时征求了发文单位意见")


RULE = Rule(
    code="ATTR006",
    name="forwarded-document",
    summary="转发类公文须写明所转发公文的公开属性，或发文单位确认公开属性的记录，且不得比原文更公开",
    article="1.1",
    why=("转发类公文应根据所转发公文公开属性认定，所转发公文没有认定公开属性的，应当征求发文单位意见后再认定"
         " (附件1 第一条)。"),
    example="---\ntitle: 关于转发《重庆市某某管理办法》的通知\ndisclosure: 主动公开\n---  (没有 source.disclosure)",
    fix=("在头信息写 source: {type: reprint, name: 原发文单位, url: 原文地址, disclosure: 原文件的公开属性}；"
         "原文件没有标公开属性的，征求发文单位意见后写 disclosure_confirmed: {by: 确认人, date: 确认日期}。"),
    check=check,
)
