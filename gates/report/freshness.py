"""The freshness table (SPEC section 3) as a person reads it in a terminal or CI log, and as JSON."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any

from gates.config import HOME_UPDATE_DAYS, KIND_LABELS
from gates.domain.freshness import ColumnRow, Condition, Table

STATUS = {"fresh": "正常", "due": "即将到期", "stale": "超期", "blank": "空白"}
GAP = "  "


def render(table: Table) -> str:
    """Every column with its days left, the home page, then the five site-level conditions and a verdict."""
    periods = table.pace.missed_periods
    head = ["栏目", "代码", "类型", "更新周期", "最近更新", "已过", "剩余", "状态", f"近{periods}期未达标"]
    rows = [_row(r, periods) for r in table.rows]
    home = table.home
    rows.append(["首页", "index", "-", f"{HOME_UPDATE_DAYS} 天", _date(home.last),
                 _days(home.days_since), _left(home.days_left), _home_status(home.days_left, table.pace.warn_days),
                 ""])
    lines = [f"栏目更新情况 (截至 {table.today.isoformat()}，提前 {table.pace.warn_days} 天预警)"]
    lines += _aligned([head, *rows])
    if any(r.last_from_feed for r in table.rows):
        lines.append("* 最近更新来自该账号的订阅源")
    lines.append("单项否决条件 (政府网站与政务新媒体检查指标，国办秘函〔2019〕19号)：")
    lines += _aligned([_condition(c) for c in table.conditions], indent="  ")
    lines.append(_verdict(table))
    return "\n".join(lines) + "\n"


def _row(row: ColumnRow, periods: int) -> list[str]:
    last = _date(row.last) + ("*" if row.last_from_feed else "")
    return [row.name, row.id, KIND_LABELS.get(row.kind, row.kind), f"{row.pace} 天", last, _days(row.days_since),
            _left(row.days_left), STATUS[row.status], f"{row.missed}/{periods}" if row.status != "blank" else "-"]


def _home_status(left: int | None, warn_days: int) -> str:
    if left is None or left < 0:
        return "超期"
    return "即将到期" if left <= warn_days else "正常"


def _condition(condition: Condition) -> list[str]:
    state = "已触发" if condition.met else "未触发"
    count = "" if condition.key == "home" else f"{condition.count}/{condition.limit}"
    left = f"还有 {condition.days_left} 天" if condition.days_left is not None and not condition.met else ""
    return [f"[{state}]", condition.label, count, left]


def _verdict(table: Table) -> str:
    if table.met:
        return f"站点：已触发 {len(table.met)} 项单项否决条件"
    if table.days_left is None:
        return "站点：单项否决条件均未触发"
    return f"站点：单项否决条件均未触发，最近的一项还有 {table.days_left} 天"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else "-"


def _days(n: int | None) -> str:
    return "-" if n is None else f"{n} 天"


def _left(n: int | None) -> str:
    if n is None:
        return "-"
    return f"{n} 天" if n >= 0 else f"超 {-n} 天"


def width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _aligned(rows: Sequence[Sequence[str]], indent: str = "") -> list[str]:
    widths = [max(width(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(r)]
        out.append((indent + GAP.join(cells)).rstrip())
    return out


def to_json(table: Table) -> dict[str, Any]:
    """The same table for machines: dates as YYYY-MM-DD, days as integers, null where there is none."""
    return {
        "today": table.today.isoformat(),
        "warn_days": table.pace.warn_days,
        "missed_periods": table.pace.missed_periods,
        "columns": [{
            "id": r.id, "name": r.name, "kind": r.kind, "update_days": r.update_days, "pace": r.pace,
            "published": r.published, "last": _iso(r.last), "last_from_feed": r.last_from_feed,
            "days_since": r.days_since, "days_left": r.days_left, "status": r.status,
            "national_window": r.window, "national_days_left": r.national_left, "missed_periods": r.missed,
        } for r in table.rows],
        "home": {"columns": list(table.home.columns), "last": _iso(table.home.last),
                 "days_since": table.home.days_since, "days_left": table.home.days_left},
        "conditions": [{
            "key": c.key, "label": c.label, "count": c.count, "limit": c.limit, "met": c.met,
            "days_left": c.days_left, "columns": list(c.columns),
        } for c in table.conditions],
        "site_days_left": table.days_left,
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None
