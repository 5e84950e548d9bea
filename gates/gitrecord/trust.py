"""Which states of the protected files (site_config/ and the build configuration) are trusted.

Trust starts at the first commit's state (the root of trust) and follows history, never equality: a state is
trusted only when (a) a commit changing it is signed by a principal (主要领导) of the owner unit, as the roster
trusted just before that commit stood on the commit's effective date, or (b) a merge carries forward the
trusted state of a parent whose trusted history already contains every other parent's. So a merge can bring
a signed roster change forward, but a merge that re-introduces an older state — a roster from before a role
was revoked — is a change like any other and needs a principal's signature. Otherwise the trusted state stays
as it was, and approvals are judged against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from gates.config import ConfigError, Person, Roster, parse_roster, parse_site
from gates.gitrecord import history
from gates.gitrecord.commits import Commit
from gates.gitrecord.timeline import Timeline, local_day

State = dict[str, str]  # protected path -> blob id
# A blame entry for a merge of two diverged trusted histories (each with a signed change the other lacks) that
# no principal signed: its result is not trusted, and it stays reported until a signed change settles it.
DIVERGED = "site_config/"


class RosterBook:
    """Rosters and owner units parsed once per blob id."""

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

    def owner_unit(self, blob: str | None) -> str | None:
        if blob is None:
            return None
        try:
            unit = parse_site(self.blobs.get(blob, "")).get("owner_unit")
        except ConfigError:
            return None
        return unit or None


@dataclass
class Walk:
    """The trust walk's result for every commit of the history."""

    actual: dict[str, State] = field(default_factory=dict)  # the protected files in the commit's tree
    trusted: dict[str, State] = field(default_factory=dict)  # the last state trusted at that commit
    tip: dict[str, str] = field(default_factory=dict)  # the commit that made `trusted` trusted
    blame: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> commit whose untrusted change holds


def walk(commits: Sequence[Commit], times: Timeline, rosters: RosterBook) -> Walk:
    result = Walk()
    ancestry = _Ancestry(commits)
    for commit in commits:
        _advance(commit, result, times, rosters, ancestry)
    return result


def _advance(commit: Commit, w: Walk, times: Timeline, rosters: RosterBook, ancestry: _Ancestry) -> None:
    cid = commit.id
    if not commit.parents:
        # The first commit is the root of trust; a second, unrelated root brings no trust of its own.
        state = {p: b for p, b in commit.config.items() if b}
        first_root = not w.trusted
        w.actual[cid], w.tip[cid] = state, cid
        w.trusted[cid] = state if first_root else {}
        w.blame[cid] = {} if first_root else dict.fromkeys(state, cid)
        return
    first = commit.parents[0]
    state = dict(w.actual[first])
    for path, blob in commit.config.items():
        if blob:
            state[path] = blob
        else:
            state.pop(path, None)
    w.actual[cid] = state
    base = _base_parent(commit, w, ancestry)
    if base is not None and state == w.trusted[base]:
        w.trusted[cid], w.tip[cid], w.blame[cid] = w.trusted[base], w.tip[base], {}
        return
    source = base if base is not None else first
    if commit.config and signer_problem(commit, w.trusted[source], times, rosters) is None:
        # A principal's signature vouches for what the commit itself changes, nothing more: signing a page's
        # approval must not make someone else's unsigned roster edit, made earlier, trusted by accident.
        own = _apply(w.trusted[source], commit.config)
        w.trusted[cid], w.tip[cid] = own, cid
        w.blame[cid] = _blame(commit, state, own, w, source, carry_diverged=False)
        return
    w.trusted[cid], w.tip[cid] = w.trusted[source], w.tip[source]
    w.blame[cid] = _blame(commit, state, w.trusted[source], w, source)
    if base is None:
        w.blame[cid][DIVERGED] = cid


def _apply(state: State, changes: dict[str, str]) -> State:
    out = dict(state)
    for path, blob in changes.items():
        if blob:
            out[path] = blob
        else:
            out.pop(path, None)
    return out


