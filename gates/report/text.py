"""Plain text for a person at a terminal: one finding per line, a Chinese summary last."""

from __future__ import annotations

from collections.abc import Sequence

from gates.domain.rule import Rule
from gates.model.articles import cite
from gates.model.finding import Result

# info: an accepted finding (its message starts 已接受（理由：…）) or a note such as a feed item to reprint.
LABEL = {"error": "错误", "warning": "警告", "info": "提示"}


def render(result: Result, rules: Sequence[Rule]) -> str:
    lines = [
        f"{f.path}:{f.line}: {f.code} {LABEL[f.severity]} {f.message} [{cite(f.article)}]"
        for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.code))
    ]
    summary = f"检查 {result.files} 个文件：{result.errors} 个错误，{result.warnings} 个警告"
    notes = sum(1 for f in result.findings if f.severity == "info")
    if notes:
        summary += f"，{notes} 个提示"
    if result.findings:
        summary += "。运行 gates explain <代码> 查看规则说明和改法"
    lines.append(summary)
    return "\n".join(lines) + "\n"
