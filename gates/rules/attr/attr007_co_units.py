"""ATTR007: a co-produced page names its lead unit (`unit`) and its co-producers (`co_units`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.detect.automaton import Automaton
from gates.detect.spots import first_match, positions
from gates.domain.rule import Context, Memo, Rule
from gates.model.finding import Finding
from gates.model.page import Page

_JOINT = re.compile(r"联合(?:印发|发布|下发|发文|制定|出台)|共同(?:制定|制作|印发|发布)")
_SIGNATURE_LINES = 8  # the 落款 is in the last few short lines of the body
_SIGNATURE_WIDTH = 40
_TAIL_CHARS = 1000  # generous: eight short lines and blank lines between them


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index:
        return
    lead = page.meta.get("unit")
    co_units = page.meta.get("co_units")
    listed = {u for u in [lead, *(co_units if isinstance(co_units, list) else [])] if isinstance(u, str)}
    units = _units(ctx)
    names = units.names
    named = _named_units(page, units)
    missing = [uid for uid in named if uid not in listed]
    line = page.key_line("co_units") if co_units is not None else page.key_line("unit")
    if missing:
        shown = "、".join(f"{names[u]} ({u})" for u in missing)
        yield RULE.at(page, line, f"标题或落款署名了 {shown}，但 co_units 中没有：共同制作的单位须列入 co_units")
    elif len(named) >= 2 and isinstance(lead, str) and lead not in named:
        yield RULE.at(page, page.key_line("unit"), f"unit {lead!r} 不在署名单位中：unit 应为牵头制作单位")
    if not co_units and not missing:
        body = page.body
        match = first_match(_JOINT, body, positions(body, "联合") + positions(body, "共同"))
        if match is not None:
            yield RULE.at(page, page.body_line_of(match.start()),
                          f"正文称“{match.group(0)}”，但没有 co_units：请列出共同制作单位，由牵头单位 unit 认定公开属性")


@dataclass
class _Names(Memo):
    roster: object = None
    names: dict[str, str] = field(default_factory=dict)
    distinct: list[str] = field(default_factory=list)  # each name once, in the automaton's numbering
    finder: Automaton | None = None  # every unit name, found in one walk


def _units(ctx: Context) -> _Names:
    """Each roster unit's name by id, and an automaton of them, made once per run rather than once per page."""
    memo = ctx.state(_Names)
    if memo.roster is not ctx.config.roster:
        memo.roster, memo.names = ctx.config.roster, {u.id: u.name for u in ctx.config.roster.units.values() if u.name}
        memo.distinct = list(dict.fromkeys(memo.names.values()))
        memo.finder = Automaton(memo.distinct) if memo.distinct else None
    return memo


def _named_units(page: Page, units: _Names) -> list[str]:
    """Roster units a page names as its makers. One walk for every unit name over the title and the body's end
    comes first (a district's roster has dozens of units; a substring test each cost ~3 µs a unit): most pages
    name no second unit, and then the signature block is never parsed."""
    if units.finder is None:
        return []
    title = page.meta.get("title")
    found = units.finder.find((title if isinstance(title, str) else "") + page.body[-_TAIL_CHARS:])
    if not found:
        return []
    present = {units.distinct[index] for index, _start, _end in found}
    names = units.names
    maybe = [uid for uid, name in names.items() if name in present]
    if not maybe:
        return []
    issuers = _issuers(page)
    return [uid for uid in maybe if names[uid] in issuers]


def _issuers(page: Page) -> str:
    """Where a page names who made it: the title before 关于, and the short closing lines (落款)."""
    title = page.meta.get("title")
    head = title.split("关于", 1)[0] if isinstance(title, str) and "关于" in title else ""
    return head + "\n" + "\n".join(_last_lines(page.body))


def _last_lines(body: str) -> list[str]:
    """The 落款: the short lines at the very end of the body, read backwards up to the last paragraph."""
    out: list[str] = []
    end = len(body)
    while end > 0 and len(out) < _SIGNATURE_LINES:
        start = body.rfind("\n", 0, end) + 1
        if end - start > _SIGNATURE_WIDTH * 2:
            break  # a paragraph: the signature block is below it
        line = body[start:end].strip()
        if len(line) > _SIGNATURE_WIDTH:
            break
        if line:
            out.append(line)
        end = start - 1
    return out


RULE = Rule(
    code="ATTR007",
    name="co-producers",
    summary="多个单位共同制作的页面须以 unit 写牵头单位，以 co_units 列出共同制作单位",
    article="1.1",
    why=("两个以上行政机关共同制作的政府信息，由牵头制作的行政机关负责认定，共同制作者有提供公开审查意见的义务"
         " (附件1 第一条)；相关单位分管负责人均应审批 (附件2 第八条)。"),
    example="---\ntitle: 江北区人民政府办公室 江北区发展和改革委员会关于……的通知\nunit: qzfb\n---  (没有 co_units)",
    fix="unit 写牵头单位，其他署名单位写入 co_units，例如 co_units: [fgw]；各单位分管领导都要签批。",
    severity="warning",
    check=check,
)
