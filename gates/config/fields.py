"""Field readers for site_config/ files: each names the exact file and place that is wrong."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from gates.model import yamlio


class ConfigError(Exception):
    """A site_config problem; str() is one line for stderr."""


def where(file: str, place: str) -> str:
    return f"{file}: {place}" if place else file


def mapping_at(value: Any, file: str, place: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where(file, place)}: 应为键值映射 (mapping)")
    return value


def list_at(value: Any, file: str, place: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{where(file, place)}: 应为列表")
    return value


def text_at(item: dict[str, Any], key: str, file: str, place: str, required: bool = True) -> str:
    value = item.get(key)
    if value is None or value == "":
        if required:
            raise ConfigError(f"{file}: {place}.{key}: 缺少必填项")
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ConfigError(f"{file}: {place}.{key}: 应为文本")
    return str(value)


def choice_at(item: dict[str, Any], key: str, allowed: tuple[str, ...], file: str, place: str) -> str:
    value = text_at(item, key, file, place)
    if value not in allowed:
        raise ConfigError(f"{file}: {place}.{key}: 取值 {value!r} 无效，可选 {'/'.join(allowed)}")
    return value


def date_at(item: dict[str, Any], key: str, file: str, place: str, required: bool) -> dt.date | None:
    value = item.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{file}: {place}.{key}: 缺少日期")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ConfigError(f"{file}: {place}.{key}: 日期应为 YYYY-MM-DD")
    return value


def bool_at(item: dict[str, Any], key: str, file: str, place: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{file}: {place}.{key}: 应为 true 或 false")
    return value


def load_yaml(text: str, file: str) -> Any:
    try:
        return yamlio.load(text)
    except yamlio.YAMLError as exc:
        line = yamlio.error_line(exc)
        where = f"{file}:{line + 1}" if line is not None else file
        raise ConfigError(f"{where}: YAML 格式错误") from None


def entries(text: str, key: str, file: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(place, mapping) for each item of the top-level list `key` of a config file, e.g. ("terms[3]", {...})."""
    data = mapping_at(load_yaml(text, file) or {}, file, "")
    for i, raw in enumerate(list_at(data.get(key), file, key)):
        place = f"{key}[{i}]"
        yield place, mapping_at(raw, file, place)


_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")


def slug_at(item: dict[str, Any], key: str, file: str, place: str) -> str:
    """An id that becomes part of a path or URL: lower-case letters, digits, - and _ only, so no id can name a
    folder outside the site (`../../x`) or carry markup."""
    value = text_at(item, key, file, place)
    if not _SLUG.fullmatch(value):
        raise ConfigError(f"{file}: {place}.{key}: {value!r} 无效：只能用小写字母、数字、- 和 _，且以字母或数字开头")
    return value
