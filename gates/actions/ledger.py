"""`gates ledger`: the 台账 of every publication event (附件3 第六条), built from git history and the pages'
front matter as they stood at each decision — never from a hand-kept file.

An event is a completed decision on a page (the commit of its last tier, 签发) or a re-check record:
首次发布, 更正后重新发布, 撤回 (紧急撤回 when urgent), 撤回后重新发布, 复查. Each page event lists the
tiers that made the decision, found by evaluating the chain for the content the 签发 bound, over the
approvals made up to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gates.config import SiteConfig
from gates.domain.approvals import Approval, Chain, evaluate
from gates.domain.signoff import ChainError, PageHashes, Slot, required_chain, slot_for
from gates.gitrecord import records as gitrecords
from gates.gitrecord.records import Recheck, Records
from gates.model.dates import parse_date
from gates.model.frontmatter import parse_page

FIRST = "首次发布"
CORRECTED = "更正后重新发布"
WITHDRAWN = "撤回"
URGENT = "紧急撤回"
CONFIRMED = "撤回 (审定紧急撤回的说明)"
REPUBLISHED = "撤回后重新发布"
RECHECK = "复查"


@dataclass(frozen=True)
class Tier:
    slot: Slot
    name: str
    email: str
    time: dt.datetime | None
    commit: str
    fingerprint: str  # SHA256 of the key that signed, as ssh-keygen -l shows it


@dataclass
class Event:
    seq: int
    kind: str
    time: dt.datetime  # the 签发 (or re-check) commit's own committer time, Asia/Shanghai
    commit: str
    path: str = ""
    title: str = ""
    column: str = ""
    column_name: str = ""
    unit: str = ""
    unit_name: str = ""
    disclosure: str = ""
    disclosure_reason: str = ""
    index_number: str = ""
    doc_number: str = ""
    source: str = ""
    publish_date: dt.date | None = None
    change_note: str = ""
    change_date: dt.date | None = None
    withdrawal_reason: str = ""
    withdrawal_date: dt.date | None = None
    urgent: bool = False
    content_hash: str = ""
    tiers: list[Tier] = field(default_factory=list)
    recheck: Recheck | None = None

    @property
    def day(self) -> dt.date:
        return self.time.date()

    @property
    def approval_commits(self) -> list[str]:
        return [t.commit for t in self.tiers]


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    column: str | None = None
    unit: str | None = None

    def keep(self, event: Event) -> bool:
        if self.since is not None and event.day < self.since:
            return False
        if self.until is not None and event.day > self.until:
            return False
        if self.column is not None and event.column != self.column:
            return False
        return self.unit is None or event.unit == self.unit


def ledger(root: Path, config: SiteConfig, filters: Filters | None = None) -> list[Event]:
    """Every event in HEAD's history, oldest first, numbered; raises history.HistoryUnavailable."""
    found = gitrecords.load(root)
    decisions = [(path, a) for path, items in found.index.approvals.items() for a in items
                 if a.valid and a.trailers.final]
    texts = gitrecords.texts_at(root, [(a.commit, path) for path, a in decisions])
    events: list[tuple[int, Event]] = []
    previous: dict[str, str] = {}
    for path, final in sorted(decisions, key=lambda item: item[1].pos):
        kind = _kind(final, previous.get(path))
        event = Event(0, kind, found.times.get(final.commit) or _midnight(final.committed), final.commit, path)
        meta = _describe(event, final, texts.get((final.commit, path)), config)
        chain = _chain(final, found.index.approvals[path], event, meta, config)
        # A decision trailer alone decides nothing: anyone with a key can write one. Only the approval that
        # completed the chain for its content is a decision (the same test `gates check` applies), or an urgent
        # takedown, which a section head or above makes alone (the validity of its approval says so).
        if not final.trailers.urgent and (not chain.complete or final not in chain.filled.values()):
            continue
        previous[path] = final.trailers.decided or ""
        event.tiers = _tiers(found, final, chain, event)
        events.append((final.pos, event))
    for record in found.rechecks:
        if record.valid:
            events.append((record.pos, Event(0, RECHECK, record.time, record.commit, recheck=record)))
    chosen = [e for _, e in sorted(events, key=lambda item: item[0]) if (filters or Filters()).keep(e)]
    for seq, event in enumerate(chosen, start=1):
        event.seq = seq
    return chosen


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _kind(final: Approval, before: str | None) -> str:
    if final.trailers.decided == "withdrawn":
        if final.trailers.urgent:
            return URGENT
        return CONFIRMED if before == "withdrawn" else WITHDRAWN
    if before is None:
        return FIRST
    return REPUBLISHED if before == "withdrawn" else CORRECTED


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return " ".join(str(value).split())


