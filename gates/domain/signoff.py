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
from typing import Any

from gates.config import SiteConfig
from gates.model.dates import parse_date
from gates.model.vocabulary import CHAIN_ROLE_LABELS as ROLE_LABELS

TRAILER_VERSION = "v1"
T_APPROVAL = "Gates-Approval"
T_PATH = "Gates-Path"
T_ROLE = "Gates-Role"
T_UNIT = "Gates-Unit"
T_HASH = "Gates-Content-Hash"
T_PUBLISH = "Gates-Publish-Date"
HASH_PREFIX = "sha256:"

RANKS = {"drafter": 0, "section_head": 1, "co_deputy": 2, "deputy": 3, "principal": 4}
CO_DEPUTY = "co_deputy"

# Keys outside the content hash. `signers` and `status` are what signing itself writes. `date` is written at
# 签发 too (filled with the day of 签发), so earlier tiers cannot have seen it; it is bound instead by the
# final approval's Gates-Publish-Date trailer, which SIGN003 compares with the page.
UNHASHED_KEYS = frozenset({"signers", "status", "date"})


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


def content_hash(meta: dict[str, Any], body: str) -> str:
    """sha256 over canonical JSON of the front matter (minus UNHASHED_KEYS) + "\\n" + body.

    Canonical JSON (sorted keys, UTF-8, no spaces) makes the hash independent of key order, quoting and
    comments in the editor's YAML: only what the page says counts.
    """
    kept = {k: v for k, v in meta.items() if k not in UNHASHED_KEYS}
    canon = json.dumps(_jsonable(kept), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    digest = hashlib.sha256((canon + "\n" + body).encode("utf-8")).hexdigest()
    return HASH_PREFIX + digest


# ---- the commit message -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Trailers:
    path: str
    role: str
    unit: str
    content_hash: str
    publish_date: dt.date | None = None


_TRAILER = re.compile(r"^(Gates-[A-Za-z-]+):[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def commit_message(trailers: Trailers, signer_name: str) -> str:
    role_label = ROLE_LABELS.get(trailers.role, trailers.role)
    lines = [
        f"审签: {trailers.path} ({role_label} {signer_name})",
        "",
        f"{T_APPROVAL}: {TRAILER_VERSION}",
        f"{T_PATH}: {trailers.path}",
        f"{T_ROLE}: {trailers.role}",
        f"{T_UNIT}: {trailers.unit}",
        f"{T_HASH}: {trailers.content_hash}",
    ]
    if trailers.publish_date is not None:
        lines.append(f"{T_PUBLISH}: {trailers.publish_date.isoformat()}")
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
    if found[T_APPROVAL] != [TRAILER_VERSION]:
        return f"审签格式版本 {found[T_APPROVAL]!r} 不受支持"
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
    publish: dt.date | None = None
    if T_PUBLISH in found:
        try:
            publish = parse_date(found[T_PUBLISH][0]) if len(found[T_PUBLISH]) == 1 else None
        except ValueError:
            publish = None
        if publish is None:
            return f"{T_PUBLISH} 格式无效"
    return Trailers(values[T_PATH], values[T_ROLE], values[T_UNIT], values[T_HASH], publish)


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
