"""Which site_config/ states are trusted: the config trust walk over history.

Trust starts at the first commit's site_config (the root of trust). A later change to site_config/ is
trusted only when its commit is signed by a principal (主要领导) of the roster as last trusted; otherwise the
roster stays as it was, so a person added by an unsigned change can never sign anything.
"""

from __future__ import annotations

from gates.config import ConfigError, Person, Roster, parse_roster
from gates.gitrecord import history
from gates.model.dates import parse_date


class RosterBook:
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


def advance(commit: history.Commit, actual: dict[str, dict[str, str]],
                    trusted: dict[str, dict[str, str]], blame: dict[str, dict[str, str]],
                    rosters: RosterBook) -> None:
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
    day = parse_date(facts.day)
    if person.outsourced or day is None or not any(g.role == "principal" and g.covers("principal", g.unit, day)
                                                    for g in person.roles):
        return f"{person.name} 在 {facts.day} 不是主要领导，无权修改站点配置"
    return None


def why_untrusted(hist: history.History, culprit: str, rosters: RosterBook,
                   trusted: dict[str, dict[str, str]]) -> str:
    commit = next((c for c in hist.commits if c.id == culprit), None)
    if commit is None or not commit.parents:
        return "该文件来自另一条无关历史的根提交，不在信任链上"
    problem = _config_signer_problem(commit, rosters.get(trusted[commit.parents[0]].get(history.ROSTER))[1])
    return problem or "修改未经主要领导签名"