def _base_parent(commit: Commit, w: Walk, ancestry: _Ancestry) -> str | None:
    """The parent whose trusted history contains every other parent's; None when the parents' trusted
    histories diverge (then only a principal's signature on the merge can decide)."""
    tips = [w.tip[p] for p in commit.parents]
    if len(set(tips)) == 1:
        return commit.parents[0]
    for parent, tip in zip(commit.parents, tips, strict=True):
        if all(ancestry.contains(tip, other) for other in tips):
            return parent
    return None


def _blame(commit: Commit, state: State, trusted: State, w: Walk, source: str,
           carry_diverged: bool = True) -> dict[str, str]:
    """For each path that now differs from the trusted state: the commit whose untrusted change it carries."""
    out: dict[str, str] = {}
    for path in set(state) | set(trusted):
        if state.get(path) == trusted.get(path):
            continue
        carried = next((p for p in commit.parents if w.actual[p].get(path) == state.get(path) and path in w.blame[p]),
                       None)
        out[path] = w.blame[carried][path] if carried is not None else commit.id
    if carry_diverged and DIVERGED in w.blame[source]:
        out.setdefault(DIVERGED, w.blame[source][DIVERGED])
    return out


def signer_problem(commit: Commit, trusted: State, times: Timeline, rosters: RosterBook) -> str | None:
    """Why the commit is not a principal-signed change under the given trusted state; None when it is."""
    facts = commit.facts
    if facts is None or facts.key is None:
        return facts.sig_error if facts is not None and facts.sig_error else "提交没有有效的 SSH 签名"
    if commit.id in times.backdated:
        return f"提交日期早于其父提交 {local_day(times.backdated[commit.id])} 的生效日期 (日期倒退)"
    people = rosters.get(trusted.get(history.ROSTER))[1]
    person = people.get(facts.author_email.lower())
    if person is None:
        return f"提交作者 {facts.author_email} 不在修改前的名册中"
    if person.signing_key != facts.key:
        return f"签名密钥不是修改前名册中 {person.name} 的公钥"
    day = times.day(commit.id)
    owner = rosters.owner_unit(trusted.get(history.SITE))
    if person.outsourced or not any(g.covers("principal", g.unit, day) and (owner is None or g.unit == owner)
                                    for g in person.roles):
        whose = f" (须为主办单位 {owner} 的主要领导)" if owner else ""
        return f"{person.name} 在 {day.isoformat()} 不是主要领导{whose}，无权修改站点配置或构建配置"
    return None


class _Ancestry:
    """`contains(a, b)`: is b an ancestor of a, or a itself. Asked only where parents' trust diverges."""

    def __init__(self, commits: Sequence[Commit]) -> None:
        self.parents = {c.id: c.parents for c in commits}
        self.pos = {c.id: i for i, c in enumerate(commits)}
        self.memo: dict[tuple[str, str], bool] = {}

    def contains(self, a: str, b: str) -> bool:
        if a == b:
            return True
        if (a, b) in self.memo:
            return self.memo[(a, b)]
        floor = self.pos.get(b, -1)
        seen: set[str] = set()
        stack = [a]
        found = False
        while stack and not found:
            cid = stack.pop()
            for parent in self.parents.get(cid, ()):
                if parent == b:
                    found = True
                    break
                # Ancestors come first in the order, so nothing placed before b can lead to it.
                if parent not in seen and self.pos.get(parent, -1) > floor:
                    seen.add(parent)
                    stack.append(parent)
        self.memo[(a, b)] = found
        return found


def why_untrusted(commits: Sequence[Commit], culprit: str, w: Walk, times: Timeline, rosters: RosterBook) -> str:
    commit = next((c for c in commits if c.id == culprit), None)
    if commit is None or not commit.parents:
        return "该文件来自另一条无关历史的根提交，不在信任链上"
    if len(commit.parents) > 1:
        reason = signer_problem(commit, w.trusted[commit.parents[0]], times, rosters) or "未经主要领导签名"
        return (f"合并提交带入的配置状态不是任何一方经签名认可的最新状态 (例如回退到旧名册，或合并了两条各自签名"
                f"的修改)，合并本身须由主办单位主要领导签名：{reason}")
    return signer_problem(commit, w.trusted[commit.parents[0]], times, rosters) or "修改未经主要领导签名"
