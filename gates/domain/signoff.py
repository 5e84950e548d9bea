"""Sign-off vocabulary shared by `gates sign` and the SIGN rules: tiers, the chain a page needs, the content
hash an approval binds, and the commit trailers that carry it.

The chain (SPEC section 3): drafter -> section_head -> each co-unit's deputy -> deputy [-> principal].
Co-unit deputies sit between the section head and the lead unit's deputy because the lead unit sends the
page out (附件2 第八条: 由信息制作或主办单位负责送审和发布), so its own leader signs last (签发).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from gates.config import SiteConfig
from gates.model.dates import parse_date
from gates.model.vocabulary import CHAIN_ROLE_LABELS as ROLE_LABELS
from gates.model.vocabulary import INDEX_NUMBER

# v2 (SPEC section 4): the hash covers the attachments a page links and leaves out what 签发 writes; the final
# tier's commit names the decision it completes. v1 approvals are read as the history they are (see
# PageHashes.matches).
TRAILER_VERSION = "v2"
VERSIONS = ("v1", "v2")
T_APPROVAL = "Gates-Approval"
T_PATH = "Gates-Path"
T_ROLE = "Gates-Role"
T_UNIT = "Gates-Unit"
T_HASH = "Gates-Content-Hash"
T_PUBLISH = "Gates-Publish-Date"
T_DECISION = "Gates-Decision"
T_WITHDRAWAL = "Gates-Withdrawal-Date"
T_INDEX = "Gates-Index-Number"
T_TIME = "Gates-Publish-Time"
T_CHANGE = "Gates-Change-Date"  # the newest change_note's date, written and bound by a correction's 签发
T_URGENT = "Gates-Urgent"  # an urgent takedown (3.8): a section head or above withdraws at once
T_START = "Gates-Withdraw-Start"  # the initiator of a withdrawal, who fills its drafter tier
YES = "yes"
HASH_PREFIX = "sha256:"
Decision = Literal["published", "withdrawn"]
DECISIONS: tuple[Decision, ...] = ("published", "withdrawn")

RANKS = {"drafter": 0, "section_head": 1, "co_deputy": 2, "deputy": 3, "principal": 4}
CO_DEPUTY = "co_deputy"

# Keys outside the content hash: what the last tier's commit writes (signers, status, date, time, 索引号,
# the withdrawal's date, the newest change note's date), so lower tiers cannot have seen it; the final commit
# binds them in its trailers instead, and SIGN003 compares the page with them.
UNHASHED_KEYS = frozenset({"signers", "status", "date", "time", "index_number"})
UNHASHED_KEYS_V1 = frozenset({"signers", "status", "date"})


@dataclass(frozen=True, order=True)
class Slot:
    """One place in a chain: a tier, and for co-unit deputies the co-unit."""

    role: str  # drafter | section_head | co_deputy | deputy | principal
    unit: str  # the unit whose role-holder fills it

    @property
    def rank(self) -> int:
        return RANKS[self.role]

    @property
    def grant_role(self) -> str:
        """The roster role that fills this slot."""
        return "deputy" if self.role == CO_DEPUTY else self.role

    @property
    def label(self) -> str:
        if self.role == CO_DEPUTY:
            return f"协办单位 {self.unit} 分管领导"
        return ROLE_LABELS[self.role]


class ChainError(Exception):
    """The page's front matter does not say which chain it needs; str() is Chinese."""


def required_chain(meta: dict[str, Any], config: SiteConfig) -> list[Slot]:
    """The ordered slots a page needs before it may be published."""
    unit = meta.get("unit")
    if not isinstance(unit, str) or unit not in config.roster.units:
        raise ChainError(f"发布单位 unit {unit!r} 不在名册中，无法确定审签链")
    column_id = meta.get("column")
    column = config.columns.get(column_id) if isinstance(column_id, str) else None
    if column is None:
        raise ChainError(f"栏目 column {column_id!r} 未配置，无法确定审签链")
    slots = [Slot("drafter", unit), Slot("section_head", unit)]
    for co in co_units(meta):
        if co == unit:
            continue
        if co not in config.roster.units:
            raise ChainError(f"协办单位 co_units 中的 {co!r} 不在名册中，无法确定审签链")
        slots.append(Slot(CO_DEPUTY, co))
    slots.append(Slot("deputy", unit))
    if column.review == "disclosure" or meta.get("importance") == "important":
        slots.append(Slot("principal", unit))
    return slots


