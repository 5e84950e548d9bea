"""The JSON contract of SPEC section 5, exactly."""

from __future__ import annotations

import json
from collections.abc import Sequence

from gates.domain.rule import Rule
from gates.model.finding import Result


def render(result: Result, rules: Sequence[Rule]) -> str:
    doc = {
        "findings": [f.to_json() for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.code))],
        "summary": {"files": result.files, "errors": result.errors, "warnings": result.warnings},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
