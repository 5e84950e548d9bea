"""`gates status` and `gates pending`: where a page stands in its sign-off chain, and what waits for whom.

Both read the chain exactly as the SIGN rules and `gates sign` do (gitrecord.approvals.build, then
domain.approvals.evaluate), so what they say is what CI will decide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gates import rules as rule_registry
from gates.actions.check import check
from gates.config import Person, SiteConfig
from gates.domain.approvals import Approval, Chain, Index, evaluate
from gates.domain.signoff import ChainError, PageHashes, Slot, required_chain
from gates.engine.discover import discover
from gates.gitrecord import approvals, history
from gates.model import dates
from gates.model.finding import Finding
from gates.model.frontmatter import read_page
from gates.model.links import attachment_digests
from gates.model.page import Page


class StatusError(Exception):
    """The page cannot be judged (not a page, history unreadable); str() is the Chinese reason."""


@dataclass(frozen=True)
class Tier:
    slot: Slot
    approval: Approval | None  # the valid approval of the current content filling it
    why_missing: str | None
    signable_by: list[Person]  # who in the roster could sign it today (open tiers only)


@dataclass
class PageStatus:
    path: str
    title: str
    status: str
    unit: str
    chain_error: str | None = None
    tiers: list[Tier] = field(default_factory=list)
    records: list[Approval] = field(default_factory=list)  # every approval commit naming the page, oldest first
    stale: bool = False  # approvals exist that were made for content the page no longer has
    findings: list[Finding] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.chain_error is None and bool(self.tiers) and all(t.approval for t in self.tiers)

    @property
    def next_tiers(self) -> list[Tier]:
        """The open tiers of the lowest rank: the ones that can be signed next."""
        open_tiers = [t for t in self.tiers if t.approval is None]
        if not open_tiers:
            return []
        low = min(t.slot.rank for t in open_tiers)
        return [t for t in open_tiers if t.slot.rank == low]


def page_status(root: Path, config: SiteConfig, relpath: str, today: dt.date | None = None,
                with_findings: bool = True) -> PageStatus:
    day = today or dates.today()
    index = _index(root)
    page = read_page(root, relpath)
    if not page.readable:
        raise StatusError(f"{relpath} 无法解析：{page.problems[0].message}")
    state = _status_of(root, config, page, index, day)
    if with_findings:
        found = check(root, config, rule_registry.select(), [relpath], day).findings
        state.findings = [f for f in found if f.path == relpath]
    return state


def pending(root: Path, config: SiteConfig, email: str | None = None,
            today: dt.date | None = None) -> list[tuple[PageStatus, dt.datetime | None]]:
    """Pages whose chain for their current content is incomplete, oldest wait first, each with the time of the
    last commit that touched it. With `email`, only those whose next tier that person can sign today."""
    day = today or dates.today()
    index = _index(root)
    person = config.roster.by_email(email) if email else None
    if email and person is None:
        raise StatusError(f"{email} 不在名册 site_config/roster.yml 中")
    touched = _last_touched(root)
    out = []
    for relpath in discover(root):
        page = read_page(root, relpath)
        if not page.readable or page.is_index or page.status not in ("draft", "published", "withdrawn"):
            continue
        state = _status_of(root, config, page, index, day)
        if state.chain_error is not None or state.complete:
            continue
        if person is not None and not any(person in t.signable_by for t in state.next_tiers):
            continue
        out.append((state, touched.get(relpath)))
    # Oldest wait first: the deepest last commit; pages never committed (no history yet) last.
    ordered = sorted(out, key=lambda item: (-(item[1][0] if item[1] else -1), item[0].path))
    return [(state, last[1] if last else None) for state, last in ordered]


def current_email(root: Path) -> str:
    out = history.git(root, ["config", "--get", "user.email"], check=False)
    email = out.decode("utf-8", "replace").strip()
    if not email:
        raise StatusError("未配置 git user.email (git config user.email 你的邮箱)")
    return email


def _index(root: Path) -> Index:
    try:
        index = approvals.build(root)
    except history.HistoryUnavailable as exc:
        raise StatusError(str(exc)) from None
    if index.unavailable:
        raise StatusError(index.unavailable)
    return index


def _status_of(root: Path, config: SiteConfig, page: Page, index: Index, day: dt.date) -> PageStatus:
    state = PageStatus(page.path, str(page.meta.get("title", "")), str(page.status or ""),
                       str(page.meta.get("unit", "")))
    state.records = list(index.approvals.get(page.path, []))
    try:
        slots = required_chain(page.meta, config)
    except ChainError as exc:
        state.chain_error = str(exc)
        return state
    hashes = PageHashes.of(page.meta, page.body, attachment_digests(root, page.path, page.body))
    chain = evaluate(page.path, state.unit, hashes, slots, state.records)
    # Approvals of other content while the chain of this content is open: an edit (or a reclassification)
    # came after them, so they no longer count (SIGN001), and the chain must be signed again.
    state.stale = not chain.complete and any(
        a.valid and not hashes.matches(a.trailers.version, a.trailers.content_hash) for a in state.records)
    state.tiers = list(_tiers(config, chain, day))
    return state


def _tiers(config: SiteConfig, chain: Chain, day: dt.date) -> Iterator[Tier]:
    signed = {a.email.lower() for a in chain.filled.values()}
    for slot in chain.slots:
        approval = chain.filled.get(slot)
        who: list[Person] = []
        if approval is None:
            who = [p for p in config.roster.people if not p.outsourced and p.email.lower() not in signed
                   and p.holds(slot.grant_role, slot.unit, day)]
        yield Tier(slot, approval, chain.missing.get(slot), who)


def _last_touched(root: Path) -> dict[str, tuple[int, dt.datetime]]:
    """Each page's last commit, from one `git log` pass, newest first (the first sighting wins): its place in
    that walk (0 = HEAD; commits of one second keep their order) and its committer time."""
    try:
        out = history.git(root, ["-c", "core.quotepath=false", "log", "--format=@%cI", "--name-only", "--no-renames",
                                 "--", "content"], check=False)
    except history.HistoryUnavailable:
        return {}
    seen: dict[str, tuple[int, dt.datetime]] = {}
    when: dt.datetime | None = None
    place = -1
    for line in out.decode("utf-8", "replace").splitlines():
        if line.startswith("@"):
            when, place = dt.datetime.fromisoformat(line[1:]), place + 1
        elif line and when is not None:
            seen.setdefault(line, (place, when))
    return seen
