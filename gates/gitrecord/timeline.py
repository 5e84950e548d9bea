"""When record and config commits take effect: commit dates are claims, a commit's place in history is not.

Anyone can set GIT_COMMITTER_DATE. So the date that decides which roster and which role apply to a commit
(SPEC section 4) is its *effective* time: the latest of its own committer time, its parents' effective times,
and the effective time of the first-parent commit that brought it into the branch. An approval made today
with a date inside a role's old validity window is therefore judged today; so is one made long ago on a side
branch and merged today. A commit whose own date lies a day or more before a parent's effective time is
reported as backdated.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from gates.gitrecord.commits import Commit
from gates.model.dates import SHANGHAI

TOLERANCE = 24 * 3600  # clocks disagree; a day or more backwards is no accident


@dataclass(frozen=True)
class Timeline:
    effective: dict[str, int]  # commit -> effective timestamp
    backdated: dict[str, int]  # commit -> the parent effective time its own date lies before
    future: dict[str, int] = field(default_factory=dict)  # commit -> the impossible date it claims

    def day(self, commit: str) -> dt.date:
        return local_day(self.effective[commit])


def local_day(timestamp: int) -> dt.date:
    return dt.datetime.fromtimestamp(timestamp, SHANGHAI).date()


def build(commits: Sequence[Commit], now: float | None = None) -> Timeline:
    """commits: ancestors first (as history.load gives them), HEAD last.

    A commit dated a day or more after `now` claims the impossible. It is reported, and counts as made now:
    otherwise one ordinary commit dated 2099 would make every honest approval after it look backdated.
    """
    limit = int(now if now is not None else time.time()) + TOLERANCE
    future = {c.id: c.committed for c in commits if c.committed > limit}
    own: dict[str, int] = {}
    for c in commits:  # the latest of the commit's own time (never past the limit) and its parents'
        own[c.id] = max([min(c.committed, limit), *(own[p] for p in c.parents if p in own)])
    backdated = {c.id: parent for c in commits if c.id not in future
                 if (parent := max((own[p] for p in c.parents if p in own), default=0)) - c.committed >= TOLERANCE}
    return Timeline(_brought_in(commits, own), backdated, future)


def _brought_in(commits: Sequence[Commit], own: dict[str, int]) -> dict[str, int]:
    """Each commit's time raised to that of the first-parent commit (from HEAD) that brought it in."""
    if not commits:
        return {}
    by_id = {c.id: c for c in commits}
    chain: list[str] = []
    cursor: str | None = commits[-1].id
    while cursor is not None:
        chain.append(cursor)
        parents = by_id[cursor].parents
        cursor = parents[0] if parents and parents[0] in by_id else None
    effective: dict[str, int] = {}
    for mainline in reversed(chain):  # oldest first, so each commit goes to the first merge that brings it
        when = own[mainline]
        stack = [mainline]
        while stack:
            cid = stack.pop()
            if cid in effective:
                continue
            effective[cid] = max(own[cid], when)
            stack.extend(p for p in by_id[cid].parents if p in by_id and p not in effective)
    return effective
