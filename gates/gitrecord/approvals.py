"""From history to the approval index: each approval judged against the roster trusted just before it, on
its effective date (timeline.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gates.config import Person, Roster
from gates.domain.approvals import Approval, Backdated, ConfigProblem, Index
from gates.domain.signoff import RANKS, Trailers, parse_trailers
from gates.gitrecord import history, indexcache, timeline, trust
from gates.gitrecord.commits import Commit, Facts
from gates.model.vocabulary import CHAIN_ROLES, ROLE_LABELS

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
    times = timeline.build(hist.commits)
    rosters = trust.RosterBook(hist.blobs)
    walk = trust.walk(hist.commits, times, rosters)
    for cid, claimed in times.future.items():
        day = timeline.local_day(claimed)
        index.future.append(Backdated("", cid, day, day))
    for pos, commit in enumerate(hist.commits):
        facts = commit.facts
        if facts is None:
            continue
        if commit.id in times.backdated:
            index.backdated.append(_backdated(commit, facts, times))
        trailers = parse_trailers(facts.message)
        if trailers is None or isinstance(trailers, str):
            continue  # not an approval, or one naming no page we could attach it to
        base = walk.trusted[commit.parents[0]] if len(commit.parents) == 1 else {}
        approval = _approval(commit, pos, trailers, facts, rosters.get(base.get(history.ROSTER)), times)
        index.approvals.setdefault(approval.trailers.path, []).append(approval)
    if hist.commits:
        _config_problems(index, hist, walk, times, rosters)
    return index


def _config_problems(index: Index, hist: history.History, walk: trust.Walk, times: timeline.Timeline,
                     rosters: trust.RosterBook) -> None:
    head = hist.commits[-1].id
    actual, trusted, blame = walk.actual[head], walk.trusted[head], walk.blame[head]
    differing = {p for p in set(actual) | set(trusted) if actual.get(p) != trusted.get(p)}
    if trust.DIVERGED in blame:
        differing.add(trust.DIVERGED)
    for path in sorted(differing):
        culprit = blame.get(path, head)
        index.config_problems.append(
            ConfigProblem(path, culprit, trust.why_untrusted(hist.commits, culprit, walk, times, rosters)))


def _backdated(commit: Commit, facts: Facts, times: timeline.Timeline) -> Backdated:
    trailers = parse_trailers(facts.message)
    path = trailers.path if isinstance(trailers, Trailers) else next(iter(commit.config), "")
    return Backdated(path, commit.id, timeline.local_day(commit.committed), timeline.local_day(times.backdated[commit.id]))


def _approval(commit: Commit, pos: int, trailers: Trailers, facts: Facts,
              roster_entry: tuple[Roster | None, dict[str, Person]], times: timeline.Timeline) -> Approval:
    roster, people = roster_entry
    person = people.get(facts.author_email.lower())
    day = times.day(commit.id)
    problem = _approval_problem(commit, trailers, facts, roster, person, day, times)
    name = person.name if person is not None else facts.author_name
    return Approval(commit.id, pos, trailers, day, timeline.local_day(commit.committed), facts.author_email, name,
                    problem)


def _approval_problem(commit: Commit, t: Trailers, facts: Facts, roster: Roster | None, person: Person | None,
                      day: dt.date, times: timeline.Timeline) -> str | None:
    if len(commit.parents) != 1:
        return "合并提交不能作为审签记录"
    if any(p != t.path for p in facts.paths):
        return "审签提交还改动了其他文件 (一事一审：一次审签只能针对一个页面)"
    problem = signer_problem(commit, facts, roster, person, times)
    if problem is not None or person is None:
        return problem
    if person.outsourced:
        return f"{person.name} 是外包运维人员，不能审签 (附件3 第七条)"
    if t.urgent and RANKS[t.role] < RANKS["section_head"]:
        return "紧急撤回须由科室负责人及以上发起 (附件3 第八条)"
    if t.initiated and t.role == "drafter" and not t.urgent:
        # Anyone holding a role for the unit starts a withdrawal; their approval is its drafter tier.
        if not any(person.holds(role, t.unit, day) for role in CHAIN_ROLES):
            return f"{person.name} 在生效日期 {day.isoformat()} 不持有 {t.unit} 的任何审签角色，不能发起撤回"
        return None
    if not person.holds(t.role, t.unit, day):
        return f"{person.name} 在生效日期 {day.isoformat()} 不持有 {t.unit} 的{ROLE_LABELS[t.role]}角色"
    return None


def signer_problem(commit: Commit, facts: Facts, roster: Roster | None, person: Person | None,
                   times: timeline.Timeline) -> str | None:
    """Why a record commit (an approval, a re-check) is not signed by the roster key of its author, as the
    roster stood before it, on an honest date; None when it is."""
    if facts.key is None:
        return facts.sig_error or "提交没有 SSH 签名"
    if commit.id in times.backdated:
        return (f"提交日期 {timeline.local_day(commit.committed)} 早于其父提交的生效日期 "
                f"{timeline.local_day(times.backdated[commit.id])} (日期倒退，疑似倒签)")
    if roster is None:
        return "当时的名册无法读取"
    if person is None:
        return f"提交作者 {facts.author_email} 不在当时的名册中"
    if person.signing_key != facts.key:
        return f"签名密钥不是名册中 {person.name} 的公钥 (他人代签或伪造)"
    return None
