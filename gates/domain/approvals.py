"""Approvals and their verdicts: the Approval record, the Index of a history, and a page's Chain.

An approval is valid when its commit (a) has one parent and changes no file but its page (一事一审),
(b) carries a verified SSH signature, (c) by the key the trusted roster lists for the commit's author email,
(d) whose person is not outsourced (附件3 第七条) and (e) holds the role for the unit on the commit's date.
gitrecord/ decides those facts from history; this module only holds them and fills a page's chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gates.domain.signoff import Slot, Trailers, slot_for


@dataclass(frozen=True)
class Approval:
    commit: str
    pos: int  # place in history, ancestors first
    trailers: Trailers
    day: dt.date | None
    email: str
    name: str  # the roster name when the author is in the roster, else the git author name
    problem: str | None  # None = valid

    @property
    def short(self) -> str:
        return self.commit[:10]

    @property
    def valid(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class ConfigProblem:
    path: str
    commit: str
    reason: str


@dataclass
class Index:
    """Everything the SIGN rules need from history, built once per run."""

    approvals: dict[str, list[Approval]] = field(default_factory=dict)  # page path -> approvals, oldest first
    config_problems: list[ConfigProblem] = field(default_factory=list)
    unavailable: str | None = None  # why history could not be read


@dataclass
class Chain:
    slots: list[Slot]
    filled: dict[Slot, Approval] = field(default_factory=dict)
    missing: dict[Slot, str] = field(default_factory=dict)  # slot -> why it is not filled

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def final(self) -> Approval | None:
        """The approval that completed the chain (签发): the latest one."""
        if not self.complete or not self.filled:
            return None
        return max(self.filled.values(), key=lambda a: a.pos)


def evaluate(path: str, unit: str, content_hash: str, slots: list[Slot], approvals: list[Approval]) -> Chain:
    """Fill each slot, tier by tier, with the earliest valid approval of this exact content that comes after
    every approval of the tiers below and is by a person not already in the chain (一人不能审两级)."""
    chain = Chain(slots)
    used: set[str] = set()
    floor = -1
    for rank in sorted({s.rank for s in slots}):
        top = floor
        for slot in [s for s in slots if s.rank == rank]:
            pick = next((a for a in approvals if a.valid and a.pos > floor and a.email.lower() not in used
                         and a.trailers.content_hash == content_hash
                         and slot_for(a.trailers.role, a.trailers.unit, unit) == slot), None)
            if pick is None:
                chain.missing[slot] = _why_missing(slot, unit, content_hash, approvals, floor, used)
                continue
            chain.filled[slot] = pick
            used.add(pick.email.lower())
            top = max(top, pick.pos)
        floor = top
    return chain


def _why_missing(slot: Slot, unit: str, content_hash: str, approvals: list[Approval], floor: int,
                 used: set[str]) -> str:
    mine = [a for a in approvals if slot_for(a.trailers.role, a.trailers.unit, unit) == slot]
    if not mine:
        return "没有审签记录"
    current = [a for a in mine if a.trailers.content_hash == content_hash]
    for a in reversed(current):
        if not a.valid:
            return f"审签提交 {a.short} 无效：{a.problem}"
    for a in reversed(current):
        if a.email.lower() in used:
            return f"{a.name} 已在本页其他层级审签，同一人不能审签两级 (提交 {a.short})"
        if a.pos <= floor:
            return f"{a.name} 的审签 (提交 {a.short}) 早于前一级审签，次序错误"
    stale = [a for a in mine if a.valid]
    if stale:
        return f"审签后页面内容被修改，{stale[-1].name} 的审签 (提交 {stale[-1].short}) 针对的是旧内容，已失效"
    last = mine[-1]
    return f"审签提交 {last.short} 无效：{last.problem}"
