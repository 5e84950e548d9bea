"""What a rule is. One rule = one module under gates/rules/<family>/ that defines RULE = Rule(...).

A rule sees pages one at a time (`check`, or `check_text` for rules that also run on rendered HTML) and,
when it looks across pages, collects what it needs into a typed per-run value (`ctx.state(Kind)`) and
reports from `finish`, which the engine calls once every page has been through every rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Self, TypeVar

from gates.config import SiteConfig
from gates.model import dates
from gates.model.document import Document
from gates.model.finding import Finding, Severity
from gates.model.page import Page

if TYPE_CHECKING:
    from gates.domain.approvals import Index

# "content" rules look at one page's text and run in the pre-commit stage;
# "signoff" rules read git history and run in pre-push and CI;
# "rescan" rules judge what `gates rescan` found on the published site and never run in `gates check`.
Stage = Literal["content", "signoff", "rescan"]
# What a rule can read: the Markdown source of a page, or the rendered HTML of a built or live page (rescan).
Target = Literal["markdown", "html"]
S = TypeVar("S")


class Gathered:
    """Per-run state that gathers facts page by page for a rule's `finish`.

    The engine may split a run's pages between processes (engine/split.py): each part then gathers into its own
    instance, and the parts are merged in page order, so `finish` sees what one pass would have gathered."""

    def merge(self, later: Self) -> None:
        """Add what `later` gathered from the pages after this one's."""
        raise NotImplementedError(f"{type(self).__name__} gathers across pages but cannot be merged")


class Memo:
    """Per-run state that gathers nothing: a cache (a compiled automaton, the scan of the page at hand) or what
    the command set before the pages (the run's scope). A process given part of the pages may drop it."""


@dataclass
class Context:
    """What a rule may know beyond the page: the repository, its config, today, history, per-run state."""

    root: Path
    config: SiteConfig
    today: dt.date = field(default_factory=dates.today)
    # Every rule by code (not only the selected ones), for rules that reason about rules (FM012).
    catalogue: Mapping[str, Rule] = field(default_factory=dict)
    # The approval index, provided by the action that runs the check: rules never start git themselves.
    history: Callable[[], Index] | None = None
    # Whether the run judges the publishing branch, asked once, on first use: only the sign-off rules ask, so a
    # content check never starts git for it. None: publishing.
    branch_check: Callable[[], bool] | None = None
    # The run covers all of content/, so what rules gather across pages (each column's freshness) is whole;
    # a run over some pages (the pre-commit stage) must not call a column blank for want of its other pages.
    whole_site: bool = False
    # How a met site-level freshness condition (SPEC section 3) counts: a warning in `gates check`, since
    # publishing is how a stale column is fixed, and an error on the schedule of `gates freshness` and rescan.
    site_level: Severity = "warning"
    _state: dict[type, object] = field(default_factory=dict)
    _publishing: bool | None = None

    @property
    def publishing(self) -> bool:
        """False on a branch other than the publishing one: an incomplete chain is then a warning, so a page can
        travel between reviewers (SPEC section 7). Unknown (a detached checkout) counts as publishing."""
        if self._publishing is None:
            self._publishing = self.branch_check() if self.branch_check is not None else True
        return self._publishing

    def state(self, kind: type[S]) -> S:
        """The run's one instance of `kind` (a memo, facts collected across pages), made on first use."""
        found = self._state.get(kind)
        if found is None:
            found = self._state[kind] = kind()
        return found  # type: ignore[return-value]

    def approvals(self) -> Index:
        """The approval index of HEAD's history, built once per run."""
        from gates.domain.approvals import Index

        memo = self.state(_IndexMemo)
        if memo.index is None:
            memo.index = self.history() if self.history is not None else Index(
                unavailable="本次检查没有读取 git 历史，无法核验审签")
        return memo.index


@dataclass
class RunScope(Memo):
    """What the run covers: every page under content/ (`paths` empty), or only the paths asked for."""

    paths: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        return not self.paths


@dataclass
class _IndexMemo(Memo):
    index: Index | None = None


PageCheck = Callable[[Page, Context], Iterable[Finding]]
TextCheck = Callable[[Document, Context], Iterable[Finding]]
FinishCheck = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str  # family + 3 digits, e.g. FM003
    name: str  # short kebab-case name
    summary: str  # one Chinese line: what it checks
    article: str  # "3.4" = 附件3 第四条
    why: str  # the regulation's reason, in Chinese
    example: str  # a page (or fragment) that fires
    fix: str  # what the editor does about it, in Chinese
    severity: Severity = "error"
    stage: Stage = "content"
    # True where a finding may be accepted on purpose in front matter (`accept:` with a reason),
    # e.g. a public hotline number. Never true for secrecy marks or ID numbers.
    acceptable: bool = False
    check: PageCheck | None = None  # a Markdown page with its front matter
    check_text: TextCheck | None = None  # any text view: a Markdown page, or a rendered HTML page
    finish: FinishCheck | None = None  # once per run, after every page: cross-page and repository findings

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    @property
    def targets(self) -> tuple[Target, ...]:
        return ("markdown", "html") if self.check_text is not None else ("markdown",)

    @property
    def page_check(self) -> Callable[[Page, Context], Iterable[Finding]] | None:
        """What the engine runs on a Markdown page."""
        return self.check if self.check is not None else self.check_text

    def at(self, page: Document, line: int, message: str, excerpt: str = "",
           severity: Severity | None = None) -> Finding:
        return Finding(self.code, severity or self.severity, page.path, line, message, self.article, excerpt)

    def on(self, path: str, line: int, message: str, severity: Severity | None = None) -> Finding:
        return Finding(self.code, severity or self.severity, path, line, message, self.article)
