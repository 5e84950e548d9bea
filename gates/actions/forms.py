"""信息发布审签表: one printable page (A4) per publication event, laid out like the paper form, and an index.

Every value is HTML-escaped: titles, reasons and names come from front matter and the roster.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from gates.actions.ledger import RECHECK, Event
from gates.model.files import write_atomic

_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; color: #000;
       font-size: 11pt; margin: 0 auto; max-width: 178mm; }
h1 { text-align: center; font-size: 20pt; letter-spacing: .3em; margin: 0 0 4mm; }
.sub { text-align: right; font-size: 9pt; margin-bottom: 2mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 2.2mm 2mm; vertical-align: top; word-break: break-all; }
th { width: 24mm; font-weight: bold; text-align: center; background: #f3f3f3; }
td.mono, .mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
.tier td, .tier th { height: 15mm; }
.foot { margin-top: 4mm; font-size: 8.5pt; color: #333; }
@media print { a { color: #000; text-decoration: none; } .noprint { display: none; } }
"""


def _page(title: str, body: str) -> str:
    return (f'<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>\n{body}\n</body></html>\n")


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def form_name(event: Event) -> str:
    return f"{event.seq:04d}-{event.commit[:10]}.html"


def render_form(event: Event) -> str:
    e = escape
    rows = [
        ("标题", e(event.title) or "(无标题)"),
        ("栏目", e(event.column_name)),
        ("发布单位", e(event.unit_name)),
        ("事项", e(event.kind)),
        ("索引号", e(event.index_number)),
        ("发文字号", e(event.doc_number)),
        ("公开属性", e(event.disclosure) + (f"<br>理由：{e(event.disclosure_reason)}" if event.disclosure_reason else "")),
        ("信息来源", e(event.source) if event.source else "原创"),
        ("发布日期", e(_when(event.publish_date))),
    ]
    if event.change_note or event.change_date:
        rows.append(("更正说明", f"{e(_when(event.change_date))}　{e(event.change_note)}"))
    if event.withdrawal_reason or event.withdrawal_date:
        urgent = "（紧急撤回）" if event.urgent else ""
        rows.append(("撤回说明", f"{e(_when(event.withdrawal_date))}{urgent}　{e(event.withdrawal_reason)}"))
    rows.append(("页面", f'<span class="mono">{e(event.path)}</span>'))
    head = "".join(f"<tr><th>{k}</th><td colspan=\"4\">{v}</td></tr>" for k, v in rows)
    tiers = "".join(
        f'<tr class="tier"><th>{e(t.slot.label)}</th><td>{e(t.name)}</td><td>{e(_when(t.time))}</td>'
        f'<td class="mono" colspan="2">{e(t.fingerprint)}<br>提交 {e(t.commit[:12])}</td></tr>'
        for t in event.tiers)
    body = (
        f'<div class="sub">编号 {event.seq:04d}</div><h1>信息发布审签表</h1>'
        f"<table>{head}"
        '<tr><th>审签层级</th><th>审签人</th><th>审签时间</th><th colspan="2">签名密钥指纹 / 审签提交</th></tr>'
        f"{tiers}"
        f'<tr><th>内容摘要</th><td colspan="4" class="mono">{e(event.content_hash)}</td></tr>'
        f'<tr><th>签发提交</th><td colspan="4" class="mono">{e(event.commit)}</td></tr>'
        "</table>"
        '<p class="foot">本表由 gates ledger 依据 git 审签记录生成：每一级审签均为以名册所列密钥 SSH 签名的提交，'
        "内容摘要为审签时页面内容 (不含签发写入的字段) 及其附件的 SHA-256。</p>"
    )
    return _page(f"信息发布审签表 {event.seq:04d} {event.title}", body)


def render_index(events: list[Event]) -> str:
    e = escape
    rows = []
    for event in events:
        if event.kind == RECHECK:
            r = event.recheck
            what = f"{e(r.name)} 复查 {r.pages} 个页面，错误 {r.errors}，警告 {r.warnings}" if r else ""
            rows.append(f"<tr><td>{event.seq:04d}</td><td>{e(_when(event.time))}</td><td>{RECHECK}</td>"
                        f"<td>{what}</td><td></td></tr>")
            continue
        rows.append(f"<tr><td>{event.seq:04d}</td><td>{e(_when(event.time))}</td><td>{e(event.kind)}</td>"
                    f'<td><a href="{e(form_name(event))}">{e(event.title) or "(无标题)"}</a></td>'
                    f"<td>{e(event.index_number)}</td></tr>")
    body = ("<h1>信息发布审签表</h1><table><tr><th>编号</th><th>时间</th><th>事项</th><th>标题</th><th>索引号</th></tr>"
            + "".join(rows) + "</table>")
    return _page("信息发布审签表目录", body)


def write_forms(events: list[Event], folder: Path) -> list[Path]:
    """One form per page event and index.html; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for event in events:
        if event.kind == RECHECK:
            continue
        path = folder / form_name(event)
        write_atomic(path, render_form(event).encode("utf-8"))
        written.append(path)
    index = folder / "index.html"
    write_atomic(index, render_index(events).encode("utf-8"))
    return [*written, index]
