"""The 台账 as a file: CSV (UTF-8 with BOM, so Excel opens the Chinese correctly) or an xlsx workbook."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from gates.actions.ledger import Event
from gates.domain.signoff import CO_DEPUTY

Cell = str | int | dt.date | dt.datetime | None
FORMATS = ("csv", "xlsx")
TIER_ROLES = (("drafter", "经办人员"), ("section_head", "科室负责人"), (CO_DEPUTY, "协办单位分管领导"),
              ("deputy", "分管领导"), ("principal", "主要领导"))


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    kind: Literal["text", "int", "date", "datetime"]
    value: Callable[[Event], Cell]


def _signers(role: str) -> Callable[[Event], Cell]:
    return lambda e: "、".join(t.name for t in e.tiers if t.slot.role == role) or None


def _signed_at(role: str) -> Callable[[Event], Cell]:
    def at(e: Event) -> Cell:
        times = [t.time for t in e.tiers if t.slot.role == role and t.time is not None]
        return min(times).replace(tzinfo=None) if times else None
    return at


def _recheck(e: Event) -> Cell:
    r = e.recheck
    if r is None:
        return None
    return f"{r.name} 复查 {r.pages} 个页面：错误 {r.errors}，警告 {r.warnings}；报告 {r.report_hash}"


COLUMNS: tuple[Column, ...] = (
    Column("序号", 6, "int", lambda e: e.seq),
    Column("事件", 16, "text", lambda e: e.kind),
    Column("签发时间", 18, "datetime", lambda e: e.time.replace(tzinfo=None)),
    Column("标题", 40, "text", lambda e: e.title or None),
    Column("栏目", 12, "text", lambda e: e.column_name or None),
    Column("发布单位", 24, "text", lambda e: e.unit_name or None),
    Column("公开属性", 10, "text", lambda e: e.disclosure or None),
    Column("不公开理由", 24, "text", lambda e: e.disclosure_reason or None),
    Column("索引号", 30, "text", lambda e: e.index_number or None),
    Column("发文字号", 22, "text", lambda e: e.doc_number or None),
    Column("转载来源", 30, "text", lambda e: e.source or None),
    Column("发布日期", 12, "date", lambda e: e.publish_date),
    Column("更正日期", 12, "date", lambda e: e.change_date),
    Column("更正说明", 30, "text", lambda e: e.change_note or None),
    Column("撤回日期", 12, "date", lambda e: e.withdrawal_date),
    Column("撤回说明", 30, "text", lambda e: e.withdrawal_reason or None),
    Column("紧急撤回", 8, "text", lambda e: "是" if e.urgent else None),
    *(col for role, label in TIER_ROLES for col in (
        Column(label, 12, "text", _signers(role)),
        Column(f"{label}审签时间", 18, "datetime", _signed_at(role)))),
    Column("审签提交", 46, "text", lambda e: " ".join(c[:10] for c in e.approval_commits) or None),
    Column("签发提交", 42, "text", lambda e: e.commit),
    Column("内容摘要", 30, "text", lambda e: e.content_hash or None),
    Column("页面", 30, "text", lambda e: e.path or None),
    Column("复查记录", 50, "text", _recheck),
)


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    # A cell starting with = + - @ is a formula to a spreadsheet: page titles are not to run as formulas.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def to_csv(events: list[Event]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    for e in events:
        writer.writerow([_csv_cell(c.value(e)) for c in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(events: list[Event]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "信息发布台账"
    sheet.append([c.header for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="9C1C1C")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for e in events:
        row = []
        for c in COLUMNS:
            value = c.value(e)
            if isinstance(value, str):
                # Control characters make the workbook invalid; a string starting with = is a formula to
                # openpyxl, and a title must stay text.
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                value = "'" + value if value[:1] == "=" else value
            row.append(value)
        sheet.append(row)
    for i, c in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = c.width
        fmt = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}.get(c.kind)
        if fmt:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = fmt
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
