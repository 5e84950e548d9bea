"""columns.yml: the site's columns, their review chain and how fresh each must be."""

from __future__ import annotations

from dataclasses import dataclass

from gates.config.fields import ConfigError, choice_at, entries, slug_at, text_at

COLUMN_KINDS = ("news", "notice", "policy", "personnel", "plan", "overview", "interaction", "newmedia")
REVIEWS = ("publishing", "disclosure")
# 国办秘函〔2019〕19号: the longest a column of each kind may go without an update.
UPDATE_CEILINGS = {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "plan": 365, "newmedia": 14}
HOME_UPDATE_DAYS = 14


@dataclass(frozen=True)
class Column:
    id: str
    name: str
    kind: str
    review: str
    update_days: int | None
    feed: str | None = None


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
