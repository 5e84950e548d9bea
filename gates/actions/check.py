"""`gates check`: every selected rule over the pages, with HEAD's history as the approval record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gates import engine, rules
from gates.config import SiteConfig
from gates.domain.approvals import Index
from gates.domain.freshness import FreshnessRun, Table
from gates.domain.rule import Context, Rule
from gates.engine import split
from gates.engine.discover import CONTENT
from gates.model.finding import Result


@dataclass(frozen=True)
class Checked:
    result: Result
    freshness: Table | None  # every column's freshness, when the run covered the whole site and FREQ ran


def context(root: Path, config: SiteConfig, today: dt.date | None = None, branch: str | None = None,
            whole_site: bool = False) -> Context:
    """A run's context whose approval index is read from the repository's history on first use."""
    ctx = rules.context(root, config, today, history=lambda: _approvals(root), whole_site=whole_site)
    ctx.branch_check = lambda: is_publishing(root, config, branch)
    return ctx


def _approvals(root: Path) -> Index:
    # Imported here: the history readers are for the sign-off rules, and a content check never loads them.
    from gates.gitrecord import approvals

    return approvals.build(root)


def check(root: Path, config: SiteConfig, chosen: Sequence[Rule], paths: Sequence[str] = (),
          today: dt.date | None = None, branch: str | None = None, jobs: int = 1) -> Result:
    return checked(root, config, chosen, paths, today, branch, jobs).result


def checked(root: Path, config: SiteConfig, chosen: Sequence[Rule], paths: Sequence[str] = (),
            today: dt.date | None = None, branch: str | None = None, jobs: int | None = None) -> Checked:
    """The check of the pages under paths. jobs: how many processes to split a large run between (None: the
    cores this process may use); the result is the same whatever it is."""
    ctx = context(root, config, today, branch, whole_site=covers_site(root, paths))
    result = engine.run(ctx, chosen, paths, split.jobs_available() if jobs is None else jobs)
    return Checked(result, ctx.state(FreshnessRun).table)


def covers_site(root: Path, paths: Sequence[str]) -> bool:
    """Whether the pages asked for are all of content/ (no paths, `content`, or the repository itself), so that
    what is gathered across pages, such as a column's last publication, is whole."""
    if not paths:
        return True
    top = root.resolve()
    wanted = {top, top / CONTENT}
    return any((Path(p) if Path(p).is_absolute() else top / p).resolve() in wanted for p in paths)


def is_publishing(root: Path, config: SiteConfig, branch: str | None) -> bool:
    """Whether the run judges the publishing branch (site.yml `publishing_branch`, default main). The branch
    is the one named, else the checked-out one; a detached checkout (as CI often has) is judged as publishing."""
    from gates.gitrecord import history  # see _approvals

    wanted = config.site.get("publishing_branch") or "main"
    if branch is None:
        try:
            out = history.git(root, ["symbolic-ref", "-q", "--short", "HEAD"], check=False)
        except history.HistoryUnavailable:
            return True
        branch = out.decode("utf-8", "replace").strip() or None
    return branch is None or branch == wanted
