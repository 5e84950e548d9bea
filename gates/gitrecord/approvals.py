"""From history to verdicts: which site_config states are trusted, which approvals are valid, and whether a
page's current content has a complete, ordered chain.

Trust starts at the first commit's site_config (the root of trust). A later change to site_config/ is
trusted only when its commit is signed by a principal (主要领导) of the roster as last trusted; otherwise the
roster stays as it was, so a person added by an unsigned change can never sign anything.

An approval is valid when its commit (a) has one parent and changes no file but its page (一事一审),
(b) carries a verified SSH signature, (c) by the key the trusted roster lists for the commit's author email,
(d) whose person is not outsourced (附件3 第七条) and (e) holds the role for the unit on the commit's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from gates.config import ConfigError, Person, Roster, parse_roster
from gates.gitrecord import history, indexcache
from gates.signoff import RANKS, ROLE_LABELS, Slot, Trailers, parse_trailers, slot_for


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


def build(root: Path, use_cache: bool = True) -> Index:
    try:
        located = history.locate(root)
        if not use_cache:
            return from_history(history.load(root, use_cache=False, located=located))
        git_dir, head = located
        wanted = indexcache.key(root, head)
        stored = indexcache.load(git_dir, wanted)
        if stored is not None:
            cached = _from_json(stored)
            if cached is not None:
                return cached
        index = from_history(history.load(root, located=located))
    except history.HistoryUnavailable as exc:
        return Index(unavailable=str(exc))
    indexcache.save(git_dir, wanted, _to_json(index))
    return index


# ---- the index as JSON (see indexcache.py) ----------------------------------------------------------
# One flat row per approval, in an order fixed here: 15,000 short lists load far faster than 15,000
# dicts, and a warm run spends its time building the Approval objects, not parsing the file.


def _to_json(index: Index) -> dict[str, object]:
    rows = {
        path: [[a.commit, a.pos, a.trailers.role, a.trailers.unit, a.trailers.content_hash,
                a.trailers.publish_date.isoformat() if a.trailers.publish_date else None,
                a.day.isoformat() if a.day else None, a.email, a.name, a.problem] for a in found]
        for path, found in index.approvals.items()
    }
    problems = [[p.path, p.commit, p.reason] for p in index.config_problems]
    return {"approvals": rows, "config_problems": problems}


def _from_json(raw: object) -> Index | None:
    """The stored index; None when the file does not hold one in this shape (it is then rebuilt)."""
    days: dict[str, dt.date] = {}  # a site's approvals fall on few distinct days: parse each once

    def day(text: object) -> dt.date | None:
        if text is None:
            return None
        got = days.get(str(text))
        if got is None:
            got = days[str(text)] = dt.date.fromisoformat(str(text))
        return got

    if not isinstance(raw, dict):
        return None
    try:
        index = Index()
        for path, rows in raw["approvals"].items():
            index.approvals[path] = [
                Approval(commit, pos, Trailers(path, role, unit, digest, day(publish)), day(on), email, name,
                         problem)
                for commit, pos, role, unit, digest, publish, on, email, name, problem in rows
            ]
        index.config_problems = [ConfigProblem(path, commit, reason) for path, commit, reason in
                                 raw["config_problems"]]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return index


def from_history(hist: history.History) -> Index:
    index = Index()
    rosters = _RosterBook(hist.blobs)
    trusted: dict[str, dict[str, str]] = {}  # commit -> trusted site_config state (path -> blob)
    actual: dict[str, dict[str, str]] = {}  # commit -> site_config state in its tree
    blame: dict[str, dict[str, str]] = {}  # commit -> {path: commit whose untrusted change is in effect}
    for pos, commit in enumerate(hist.commits):
        _advance_config(commit, actual, trusted, blame, rosters)
        facts = commit.facts
        if facts is None:
            continue
        trailers = parse_trailers(facts.message)
        if trailers is None:
            continue
        base = trusted[commit.parents[0]] if len(commit.parents) == 1 else {}
        approval = _approval(commit, pos, trailers, facts, rosters.get(base.get(history.ROSTER)))
        if approval is not None:
            index.approvals.setdefault(approval.trailers.path, []).append(approval)
    head = hist.commits[-1].id if hist.commits else None
    if head is not None:
        for path in sorted(set(actual[head]) | set(trusted[head])):
            if actual[head].get(path) != trusted[head].get(path):
                culprit = blame[head].get(path, head)
                index.config_problems.append(ConfigProblem(path, culprit, _why_untrusted(hist, culprit, rosters,
                                                                                        trusted)))
    return index


class _RosterBook:
    """Rosters parsed once per blob id."""

    def __init__(self, blobs: dict[str, str]) -> None:
        self.blobs = blobs
        self.parsed: dict[str, tuple[Roster | None, dict[str, Person]]] = {}

    def get(self, blob: str | None) -> tuple[Roster | None, dict[str, Person]]:
        if blob is None:
            return None, {}
        if blob not in self.parsed:
            try:
                roster: Roster | None = parse_roster(self.blobs.get(blob, ""))
            except ConfigError:
                roster = None
            people = {p.email.lower(): p for p in roster.people} if roster else {}
            self.parsed[blob] = (roster, people)
        return self.parsed[blob]


def _advance_config(commit: history.Commit, actual: dict[str, dict[str, str]],
                    trusted: dict[str, dict[str, str]], blame: dict[str, dict[str, str]],
                    rosters: _RosterBook) -> None:
    if not commit.parents:
        # The first commit is the root of trust; a second, unrelated root brings no trust of its own.
        state = {p: b for p, b in commit.config.items() if b}
        first_root = not trusted
        actual[commit.id] = state
        trusted[commit.id] = state if first_root else {}
        blame[commit.id] = {} if first_root else dict.fromkeys(state, commit.id)
        return
    first = commit.parents[0]
    if not commit.config:
        actual[commit.id], trusted[commit.id], blame[commit.id] = actual[first], trusted[first], blame[first]
        return
    state = dict(actual[first])
    for path, blob in commit.config.items():
        if blob:
            state[path] = blob
        else:
            state.pop(path, None)
    actual[commit.id] = state
    merged_from_trusted = any(trusted.get(p) == state for p in commit.parents[1:])
    if merged_from_trusted or _signed_by_principal(commit, rosters.get(trusted[first].get(history.ROSTER))[1]):
        trusted[commit.id], blame[commit.id] = state, {}
    else:
        trusted[commit.id] = trusted[first]
        blame[commit.id] = {**blame[first], **dict.fromkeys(commit.config, commit.id)}


def _signed_by_principal(commit: history.Commit, people: dict[str, Person]) -> bool:
    return _config_signer_problem(commit, people) is None


def _config_signer_problem(commit: history.Commit, people: dict[str, Person]) -> str | None:
    facts = commit.facts
    if facts is None or facts.key is None:
        return facts.sig_error if facts is not None and facts.sig_error else "提交没有有效的 SSH 签名"
    person = people.get(facts.author_email.lower())
    if person is None:
        return f"提交作者 {facts.author_email} 不在修改前的名册中"
    if person.signing_key != facts.key:
        return f"签名密钥不是修改前名册中 {person.name} 的公钥"
    day = _day(facts.day)
    if person.outsourced or day is None or not any(g.role == "principal" and g.covers("principal", g.unit, day)
                                                    for g in person.roles):
        return f"{person.name} 在 {facts.day} 不是主要领导，无权修改站点配置"
    return None


def _why_untrusted(hist: history.History, culprit: str, rosters: _RosterBook,
                   trusted: dict[str, dict[str, str]]) -> str:
    commit = next((c for c in hist.commits if c.id == culprit), None)
    if commit is None or not commit.parents:
        return "该文件来自另一条无关历史的根提交，不在信任链上"
    problem = _config_signer_problem(commit, rosters.get(trusted[commit.parents[0]].get(history.ROSTER))[1])
    return problem or "修改未经主要领导签名"


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _approval(commit: history.Commit, pos: int, trailers: Trailers | str, facts: history.Facts,
              roster_entry: tuple[Roster | None, dict[str, Person]]) -> Approval | None:
    if isinstance(trailers, str):
        return None  # malformed: names no page we could attach it to (the error surfaces as a missing tier)
    roster, people = roster_entry
    person = people.get(facts.author_email.lower())
    day = _day(facts.day)
    problem = _approval_problem(commit, trailers, facts, roster, person, day)
    name = person.name if person is not None else facts.author_name
    return Approval(commit.id, pos, trailers, day, facts.author_email, name, problem)


def _approval_problem(commit: history.Commit, t: Trailers, facts: history.Facts, roster: Roster | None,
                      person: Person | None, day: dt.date | None) -> str | None:
    if len(commit.parents) != 1:
        return "合并提交不能作为审签记录"
    if any(p != t.path for p in facts.paths):
        return "审签提交还改动了其他文件 (一事一审：一次审签只能针对一个页面)"
    if facts.key is None:
        return facts.sig_error or "提交没有 SSH 签名"
    if roster is None:
        return "当时的名册无法读取"
    if person is None:
        return f"提交作者 {facts.author_email} 不在当时的名册中"
    if person.signing_key != facts.key:
        return f"签名密钥不是名册中 {person.name} 的公钥 (他人代签或伪造)"
    if person.outsourced:
        return f"{person.name} 是外包运维人员，不能审签 (附件3 第七条)"
    if day is None:
        return "提交日期无法读取"
    if not person.holds(t.role, t.unit, day):
        return f"{person.name} 在 {day.isoformat()} 不持有 {t.unit} 的{ROLE_LABELS[t.role]}角色"
    return None


# ---- a page's chain ---------------------------------------------------------------------------------


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


__all__ = ["RANKS", "Approval", "Chain", "ConfigProblem", "Index", "build", "evaluate", "from_history"]
