"""What a rule is. One rule = one module under gates/rules/ that defines RULE = Rule(...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from gates.config import SiteConfig
from gates.model import Finding, Page, Severity

# "content" rules look at one page's text and run in the pre-commit stage;
# "signoff" rules read git history and run in pre-push and CI.
Stage = Literal["content", "signoff"]


@dataclass
class Context:
    """What a rule may know beyond the page: the repository, its config, today, shared caches."""

    root: Path
    config: SiteConfig
    today: dt.date = field(default_factory=dt.date.today)
    _shared: dict[str, Any] = field(default_factory=dict)

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """Build an expensive value (a matcher, the approval index) once per run, on first use."""
        if key not in self._shared:
            self._shared[key] = build()
        return self._shared[key]


PageCheck = Callable[[Page, Context], Iterable[Finding]]
RepoCheck = Callable[[Context], Iterable[Finding]]


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
    check: PageCheck | None = None
    check_repo: RepoCheck | None = None  # once per run, for findings not about one page

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def at(self, page: Page, line: int, message: str, excerpt: str = "",
           severity: Severity | None = None) -> Finding:
        return Finding(self.code, severity or self.severity, page.path, line, message, self.article, excerpt)

    def on(self, path: str, line: int, message: str, severity: Severity | None = None) -> Finding:
        return Finding(self.code, severity or self.severity, path, line, message, self.article)