def _describe(event: Event, final: Approval, raw: bytes | None, config: SiteConfig) -> dict[str, Any]:
    """Fill the event from the page as the 签发 commit left it, and from what the 签发 bound."""
    t = final.trailers
    event.unit = t.unit
    event.content_hash = t.content_hash
    event.urgent = t.urgent
    event.index_number = t.index_number or ""
    event.publish_date = t.publish_date
    event.withdrawal_date = t.withdrawal_date
    event.change_date = t.change_date
    meta: dict[str, Any] = {}
    if raw is not None:
        page = parse_page(event.path, raw)
        if page.readable:
            meta = page.meta
    event.title = _text(meta.get("title"))
    event.column = _text(meta.get("column")) or event.path.split("/")[1] if "/" in event.path else ""
    column = config.columns.get(event.column)
    event.column_name = column.name if column is not None else event.column
    event.unit = _text(meta.get("unit")) or event.unit
    unit = config.roster.units.get(event.unit)
    event.unit_name = unit.name if unit is not None else event.unit
    event.disclosure = _text(meta.get("disclosure"))
    event.disclosure_reason = _text(meta.get("disclosure_reason"))
    event.index_number = event.index_number or _text(meta.get("index_number"))
    event.doc_number = _text(meta.get("doc_number"))
    event.publish_date = event.publish_date or parse_date(meta.get("date"))
    source = meta.get("source")
    if isinstance(source, dict) and source.get("type") == "reprint":
        event.source = "　".join(p for p in (_text(source.get("name")), _text(source.get("url"))) if p)
    notes = meta.get("change_note")
    if event.kind == CORRECTED and isinstance(notes, list) and notes and isinstance(notes[-1], dict):
        event.change_note = _text(notes[-1].get("note"))
    withdrawal = meta.get("withdrawal")
    if t.decided == "withdrawn" and isinstance(withdrawal, dict):
        event.withdrawal_reason = _text(withdrawal.get("reason"))
    return meta


def _chain(final: Approval, items: list[Approval], event: Event, meta: dict[str, Any], config: SiteConfig) -> Chain:
    """The chain for the content the 签发 bound, over the approvals up to it (the chain of today's
    configuration; the tiers are the same unless the column's review changed)."""
    digest = final.trailers.content_hash
    upto = [a for a in items if a.pos <= final.pos]
    try:
        slots = required_chain({**meta, "unit": event.unit, "column": event.column}, config)
    except ChainError:
        slots = []
    # Tiers the decision used beyond the plain chain (principal for an important page, co-unit deputies) come
    # from the approvals of that content themselves.
    for a in upto:
        slot = slot_for(a.trailers.role, a.trailers.unit, event.unit)
        if a.valid and a.trailers.content_hash == digest and slot is not None and slot not in slots:
            slots.append(slot)
    slots.sort(key=lambda s: s.rank)
    return evaluate(event.path, event.unit, PageHashes(digest, digest, False), slots, upto,
                    withdrawing=final.trailers.decided == "withdrawn")


def _tiers(found: Records, final: Approval, chain: Chain, event: Event) -> list[Tier]:
    """The approvals that made this decision, with the fingerprint of each signing key."""
    tiers = []
    for slot in chain.slots:
        signed = chain.filled.get(slot)
        if signed is None:
            continue
        key = found.keys.get(signed.commit)
        tiers.append(Tier(slot, signed.name, signed.email, found.times.get(signed.commit), signed.commit,
                          gitrecords.fingerprint(key) if key else ""))
    if final.commit not in {t.commit for t in tiers}:  # never lose the 签发 itself
        key = found.keys.get(final.commit)
        slot = slot_for(final.trailers.role, final.trailers.unit, event.unit) or Slot(final.trailers.role, event.unit)
        tiers.append(Tier(slot, final.name, final.email, found.times.get(final.commit), final.commit,
                          gitrecords.fingerprint(key) if key else ""))
    return tiers
