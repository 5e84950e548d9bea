"""columns.yml: the site's columns, their review chain and how fresh each must be."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gates.config.fields import ConfigError, choice_at, entries, load_yaml, mapping_at, slug_at, text_at

COLUMN_KINDS = ("news", "notice", "policy", "personnel", "plan", "overview", "interaction", "newmedia")
REVIEWS = ("publishing", "disclosure")
# 国办秘函〔2019〕19号: the longest a column of each kind may go without an update.
UPDATE_CEILINGS = {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "plan": 365, "overview": 365,
                   "interaction": 365, "newmedia": 14}
HOME_UPDATE_DAYS = 14
# What an editor calls each kind of column.
KIND_LABELS = {"news": "动态要闻", "notice": "通知公告", "policy": "政策文件", "personnel": "人事信息",
               "plan": "规划计划", "overview": "概况信息", "interaction": "互动交流", "newmedia": "政务新媒体"}


@dataclass(frozen=True)
class Column:
    id: str
    name: str
    kind: str
    review: str
    update_days: int | None
    feed: str | None = None


@dataclass(frozen=True)
class Pace:
    """How early the gates warn before a column goes stale, and after how many missed update periods in a row
    they suggest merging or removing it (附件3 第五条: 优化归并, 仍无法达标的予以删除)."""

    warn_days: int = 3
    missed_periods: int = 3


def parse_pace(text: str, file: str = "site_config/columns.yml") -> Pace:
    """The optional top-level `warn_days` and `missed_periods` of columns.yml."""
    data = mapping_at(load_yaml(text, file) or {}, file, "")
    return Pace(_count(data, "warn_days", Pace.warn_days, 0, file),
                _count(data, "missed_periods", Pace.missed_periods, 1, file))


def _count(data: dict[str, Any], key: str, default: int, least: int, file: str) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < least or value > 366:
        raise ConfigError(f"{file}: {key}: 应为 {least} 到 366 之间的整数")
    return value


def parse_columns(text: str, file: str = "site_config/columns.yml") -> dict[str, Column]:
    columns: dict[str, Column] = {}
    for place, item in entries(text, "columns", file):
        days = item.get("update_days")
        if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days <= 0):
            raise ConfigError(f"{file}: {place}.update_days: 应为正整数天数")
        column = Column(
            slug_at(item, "id", file, place), text_at(item, "name", file, place),
            choice_at(item, "kind", COLUMN_KINDS, file, place), choice_at(item, "review", REVIEWS, file, place),
            days, text_at(item, "feed", file, place, required=False) or None,
        )
        if column.id in columns:
            raise ConfigError(f"{file}: {place}.id: 栏目 {column.id!r} 重复")
        columns[column.id] = column
    if not columns:
        raise ConfigError(f"{file}: columns: 至少需要一个栏目")
    return columns
