"""GitLab Code Quality report (a JSON array of issues), so findings show in the merge request widget."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from gates.domain.rule import Rule
from gates.model.articles import cite
from gates.model.finding import Result

# An error blocks publication, which is what GitLab's "blocker" means; a warning asks for a look; an accepted
# finding is kept for the record.
SEVERITY = {"error": "blocker", "warning": "minor", "info": "info"}


def render(result: Result, rules: Sequence[Rule]) -> str:
    issues: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.code)):
        # The line is left out of the fingerprint, so a finding keeps its identity when lines above it move;
        # the same finding twice in one file gets a running number, since GitLab shows one issue per fingerprint.
        key = "\0".join((f.code, f.path, f.message))
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
        issues.append({
            "type": "issue",
            "description": f"{f.code} {f.message} [{cite(f.article)}]",
            "check_name": f.code,
            "fingerprint": fingerprint,
            "severity": SEVERITY[f.severity],
            "location": {"path": f.path, "lines": {"begin": max(1, f.line)}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
