"""FM004: keys with a fixed set of values hold one of them."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import STATUSES

IMPORTANCE = ("normal", "important")


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index:
        return
    meta = page.meta
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        yield RULE.at(page, page.key_line("title"), "title (标题) 应为文本；纯数字或日期标题请加引号")
    status = meta.get("status")
    if status is not None and status not in STATUSES:
        yield RULE.at(page, page.key_line("status"), f"status 取值 {status!r} 无效，可选 draft/published/withdrawn")
    importance = meta.get("importance", "normal")
    if importance not in IMPORTANCE:
        yield RULE.at(page, page.key_line("importance"), f"importance 取值 {importance!r} 无效，可选 normal/important")
    sensitive = meta.get("sensitive", False)
    if not isinstance(sensitive, bool):
        yield RULE.at(page, page.key_line("sensitive"), "sensitive 应为 true 或 false")
    channel = meta.get("channel", "website")
    newmedia = {c.id for c in ctx.config.columns.values() if c.kind == "newmedia"}
    if channel != "website" and (not isinstance(channel, str) or channel not in newmedia):
        yield RULE.at(page, page.key_line("channel"),
                      f"channel 取值 {channel!r} 无效：应为 website 或 columns.yml 中的新媒体账号")
    co_units = meta.get("co_units")
    if co_units is not None:
        units = ctx.config.roster.units
        if not isinstance(co_units, list):
            yield RULE.at(page, page.key_line("co_units"), "co_units (共同制作单位) 应为单位代码列表")
        else:
            for unit in co_units:
                if not isinstance(unit, str) or unit not in units:
                    yield RULE.at(page, page.key_line("co_units"), f"co_units 中的单位 {unit!r} 不在 roster.yml 中")
                elif unit == meta.get("unit"):
                    yield RULE.at(page, page.key_line("co_units"), f"牵头单位 {unit!r} 不应重复列入 co_units")


RULE = Rule(
    code="FM004",
    name="allowed-values",
    summary="status、importance、sensitive、channel、co_units 须取允许的值",
    article="3.1",
    why="审签链由这些值决定 (附件3 第三条：重要信息须主要领导审核)；拼错的值会让页面走错审签链。",
    example="status: publish\nimportance: 重要",
    fix="改为允许的取值：status 为 draft/published/withdrawn，importance 为 normal/important。",
    check=check,
)
