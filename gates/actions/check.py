"""`gates check`: every selected rule over the pages, with HEAD's history as the approval record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from gates import engine, rules
from gates.config import SiteConfig
from gates.domain.rule import Context, Rule
from gates.gitrecord import approvals, history
from gates.model.finding import Result


def context(root: Path, config: SiteConfig, today: dt.date | None = None, branch: str | None = None) -> Context:
    """A run's context whose approval index is read from the repository's history on first use."""
    ctx = rules.context(root, config, today, history=lambda: approvals.build(root))
    ctx.publishing = is_publishing(root, config, branch)
    return ctx


def check(root: Path, config: SiteConfig, chosen: Sequence[Rule], paths: Sequence[str] = (),
          today: dt.date | None = None, branch: str | None = None) -> Result:
    return engine.run(context(root, config, today, branch), chosen, paths)


def is_publishing(root: Path, config: SiteConfig, branch: str | None) -> bool:
    """Whether the run judges the publishing branch (site.yml `publishing_branch`, default main). The branch
    is the one named, else the checked-out one; a detached checkout (as CI often has) is judged as publishing."""
    wanted = config.site.get("publishing_branch") or "main"
    if branch is None:
        try:
            out = history.git(root, ["symbolic-ref", "-q", "--short", "HEAD"], check=False)
        except history.HistoryUnavailable:
            return True
        branch = out.decode("utf-8", "replace").strip() or None
    return branch is None or branch == wanted