def co_units(meta: dict[str, Any]) -> list[str]:
    raw = meta.get("co_units")
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    out: list[str] = []
    for item in items:
        if isinstance(item, str) and item.strip() and item.strip() not in out:
            out.append(item.strip())
    return out


def slot_for(role: str, unit: str, page_unit: str) -> Slot | None:
    """The slot an approval of `role` for `unit` fills on a page of `page_unit`; None when it fills none."""
    if unit == page_unit:
        return Slot(role, unit)
    if role == "deputy":
        return Slot(CO_DEPUTY, unit)
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def content_hash(meta: dict[str, Any], body: str, attachments: dict[str, str] | None = None) -> str:
    """v2: sha256 over canonical JSON of the front matter (less what 签发 writes), the body, and the digest of
    every attachment the page links (path -> sha256), so a PDF swapped after approval makes it stale.

    Canonical JSON (sorted keys, UTF-8, no spaces) makes the hash independent of key order, quoting and
    comments in the editor's YAML: only what the page says counts.
    """
    kept = {k: v for k, v in meta.items() if k not in UNHASHED_KEYS}
    withdrawal = kept.get("withdrawal")
    if isinstance(withdrawal, dict):
        kept["withdrawal"] = {k: v for k, v in withdrawal.items() if k != "date"}
    notes = kept.get("change_note")
    if isinstance(notes, list) and notes and isinstance(notes[-1], dict):
        kept["change_note"] = [*notes[:-1], {k: v for k, v in notes[-1].items() if k != "date"}]
    files = json.dumps(dict(sorted((attachments or {}).items())), ensure_ascii=False, separators=(",", ":"))
    return HASH_PREFIX + hashlib.sha256((_canon(kept) + "\n" + body + "\n" + files).encode("utf-8")).hexdigest()


def content_hash_v1(meta: dict[str, Any], body: str) -> str:
    """The v1 hash (front matter less signers/status/date, and the body): for reading v1 approvals."""
    kept = {k: v for k, v in meta.items() if k not in UNHASHED_KEYS_V1}
    return HASH_PREFIX + hashlib.sha256((_canon(kept) + "\n" + body).encode("utf-8")).hexdigest()


