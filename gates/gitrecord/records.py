"""Every record in HEAD's history, for the ledger (台账, 附件3 第六条): the approval index, the re-check records
(复查记录, 附件3 第八条) judged like approvals, when each record commit was made and which key signed it, and
a page's text as it stood at a commit.

The SIGN rules need only the approval index (approvals.build, cached); the ledger also needs the re-checks,
commit times and keys, so it reads the same history once more here. Page texts at many commits come from one
`git cat-file --batch`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from gates.config import Person, Roster
from gates.domain.approvals import Index
from gates.gitrecord import approvals, history, timeline, trust
from gates.gitrecord.commits import Commit, Facts
from gates.model.dates import SHANGHAI
from gates.model.vocabulary import RECHECKER, ROLE_LABELS

# The re-check record's trailers (written by `gates rescan --record`).
T_RECHECK = "Gates-Recheck"
T_REPORT = "Gates-Report-Hash"
T_ERRORS = "Gates-Errors"
T_WARNINGS = "Gates-Warnings"
T_PAGES = "Gates-Pages"
RECHECK_VERSION = "v1"
_TRAILER = re.compile(r"^(Gates-[A-Za-z-]+):[ \t]*(.*?)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Recheck:
    commit: str
    pos: int
    time: dt.datetime  # the commit's own committer time, Asia/Shanghai
    day: dt.date  # its effective date, on which the role was judged
    name: str
    email: str
    report_hash: str
    errors: int
    warnings: int
    pages: int
    problem: str | None  # None = a valid record

    @property
    def valid(self) -> bool:
        return self.problem is None


@dataclass
class Records:
    index: Index
    rechecks: list[Recheck] = field(default_factory=list)
    times: dict[str, dt.datetime] = field(default_factory=dict)  # record commit -> committer time (Shanghai)
    keys: dict[str, str] = field(default_factory=dict)  # record commit -> the public key whose signature verified


def fingerprint(public_key: str) -> str:
    """The key's SHA256 fingerprint as `ssh-keygen -l` shows it."""
    parts = public_key.split()
    blob = base64.b64decode(parts[1]) if len(parts) > 1 else public_key.encode("utf-8")
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii").rstrip("=")


def load(root: Path) -> Records:
    """HEAD's records; raises history.HistoryUnavailable (Chinese) when history cannot be read."""
    hist = history.load(root)
    records = Records(approvals.from_history(hist))
    times = timeline.build(hist.commits)
    rosters = trust.RosterBook(hist.blobs)
    walk = trust.walk(hist.commits, times, rosters)
    for pos, commit in enumerate(hist.commits):
        facts = commit.facts
        if facts is None:
            continue
        records.times[commit.id] = dt.datetime.fromtimestamp(commit.committed, SHANGHAI)
        if facts.key is not None:
            records.keys[commit.id] = facts.key
        said = _recheck_trailers(facts.message)
        if said is None:
            continue
        base = walk.trusted[commit.parents[0]] if len(commit.parents) == 1 else {}
        roster, people = rosters.get(base.get(history.ROSTER))
        person = people.get(facts.author_email.lower())
        day = times.day(commit.id)
        problem = said if isinstance(said, str) else _recheck_problem(commit, facts, roster, person, day, times)
        counts = said if isinstance(said, tuple) else ("", 0, 0, 0)
        records.rechecks.append(Recheck(commit.id, pos, records.times[commit.id], day,
                                        person.name if person else facts.author_name, facts.author_email,
                                        counts[0], counts[1], counts[2], counts[3], problem))
    return records


def _recheck_trailers(message: str) -> tuple[str, int, int, int] | str | None:
    """(report hash, errors, warnings, pages); None when not a re-check record; a Chinese reason when malformed."""
    if T_RECHECK not in message:
        return None
    found: dict[str, list[str]] = {}
    for key, value in _TRAILER.findall(message):
        found.setdefault(key, []).append(value)
    if found.get(T_RECHECK) != [RECHECK_VERSION]:
        return None if T_RECHECK not in found else f"复查记录格式版本 {found[T_RECHECK]!r} 不受支持"
    report = found.get(T_REPORT, [])
    if len(report) != 1 or not re.fullmatch(r"sha256:[0-9a-f]{64}", report[0]):
        return f"复查记录的 {T_REPORT} 无效"
    counts: list[int] = []
    for key in (T_ERRORS, T_WARNINGS, T_PAGES):
        got = found.get(key, [])
        if len(got) != 1 or not got[0].isdigit() or len(got[0]) > 9:
            return f"复查记录的 {key} 无效"
        counts.append(int(got[0]))
    return report[0], counts[0], counts[1], counts[2]


def _recheck_problem(commit: Commit, facts: Facts, roster: Roster | None, person: Person | None, day: dt.date,
                     times: timeline.Timeline) -> str | None:
    if len(commit.parents) != 1:
        return "合并提交不能作为复查记录"
    if facts.paths:
        return "复查记录不应改动任何文件"
    problem = approvals.signer_problem(commit, facts, roster, person, times)
    if problem is not None or person is None:
        return problem
    if person.outsourced or not any(g.role == RECHECKER and person.holds(RECHECKER, g.unit, day) for g in person.roles):
        return f"{person.name} 在 {day.isoformat()} 不持有{ROLE_LABELS[RECHECKER]}角色"
    return None


def texts_at(root: Path, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """The content of each (commit, path) in one `git cat-file --batch`; absent ones are left out."""
    # cat-file --batch names a missing object by echoing the request, so a path with whitespace could not be
    # told apart from its reply: such paths (FM013 refuses them in content/) are left out.
    specs = [f"{commit}:{path}" for commit, path in wanted if not any(ch.isspace() for ch in path)]
    objects = history.cat_objects(root, specs)
    return {(commit, path): objects[f"{commit}:{path}"] for commit, path in wanted
            if f"{commit}:{path}" in objects}
