"""roster.yml: the units, and who may sign what, for which unit, from when to when."""

from __future__ import annotations

import base64
import datetime as dt
import re
import struct
from dataclasses import dataclass

from gates.config.fields import (
    ConfigError,
    bool_at,
    choice_at,
    date_at,
    list_at,
    load_yaml,
    mapping_at,
    slug_at,
    text_at,
)
from gates.model.ed25519 import is_small_order
from gates.model.vocabulary import ROLES

CREDIT_CODE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    credit_code: str = ""  # 统一社会信用代码: the prefix of the unit's 索引号


@dataclass(frozen=True)
class RoleGrant:
    role: str
    unit: str
    start: dt.date
    until: dt.date | None = None

    def covers(self, role: str, unit: str, day: dt.date) -> bool:
        return (
            self.role == role
            and self.unit == unit
            and self.start <= day
            and (self.until is None or day <= self.until)
        )


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    signing_key: str  # "ssh-ed25519 AAAA..." without a comment
    outsourced: bool
    roles: tuple[RoleGrant, ...]

    def holds(self, role: str, unit: str, day: dt.date) -> bool:
        return any(g.covers(role, unit, day) for g in self.roles)


@dataclass(frozen=True)
class Roster:
    units: dict[str, Unit]
    people: tuple[Person, ...]

    def by_email(self, email: str) -> Person | None:
        email = email.strip().lower()
        for person in self.people:
            if person.email.lower() == email:
                return person
        return None

    def by_key(self, key: str) -> Person | None:
        key = normalize_key(key)
        for person in self.people:
            if person.signing_key == key:
                return person
        return None


def is_ed25519_key(key: str) -> bool:
    """The key parses as an OpenSSH ed25519 public key: a prefix alone proves nothing (a typo, a truncated
    paste or a key of another type would otherwise sit in the roster and never verify anything)."""
    parts = key.split()
    if len(parts) != 2 or parts[0] != "ssh-ed25519":
        return False
    try:
        blob = base64.b64decode(parts[1].encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return False
    # Only the canonical spelling: Python accepts padding after a complete quantum ("…ai="), ssh-keygen does not,
    # and a second spelling of one key would let two people list it and never match what a signature carries.
    if base64.b64encode(blob).decode("ascii") != parts[1]:
        return False
    # The SSH wire format (RFC 8709 section 4): string "ssh-ed25519", string of the 32-byte key, nothing else.
    # Read here rather than with cryptography, whose import would cost every run's start-up.
    raw = blob[-32:]
    return blob == _ssh_string(b"ssh-ed25519") + _ssh_string(raw) and len(raw) == 32 and not is_small_order(raw)


def _ssh_string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def normalize_key(key: str) -> str:
    """Type and base64 only: the comment of an OpenSSH public key is not part of the key."""
    parts = key.split()
    return " ".join(parts[:2])


def parse_roster(text: str, file: str = "site_config/roster.yml") -> Roster:
    data = mapping_at(load_yaml(text, file), file, "")
    units: dict[str, Unit] = {}
    for i, raw in enumerate(list_at(data.get("units"), file, "units")):
        place = f"units[{i}]"
        item = mapping_at(raw, file, place)
        code = text_at(item, "credit_code", file, place, required=False)
        if code and not CREDIT_CODE.fullmatch(code):
            raise ConfigError(f"{file}: {place}.credit_code: {code!r} 不是 18 位统一社会信用代码")
        unit = Unit(slug_at(item, "id", file, place), text_at(item, "name", file, place), code)
        if unit.id in units:
            raise ConfigError(f"{file}: units[{i}].id: 单位 {unit.id!r} 重复")
        units[unit.id] = unit
    if not units:
        raise ConfigError(f"{file}: units: 至少需要一个单位")
    people: list[Person] = []
    emails: set[str] = set()
    keys: set[str] = set()
    for i, raw in enumerate(list_at(data.get("people"), file, "people")):
        place = f"people[{i}]"
        item = mapping_at(raw, file, place)
        grants = []
        for j, raw_grant in enumerate(list_at(item.get("roles"), file, f"{place}.roles")):
            gplace = f"{place}.roles[{j}]"
            g = mapping_at(raw_grant, file, gplace)
            unit_id = text_at(g, "unit", file, gplace)
            if unit_id not in units:
                raise ConfigError(f"{file}: {gplace}.unit: 单位 {unit_id!r} 不在 units 中")
            start = date_at(g, "from", file, gplace, required=True)
            until = date_at(g, "until", file, gplace, required=False)
            assert start is not None
            if until is not None and until < start:
                raise ConfigError(f"{file}: {gplace}.until: 截止日期 {until} 早于起始日期 {start}")
            grants.append(RoleGrant(choice_at(g, "role", ROLES, file, gplace), unit_id, start, until))
        key = normalize_key(text_at(item, "signing_key", file, place))
        if not is_ed25519_key(key):
            raise ConfigError(f"{file}: {place}.signing_key: 不是有效的 ssh-ed25519 公钥 (应为 ssh-keygen 生成的 .pub 文件内容)")
        email = text_at(item, "email", file, place)
        if "@" not in email:
            raise ConfigError(f"{file}: {place}.email: 邮箱格式无效")
        if email.lower() in emails:
            raise ConfigError(f"{file}: {place}.email: 邮箱 {email} 重复")
        if key in keys:
            raise ConfigError(f"{file}: {place}.signing_key: 与他人公钥重复，一人一钥")
        emails.add(email.lower())
        keys.add(key)
        people.append(Person(text_at(item, "name", file, place), email, key,
                             bool_at(item, "outsourced", file, place), tuple(grants)))
    return Roster(units, tuple(people))
