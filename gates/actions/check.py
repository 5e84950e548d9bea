"""`gates check`: every selected rule over the pages, with HEAD's history as the approval record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from gates import engine, rules
from gates.config import SiteConfig
from gates.domain.rule import Context, Rule
from gates.gitrecord import approvals
from gates.model.finding import Result


def context(root: Path, config: SiteConfig, today: dt.date | None = None) -> Context:
    """A run's context whose approval index is read from the repository's history on first use."""
    return rules.context(root, config, today, history=lambda: approvals.build(root))


def check(root: Path, config: SiteConfig, chosen: Sequence[Rule], paths: Sequence[str] = (),
          today: dt.date | None = None) -> Result:
    return engine.run(context(root, config, today), chosen, paths)
