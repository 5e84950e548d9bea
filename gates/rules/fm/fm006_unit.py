"""FM006: the issuing unit is one the roster knows."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    unit = page.meta.get("unit")
    if page.is_index or unit is None:
        return
    units = ctx.config.roster.units
    if not isinstance(unit, str) or unit not in units:
        known = "、".join(f"{u.id}({u.name})" for u in units.values())
        yield RULE.at(page, page.key_line("unit"), f"发布单位 {unit!r} 不在 site_config/roster.yml 中 (现有：{known})")


RULE = Rule(
    code="FM006",
    name="known-unit",
    summary="发布单位须为 roster.yml 中的单位代码",
    article="1.1",
    why="“谁制作、谁认定” (附件1 第一条)：公开属性由制作单位认定，单位不明则无人负责。",
    example="unit: 区政府办",
    fix="改为 roster.yml 中 units 的 id，例如 unit: qzfb。",
    check=check,
)
