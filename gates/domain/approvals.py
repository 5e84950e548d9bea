"""Approvals and their verdicts: the Approval record, the Index of a history, and a page's Chain.

An approval is valid when its commit (a) has one parent and changes no file but its page (一事一审),
(b) carries a verified SSH signature, (c) by the key the trusted roster lists for the commit's author email,
(d) whose person is not outsourced (附件3 第七条) and (e) holds the role for the unit on the commit's date.
gitrecord/ decides those facts from history; this module only holds them and fills a page's chain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from gates.domain.signoff import Decision, PageHashes, Slot, Trailers, slot_for


@dataclass(frozen=True)
class Approval:
    commit: str
    pos: int  # place in history, ancestors first
    trailers: Trailers
    day: dt.date  # the effective date (Asia/Shanghai) on which roles were judged
    committed: dt.date  # the commit's own committer date, a claim: SIGN003 compares `date` with it
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


@dataclass(frozen=True)
class Backdated:
    """A record or config commit dated a day or more before a parent's effective date."""

    path: str
    commit: str
    day: dt.date  # what the commit claims
    parent_day: dt.date  # what its place in history says it can be no earlier than


@dataclass
class Index:
    """Everything the SIGN rules need from history, built once per run."""

    approvals: dict[str, list[Approval]] = field(default_factory=dict)  # page path -> approvals, oldest first
    config_problems: list[ConfigProblem] = field(default_factory=list)
    backdated: list[Backdated] = field(default_factory=list)
    # Commits dated a day or more in the future (day = the date they claim, parent_day unused = same).
    future: list[Backdated] = field(default_factory=list)
    unavailable: str | None = None  # why history could not be read


@dataclass
class Chain:
    slots: list[Slot]
    filled: dict[Slot, Approval] = field(default_factory=dict)
    missing: dict[Slot, str] = field(default_factory=dict)  # slot -> why it is not filled
    # The latest completed decision on the path for other content (a withdrawal, a reclassification, another
    # text): approvals made before it no longer count (SPEC section 4, the latest decision wins).
    superseded_by: Approval | None = None

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def final(self) -> Approval | None:
        """The approval that completed the chain (签发): the latest one."""
        if not self.complete or not self.filled:
            return None
        return max(self.filled.values(), key=lambda a: a.pos)

    @property
    def decision(self) -> Decision | None:
        """What the completing approval decided: published, or withdrawn."""
        final = self.final
        return final.trailers.decided if final is not None else None


def evaluate(path: str, unit: str, hashes: PageHashes, slots: list[Slot], approvals: list[Approval]) -> Chain:
    """Fill each slot, tier by tier, with the earliest valid approval of this exact content that comes after
    every approval of the tiers below and after the latest completed decision on the path for other content,
    by a person not already in the chain (一人不能审两级)."""
    chain = Chain(slots)

    def current(a: Approval) -> bool:
        return hashes.matches(a.trailers.version, a.trailers.content_hash)

    chain.superseded_by = max((a for a in approvals if a.valid and a.trailers.final and not current(a)),
                              key=lambda a: a.pos, default=None)
    used: set[str] = set()
    floor = chain.superseded_by.pos if chain.superseded_by is not None else -1
    for rank in sorted({s.rank for s in slots}):
        top = floor
        for slot in [s for s in slots if s.rank == rank]:
            pick = next((a for a in approvals if a.valid and a.pos > floor and a.email.lower() not in used
                         and current(a) and slot_for(a.trailers.role, a.trailers.unit, unit) == slot), None)
            if pick is None:
                chain.missing[slot] = _why_missing(slot, unit, current, approvals, floor, used, chain.superseded_by)
                continue
            chain.filled[slot] = pick
            used.add(pick.email.lower())
            top = max(top, pick.pos)
        floor = top
    return chain


def _why_missing(slot: Slot, unit: str, is_current: Callable[[Approval], bool], approvals: list[Approval],
                 floor: int, used: set[str], superseded_by: Approval | None) -> str:
    mine = [a for a in approvals if slot_for(a.trailers.role, a.trailers.unit, unit) == slot]
    if not mine:
        return "没有审签记录"
    current = [a for a in mine if is_current(a)]
    for a in reversed(current):
        if not a.valid:
            return f"审签提交 {a.short} 无效：{a.problem}"
    if superseded_by is not None and current and all(a.pos < superseded_by.pos for a in current):
        what = "撤回" if superseded_by.trailers.decided == "withdrawn" else "发布了其他内容或属性"
        return (f"{current[-1].name} 的审签 (提交 {current[-1].short}) 已被此后完成的决定取代 "
                f"(提交 {superseded_by.short}：{what})；恢复旧内容不能沿用旧审签，须重新审签")
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
