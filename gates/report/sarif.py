"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from gates import __version__
from gates.domain.rule import Rule
from gates.model.articles import cite_long
from gates.model.finding import Result

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": f"{rule.fix}\n依据：{cite_long(rule.article)}"},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"article": rule.article},
    }


def render(result: Result, rules: Sequence[Rule]) -> str:
    used = {f.code for f in result.findings}
    listed = [r for r in rules if r.code in used] or list(rules)
    index = {r.code: i for i, r in enumerate(listed)}
    results = []
    for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.code)):
        item: dict[str, Any] = {
            "ruleId": f.code,
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path},
                "region": {"startLine": max(1, f.line)},
            }}],
            "properties": {"article": f.article},
        }
        if f.code in index:
            item["ruleIndex"] = index[f.code]
        results.append(item)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "gates", "version": __version__, "rules": [_rule(r) for r in listed]}},
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
