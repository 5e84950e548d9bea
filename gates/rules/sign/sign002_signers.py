"""SIGN002: the `signers` block agrees with the signed approvals in git; a typed-in name proves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gates.domain.approvals import Approval
from gates.domain.rule import Context, Rule
from gates.domain.signoff import CO_DEPUTY, ROLE_LABELS, ChainError, Slot, slot_for
from gates.model.dates import parse_date as as_date
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.sign.chains import needs_history, page_chain

TIERS = ("drafter", "section_head", "deputy", "principal")


def _entries(value: Any, unit: str) -> tuple[dict[Slot, tuple[str, str]], list[str]]:
    """signers -> {slot: (name, ISO date)}, and the problems with its shape."""
    if not isinstance(value, dict):
        return {}, ["signers 应为键值映射"]
    out: dict[Slot, tuple[str, str]] = {}
    problems: list[str] = []
    for key, item in value.items():
        if key == "co_deputies" and isinstance(item, dict):
            pairs = [(Slot(CO_DEPUTY, str(u)), v) for u, v in item.items()]
        elif key in TIERS:
            pairs = [(Slot(str(key), unit), item)]
        else:
            problems.append(f"signers 中有未知层级 {key!r}")
            continue
        for slot, entry in pairs:
            if not isinstance(entry, dict):
                problems.append(f"signers.{key} 应写明 name 和 date")
                continue
            extra = sorted(str(k) for k in entry if k not in ("name", "date"))
            if extra:
                # gates sign writes exactly {name, date}: anything else was typed by hand.
                problems.append(f"signers.{key} 中有 gates sign 不会写的键 {'、'.join(extra)}：signers 块不能手工改动")
            day = as_date(entry.get("date"))
            out[slot] = (str(entry.get("name") or ""), day.isoformat() if day else str(entry.get("date")))
    return out, problems


def _matches(a: Approval, slot: Slot, name: str, day: str, unit: str) -> bool:
    return (a.valid and a.name == name and (a.day.isoformat() if a.day else "") == day
            and slot_for(a.trailers.role, a.trailers.unit, unit) == slot)


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if not needs_history(page) or "signers" not in page.meta:
        return
    result = page_chain(page, ctx)
    if result is None or isinstance(result, ChainError):
        return
    line = page.key_line("signers")
    unit = str(page.meta.get("unit"))
    entries, problems = _entries(page.meta["signers"], unit)
    for problem in problems:
        yield RULE.at(page, line, problem)
    for slot, (name, day) in entries.items():
        if not any(_matches(a, slot, name, day, unit) for a in result.all_approvals):
            yield RULE.at(page, line, f"signers 中的{slot.label} {name} ({day}) 没有对应的有效审签提交："
                                      "手写或伪造的审签记录不算数")
    if page.status == "published" and result.chain.complete:
        for slot, approval in result.chain.filled.items():
            want = (approval.name, approval.day.isoformat() if approval.day else "")
            if entries.get(slot) != want:
                yield RULE.at(page, line, f"signers 中的{slot.label}与审签记录不一致：应为 {want[0]} ({want[1]})，"
                                          f"见提交 {approval.short}")


RULE = Rule(
    code="SIGN002",
    name="signers-block",
    summary="头信息 signers 须与 git 中带签名的审签提交一致，不能手写",
    article="3.1",
    why="“谁签发、谁把关” (附件3 第一条)：头信息里的名字谁都能打，只有用名册公钥签名的审签提交才证明审核发生过。",
    example="signers:\n  section_head: {name: 李明, date: 2026-11-20}   (git 中没有李明的审签提交)",
    fix="删除手写的 signers 块，由审签人本人运行 gates sign PATH，signers 会自动填写。",
    stage="signoff",
    check=check,
)

__all__ = ["ROLE_LABELS", "RULE"]
