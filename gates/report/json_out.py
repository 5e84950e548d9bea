"""The JSON contract of SPEC section 5, exactly."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from gates.domain.rule import Rule
from gates.model.finding import Result


def document(result: Result) -> dict[str, Any]:
    return {
        "findings": [f.to_json() for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.code))],
        "summary": {"files": result.files, "errors": result.errors, "warnings": result.warnings},
    }


def render(result: Result, rules: Sequence[Rule]) -> str:
    return dumps(document(result))


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
