"""site_config/: who may sign what, the columns, the allowed reprint sources, wording rules.

Every problem is a ConfigError whose text is the one line the CLI prints before exiting 2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gates.model import yamlio
from gates.model.vocabulary import ROLES

COLUMN_KINDS = ("news", "notice", "policy", "personnel", "plan", "overview", "interaction", "newmedia")
REVIEWS = ("publishing", "disclosure")
SOURCE_KINDS = ("party", "government", "designated")
# 国办秘函〔2019〕19号: the longest a column of each kind may go without an update.
UPDATE_CEILINGS = {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "plan": 365, "newmedia": 14}
HOME_UPDATE_DAYS = 14


class ConfigError(Exception):
    """A site_config problem; str() is one line for stderr."""


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


@dataclass(frozen=True)
class Column:
    id: str
    name: str
    kind: str
    review: str
    update_days: int | None
    feed: str | None = None


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    domains: tuple[str, ...]
    feed: str | None = None
    must_reprint: bool = False


@dataclass(frozen=True)
class Term:
    wrong: str
    right: str
    level: str


@dataclass
class SiteConfig:
    roster: Roster
    columns: dict[str, Column]
    sources: tuple[Source, ...] = ()
    terms: tuple[Term, ...] = ()
    site: dict[str, str] = field(default_factory=dict)


def normalize_key(key: str) -> str:
    """Type and base64 only: the comment of an OpenSSH public key is not part of the key."""
    parts = key.split()
    return " ".join(parts[:2])


# ---- field readers: each names the exact place that is wrong -------------------------------


def _where(file: str, place: str) -> str:
    return f"{file}: {place}" if place else file


def _mapping(value: Any, file: str, place: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{_where(file, place)}: 应为键值映射 (mapping)")
    return value


def _list(value: Any, file: str, place: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{_where(file, place)}: 应为列表")
    return value


def _text(item: dict[str, Any], key: str, file: str, place: str, required: bool = True) -> str:
    value = item.get(key)
    if value is None or value == "":
        if required:
            raise ConfigError(f"{file}: {place}.{key}: 缺少必填项")
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ConfigError(f"{file}: {place}.{key}: 应为文本")
    return str(value)


def _choice(item: dict[str, Any], key: str, allowed: tuple[str, ...], file: str, place: str) -> str:
    value = _text(item, key, file, place)
    if value not in allowed:
        raise ConfigError(f"{file}: {place}.{key}: 取值 {value!r} 无效，可选 {'/'.join(allowed)}")
    return value


def _date(item: dict[str, Any], key: str, file: str, place: str, required: bool) -> dt.date | None:
    value = item.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{file}: {place}.{key}: 缺少日期")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ConfigError(f"{file}: {place}.{key}: 日期应为 YYYY-MM-DD")
    return value


def _bool(item: dict[str, Any], key: str, file: str, place: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{file}: {place}.{key}: 应为 true 或 false")
    return value


# ---- the four files ---------------------------------------------------------------------------


def parse_roster(text: str, file: str = "site_config/roster.yml") -> Roster:
    data = _mapping(_load(text, file), file, "")
    units: dict[str, Unit] = {}
    for i, raw in enumerate(_list(data.get("units"), file, "units")):
        item = _mapping(raw, file, f"units[{i}]")
        unit = Unit(_text(item, "id", file, f"units[{i}]"), _text(item, "name", file, f"units[{i}]"))
        if unit.id in units:
            raise ConfigError(f"{file}: units[{i}].id: 单位 {unit.id!r} 重复")
        units[unit.id] = unit
    if not units:
        raise ConfigError(f"{file}: units: 至少需要一个单位")
    people: list[Person] = []
    emails: set[str] = set()
    keys: set[str] = set()
    for i, raw in enumerate(_list(data.get("people"), file, "people")):
        place = f"people[{i}]"
        item = _mapping(raw, file, place)
        grants = []
        for j, raw_grant in enumerate(_list(item.get("roles"), file, f"{place}.roles")):
            gplace = f"{place}.roles[{j}]"
            g = _mapping(raw_grant, file, gplace)
            unit_id = _text(g, "unit", file, gplace)
            if unit_id not in units:
                raise ConfigError(f"{file}: {gplace}.unit: 单位 {unit_id!r} 不在 units 中")
            start = _date(g, "from", file, gplace, required=True)
            assert start is not None
            grants.append(
                RoleGrant(_choice(g, "role", ROLES, file, gplace), unit_id, start,
                          _date(g, "until", file, gplace, required=False))
            )
        key = normalize_key(_text(item, "signing_key", file, place))
        if not key.startswith("ssh-ed25519 ") or len(key.split()) != 2:
            raise ConfigError(f"{file}: {place}.signing_key: 应为 ssh-ed25519 公钥")
        email = _text(item, "email", file, place)
        if "@" not in email:
            raise ConfigError(f"{file}: {place}.email: 邮箱格式无效")
        if email.lower() in emails:
            raise ConfigError(f"{file}: {place}.email: 邮箱 {email} 重复")
        if key in keys:
            raise ConfigError(f"{file}: {place}.signing_key: 与他人公钥重复，一人一钥")
        emails.add(email.lower())
        keys.add(key)
        people.append(Person(_text(item, "name", file, place), email, key,
                             _bool(item, "outsourced", file, place), tuple(grants)))
    return Roster(units, tuple(people))


def parse_columns(text: str, file: str = "site_config/columns.yml") -> dict[str, Column]:
    data = _mapping(_load(text, file), file, "")
    columns: dict[str, Column] = {}
    for i, raw in enumerate(_list(data.get("columns"), file, "columns")):
        place = f"columns[{i}]"
        item = _mapping(raw, file, place)
        days = item.get("update_days")
        if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days <= 0):
            raise ConfigError(f"{file}: {place}.update_days: 应为正整数天数")
        column = Column(
            _text(item, "id", file, place), _text(item, "name", file, place),
            _choice(item, "kind", COLUMN_KINDS, file, place), _choice(item, "review", REVIEWS, file, place),
            days, _text(item, "feed", file, place, required=False) or None,
        )
        if column.id in columns:
            raise ConfigError(f"{file}: {place}.id: 栏目 {column.id!r} 重复")
        columns[column.id] = column
    if not columns:
        raise ConfigError(f"{file}: columns: 至少需要一个栏目")
    return columns


def parse_sources(text: str, file: str = "site_config/sources.yml") -> tuple[Source, ...]:
    data = _mapping(_load(text, file) or {}, file, "")
    out = []
    for i, raw in enumerate(_list(data.get("sources"), file, "sources")):
        place = f"sources[{i}]"
        item = _mapping(raw, file, place)
        domains = tuple(str(d).lower() for d in _list(item.get("domains"), file, f"{place}.domains"))
        if not domains:
            raise ConfigError(f"{file}: {place}.domains: 至少需要一个域名")
        out.append(Source(_text(item, "name", file, place), _choice(item, "kind", SOURCE_KINDS, file, place),
                          domains, _text(item, "feed", file, place, required=False) or None,
                          _bool(item, "must_reprint", file, place)))
    return tuple(out)


def parse_terms(text: str, file: str = "site_config/terms.yml") -> tuple[Term, ...]:
    data = _mapping(_load(text, file) or {}, file, "")
    out = []
    for i, raw in enumerate(_list(data.get("terms"), file, "terms")):
        place = f"terms[{i}]"
        item = _mapping(raw, file, place)
        out.append(Term(_text(item, "wrong", file, place), _text(item, "right", file, place),
                        _choice(item, "level", ("error", "warning"), file, place)))
    return tuple(out)


def parse_site(text: str, file: str = "site_config/site.yml") -> dict[str, str]:
    data = _mapping(_load(text, file) or {}, file, "")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _load(text: str, file: str) -> Any:
    try:
        return yamlio.load(text)
    except yamlio.YAMLError as exc:
        line = yamlio.error_line(exc)
        where = f"{file}:{line + 1}" if line is not None else file
        raise ConfigError(f"{where}: YAML 格式错误") from None


def _read(folder: Path, name: str, required: bool) -> str | None:
    path = folder / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise ConfigError(f"site_config/{name}: 文件不存在") from None
        return None
    except (UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"site_config/{name}: 无法读取 ({exc.__class__.__name__})") from None


def load_config(root: Path) -> SiteConfig:
    folder = root / "site_config"
    if not folder.is_dir():
        raise ConfigError(f"{folder}: 未找到 site_config 目录 (在仓库根目录运行，或用 --root 指定)")
    roster = parse_roster(_read(folder, "roster.yml", True) or "")
    columns = parse_columns(_read(folder, "columns.yml", True) or "")
    sources = _read(folder, "sources.yml", False)
    terms = _read(folder, "terms.yml", False)
    site = _read(folder, "site.yml", False)
    return SiteConfig(
        roster=roster,
        columns=columns,
        sources=parse_sources(sources) if sources else (),
        terms=parse_terms(terms) if terms else (),
        site=parse_site(site) if site else {},
    )
