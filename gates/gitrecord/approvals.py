"""From history to the approval index: each approval judged against the roster trusted just before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gates.config import Person, Roster
from gates.domain.approvals import Approval, ConfigProblem, Index
from gates.domain.signoff import Trailers, parse_trailers
from gates.gitrecord import history, indexcache, trust
from gates.model.dates import parse_date
from gates.model.vocabulary import ROLE_LABELS

__all__ = ["Index", "build", "from_history"]


def build(root: Path, use_cache: bool = True) -> Index:
    try:
        located = history.locate(root)
        if not use_cache:
            return from_history(history.load(root, use_cache=False, located=located))
        git_dir, head = located
        wanted = indexcache.key(root, head)
        stored = indexcache.load(git_dir, wanted)
        if stored is not None:
            cached = indexcache.decode(stored)
            if cached is not None:
                return cached
        index = from_history(history.load(root, located=located))
    except history.HistoryUnavailable as exc:
        return Index(unavailable=str(exc))
    indexcache.save(git_dir, wanted, indexcache.encode(index))
    return index


def from_history(hist: history.History) -> Index:
    index = Index()
    rosters = trust.RosterBook(hist.blobs)
    trusted: dict[str, dict[str, str]] = {}  # commit -> trusted site_config state (path -> blob)
    actual: dict[str, dict[str, str]] = {}  # commit -> site_config state in its tree
    blame: dict[str, dict[str, str]] = {}  # commit -> {path: commit whose untrusted change is in effect}
    for pos, commit in enumerate(hist.commits):
        trust.advance(commit, actual, trusted, blame, rosters)
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
                index.config_problems.append(ConfigProblem(path, culprit, trust.why_untrusted(hist, culprit, rosters,
                                                                                        trusted)))
    return index


def _approval(commit: history.Commit, pos: int, trailers: Trailers | str, facts: history.Facts,
              roster_entry: tuple[Roster | None, dict[str, Person]]) -> Approval | None:
    if isinstance(trailers, str):
        return None  # malformed: names no page we could attach it to (the error surfaces as a missing tier)
    roster, people = roster_entry
    person = people.get(facts.author_email.lower())
    day = parse_date(facts.day)
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