def _canon(kept: dict[str, Any]) -> str:
    return json.dumps(_jsonable(kept), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class PageHashes:
    """A page's current content as each trailer version hashes it."""

    v2: str
    v1: str
    has_attachments: bool

    @classmethod
    def of(cls, meta: dict[str, Any], body: str, attachments: dict[str, str]) -> PageHashes:
        return cls(content_hash(meta, body, attachments), content_hash_v1(meta, body), bool(attachments))

    def matches(self, version: str, digest: str) -> bool:
        """Whether an approval of `version` binding `digest` approved this content. A v1 approval never saw
        attachments, so it counts only for a page that links none."""
        if version == "v1":
            return not self.has_attachments and digest == self.v1
        return digest == self.v2


# ---- the commit message -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Trailers:
    path: str
    role: str
    unit: str
    content_hash: str
    publish_date: dt.date | None = None
    decision: Decision | None = None  # on the last tier's commit: the decision it completes
    withdrawal_date: dt.date | None = None
    version: str = TRAILER_VERSION
    index_number: str | None = None  # 索引号 bound at 签发 (SPEC section 2)
    time: str | None = None  # 发布时间 HH:MM written at 签发
    change_date: dt.date | None = None  # the newest change_note's date, bound by a correction's 签发
    urgent: bool = False  # an urgent withdrawal: final at once, its explanation approved from this tier up
    initiated: bool = False  # the start of a withdrawal by anyone holding a role for the unit (drafter tier)

    @property
    def final(self) -> bool:
        """The commit completed a decision (签发). v1 marked it only by the publication date."""
        return self.decision is not None or (self.version == "v1" and self.publish_date is not None)

    @property
    def decided(self) -> Decision | None:
        if self.decision is not None:
            return self.decision
        return "published" if self.final else None


_TRAILER = re.compile(r"^(Gates-[A-Za-z-]+):[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def commit_message(trailers: Trailers, signer_name: str) -> str:
    role_label = ROLE_LABELS.get(trailers.role, trailers.role)
    lines = [
        f"审签: {trailers.path} ({role_label} {signer_name})",
        "",
        f"{T_APPROVAL}: {trailers.version}",
        f"{T_PATH}: {trailers.path}",
        f"{T_ROLE}: {trailers.role}",
        f"{T_UNIT}: {trailers.unit}",
        f"{T_HASH}: {trailers.content_hash}",
    ]
    if trailers.decision is not None:
        lines.append(f"{T_DECISION}: {trailers.decision}")
    if trailers.publish_date is not None:
        lines.append(f"{T_PUBLISH}: {trailers.publish_date.isoformat()}")
    if trailers.withdrawal_date is not None:
        lines.append(f"{T_WITHDRAWAL}: {trailers.withdrawal_date.isoformat()}")
    if trailers.index_number is not None:
        lines.append(f"{T_INDEX}: {trailers.index_number}")
    if trailers.time is not None:
        lines.append(f"{T_TIME}: {trailers.time}")
    if trailers.change_date is not None:
        lines.append(f"{T_CHANGE}: {trailers.change_date.isoformat()}")
    if trailers.urgent:
        lines.append(f"{T_URGENT}: {YES}")
    if trailers.initiated:
        lines.append(f"{T_START}: {YES}")
    return "\n".join(lines) + "\n"


def parse_trailers(message: str) -> Trailers | str | None:
    """Trailers of an approval commit; None when the commit is not an approval; a Chinese reason when malformed.

    Each key must appear exactly once: two paths in one approval would break 一事一审 (附件2 第三条).
    """
    if T_APPROVAL not in message:
        return None
    found: dict[str, list[str]] = {}
    for key, value in _TRAILER.findall(message):  # one scan: this runs for every approval in history
        found.setdefault(key, []).append(value)
    if T_APPROVAL not in found:
        return None
    if len(found[T_APPROVAL]) != 1 or found[T_APPROVAL][0] not in VERSIONS:
        return f"审签格式版本 {found[T_APPROVAL]!r} 不受支持"
    version = found[T_APPROVAL][0]
    values: dict[str, str] = {}
    for key in (T_PATH, T_ROLE, T_UNIT, T_HASH):
        got = found.get(key, [])
        if len(got) != 1 or not got[0]:
            return f"审签提交的 {key} 应恰好出现一次 (一事一审)"
        values[key] = got[0]
    if values[T_ROLE] not in ROLE_LABELS:
        return f"审签角色 {values[T_ROLE]!r} 无效"
    if not re.fullmatch(r"sha256:[0-9a-f]{64}", values[T_HASH]):
        return "内容摘要格式无效"
    dates: dict[str, dt.date | None] = {}
    for key in (T_PUBLISH, T_WITHDRAWAL, T_CHANGE):
        dates[key] = None
        if key in found:
            dates[key] = parse_date(found[key][0]) if len(found[key]) == 1 else None
            if dates[key] is None:
                return f"{key} 格式无效"
    decision: Decision | None = None
    if T_DECISION in found:
        if version == "v1" or len(found[T_DECISION]) != 1 or found[T_DECISION][0] not in DECISIONS:
            return f"{T_DECISION} 无效"
        decision = "published" if found[T_DECISION][0] == "published" else "withdrawn"
    bound: dict[str, str | None] = {}
    for key, pattern in ((T_INDEX, INDEX_NUMBER), (T_TIME, _TIME)):
        got = found.get(key, [])
        if len(got) > 1 or (got and (version == "v1" or not pattern.fullmatch(got[0]))):
            return f"{key} 无效"
        bound[key] = got[0] if got else None
    flags: dict[str, bool] = {}
    for key in (T_URGENT, T_START):
        got = found.get(key, [])
        if len(got) > 1 or (got and (version == "v1" or got[0] != YES)):
            return f"{key} 无效"
        flags[key] = bool(got)
    if flags[T_URGENT] and decision != "withdrawn":
        return f"{T_URGENT} 只能用于撤回决定"
    return Trailers(values[T_PATH], values[T_ROLE], values[T_UNIT], values[T_HASH], dates[T_PUBLISH], decision,
                    dates[T_WITHDRAWAL], version, bound[T_INDEX], bound[T_TIME], dates[T_CHANGE],
                    flags[T_URGENT], flags[T_START])


_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def consulted_problem(raw: Any, by: dt.date) -> str | None:
    """Why a `consulted` list does not show consultation on or before `by`; None when it does."""
    if not isinstance(raw, list) or not raw:
        return "缺少 consulted 征求意见记录"
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not all(str(item.get(k) or "").strip() for k in ("dept", "date", "ref")):
            return f"consulted 第 {i + 1} 条应写明 dept、date、ref"
        day = parse_date(item.get("date"))
        if day is None:
            return f"consulted 第 {i + 1} 条的日期无效"
        if day > by:
            return f"consulted 第 {i + 1} 条的日期 {day.isoformat()} 晚于科室负责人审签日期"
    return None
