"""roster.yml: the units, and who may sign what, for which unit, from when to when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gates.config.fields import ConfigError, bool_at, choice_at, date_at, list_at, load_yaml, mapping_at, text_at
from gates.model.vocabulary import ROLES


@dataclass(frozen=True)
class Unit:
    id: str
    name: str


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




def normalize_key(key: str) -> str:
    """Type and base64 only: the comment of an OpenSSH public key is not part of the key."""
    parts = key.split()
    return " ".join(parts[:2])


def parse_roster(text: str, file: str = "site_config/roster.yml") -> Roster:
    data = mapping_at(load_yaml(text, file), file, "")
    units: dict[str, Unit] = {}
    for i, raw in enumerate(list_at(data.get("units"), file, "units")):
        item = mapping_at(raw, file, f"units[{i}]")
        unit = Unit(text_at(item, "id", file, f"units[{i}]"), text_at(item, "name", file, f"units[{i}]"))
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
            assert start is not None
            grants.append(
                RoleGrant(choice_at(g, "role", ROLES, file, gplace), unit_id, start,
                          date_at(g, "until", file, gplace, required=False))
            )
        key = normalize_key(text_at(item, "signing_key", file, place))
        if not key.startswith("ssh-ed25519 ") or len(key.split()) != 2:
            raise ConfigError(f"{file}: {place}.signing_key: 应为 ssh-ed25519 公钥")
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
