"""GitHub Actions workflow commands, so findings show on the changed lines of a pull request."""

from __future__ import annotations

from collections.abc import Sequence

from gates.domain.rule import Rule
from gates.model.articles import cite
from gates.model.finding import Result

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render(result: Result, rules: Sequence[Rule]) -> str:
    lines = []
    for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.code)):
        props = f"file={_escape(f.path, True)},line={f.line},title={_escape(f.code, True)}"
        lines.append(f"::{COMMAND[f.severity]} {props}::{_escape(f'{f.message} [{cite(f.article)}]')}")
    lines.append(f"gates: {result.files} files, {result.errors} errors, {result.warnings} warnings")
    return "\n".join(lines) + "\n"
