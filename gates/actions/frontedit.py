"""Rewrite only the `signers:` block, the `status:` line and (at 签发) a missing `date:` of a page,
leaving every other byte of the editor's front matter as it was."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from gates.domain.signoff import CO_DEPUTY, Slot

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
ORDER = ("drafter", "section_head", CO_DEPUTY, "deputy", "principal")


class EditError(Exception):
    """The page's front matter cannot be edited safely."""


def signers_value(entries: dict[Slot, tuple[str, str]]) -> dict[str, Any]:
    """The `signers` mapping for slot -> (name, ISO date): tiers by role, co-unit deputies under co_deputies."""
    out: dict[str, Any] = {}
    for role in ORDER:
        for slot, (name, day) in sorted(entries.items()):
            if slot.role != role:
                continue
            if role == CO_DEPUTY:
                out.setdefault("co_deputies", {})[slot.unit] = {"name": name, "date": day}
            else:
                out[role] = {"name": name, "date": day}
    return out


def _scalar(value: str) -> str:
    # JSON strings are valid YAML double-quoted scalars; plain ids and dates need no quotes.
    return value if re.fullmatch(r"[A-Za-z0-9_.-]+", value) else json.dumps(value, ensure_ascii=False)


def render_signers(value: dict[str, Any]) -> list[str]:
    lines = ["signers:"]
    for key, item in value.items():
        if key == "co_deputies":
            lines.append("  co_deputies:")
            for unit, entry in item.items():
                lines.append(f"    {_scalar(unit)}: {{name: {_scalar(entry['name'])}, date: {entry['date']}}}")
        else:
            lines.append(f"  {key}: {{name: {_scalar(item['name'])}, date: {item['date']}}}")
    return lines


def edit(text: str, signers: dict[str, Any], status: str | None = None, date: str | None = None,
         index_number: str | None = None, time: str | None = None) -> str:
    """The page text with a new signers block, and status/date set when given (date only if absent); at 签发
    also the 索引号 (only if absent) and the 发布时间."""
    newline = "\r\n" if "\r\n" in text else "\n"
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body_text = text[len(bom):].replace("\r\n", "\n")
    if not body_text.startswith("---\n"):
        raise EditError("页面没有 YAML 头信息")
    lines = body_text.split("\n")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i] == "---")
    except StopIteration:
        raise EditError("YAML 头信息没有结束的 --- 行") from None
    front = lines[1:close]
    front = _replace_block(front, "signers", render_signers(signers))
    if status is not None:
        front = _replace_block(front, "status", [f"status: {status}"])
    if date is not None and not any(_key(line) == "date" for line in front):
        front.append(f"date: {date}")
    if index_number is not None and not any(_key(line) == "index_number" for line in front):
        front.append(f"index_number: {index_number}")
    if time is not None:
        front = _replace_block(front, "time", [f'time: "{time}"'])
    out = "\n".join(["---", *front, *lines[close:]])
    return bom + out.replace("\n", newline)


def _key(line: str) -> str | None:
    match = _TOP_KEY.match(line)
    return match.group(1) if match else None


def _replace_block(front: list[str], key: str, new: list[str]) -> list[str]:
    """Replace a top-level key with its indented continuation lines; append when the key is absent."""
    start = next((i for i, line in enumerate(front) if _key(line) == key), None)
    if start is None:
        return [*front, *new]
    end = start + 1
    while end < len(front) and (front[end][:1] in (" ", "\t") or not front[end].strip()):
        end += 1
    while end > start + 1 and not front[end - 1].strip():
        end -= 1  # blank lines before the next key belong to the layout, not to the block
    return [*front[:start], *new, *front[end:]]


def set_withdrawal_date(text: str, withdrawal: Any, day: str) -> str:
    """The page with its `withdrawal` block rewritten to carry `date` (written by the last tier of a withdrawal)."""
    if not isinstance(withdrawal, dict) or not str(withdrawal.get("reason") or "").strip():
        raise EditError("撤回须在头信息中写明 withdrawal: {reason: 撤回说明}")
    lines = ["withdrawal:", f"  reason: {json.dumps(str(withdrawal['reason']), ensure_ascii=False)}", f"  date: {day}"]
    return replace_key(text, "withdrawal", lines)


def replace_key(text: str, key: str, lines: list[str]) -> str:
    """The page with one top-level front-matter key replaced by `lines` (appended when absent)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    rows = text[len(bom):].replace("\r\n", "\n").split("\n")
    if not rows or rows[0] != "---":
        raise EditError("页面没有 YAML 头信息")
    close = next((i for i in range(1, len(rows)) if rows[i] == "---"), None)
    if close is None:
        raise EditError("YAML 头信息没有结束的 --- 行")
    front = _replace_block(rows[1:close], key, lines)
    return bom + "\n".join(["---", *front, *rows[close:]]).replace("\n", newline)


def _flow(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def set_change_date(text: str, notes: Any, day: str) -> str:
    """The page with the newest `change_note` entry dated `day` (written by a correction's 签发)."""
    if not isinstance(notes, list) or not notes or not all(isinstance(n, dict) for n in notes):
        raise EditError("change_note 应为 {date, note} 的列表")
    lines = ["change_note:"]
    for i, note in enumerate(notes):
        entry = {str(k): v for k, v in note.items()}
        if i == len(notes) - 1:
            entry["date"] = day
        ordered = {k: entry[k] for k in ("date", "note") if k in entry} | entry
        lines.append("  - {" + ", ".join(f"{k}: {_flow(v)}" for k, v in ordered.items()) + "}")
    return replace_key(text, "change_note", lines)


def withdrawal_text(text: str, reason: str) -> str:
    """The page as a withdrawal asks for it: `status: withdrawn` and `withdrawal: {reason}` (the date is the
    last tier's to write)."""
    text = replace_key(text, "status", ["status: withdrawn"])
    return replace_key(text, "withdrawal", ["withdrawal:", f"  reason: {json.dumps(reason, ensure_ascii=False)}"])
