"""The `accept` mechanism: findings an editor kept on purpose, with a written reason, become visible notes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from gates.domain.rule import Rule
from gates.model.finding import Finding
from gates.model.page import Page

ACCEPT_KEY = "accept"


def apply_accepts(page: Page, findings: list[Finding], rules: Iterable[Rule] | dict[str, Rule]) -> list[Finding]:
    """Turn findings an editor accepted in front matter (with a written reason) into visible notes."""
    entries = page.meta.get(ACCEPT_KEY) if page.readable else None
    if not isinstance(entries, list) or not entries:
        return findings
    # Built only here: few pages carry `accept`, so the other pages never pay for the lookup table.
    by_code = rules if isinstance(rules, dict) else {r.code: r for r in rules}
    out = []
    for finding in findings:
        entry = _matching_accept(entries, finding, by_code)
        if entry is None:
            out.append(finding)
        else:
            reason = str(entry.get("reason")).strip()
            out.append(replace(finding, severity="info", message=f"已接受（理由：{reason}）：{finding.message}"))
    return out


def _matching_accept(entries: list[object], finding: Finding, rules: dict[str, Rule]) -> dict[str, object] | None:
    rule = rules.get(finding.code)
    if rule is None or not rule.acceptable:
        return None
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("code") != finding.code:
            continue
        if not str(entry.get("reason") or "").strip():
            continue  # an accept without a reason accepts nothing; FM rules report it
        # An accept names the exact text it keeps: a blanket accept would let a personal number added later
        # through silently.
        text = entry.get("text")
        if text is not None and finding.excerpt and _same_text(str(text), finding.excerpt):
            return entry
    return None


# Full-width digits and separators fold to ASCII, so an accept typed either way matches the page's number.
_SQUASH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, " ": None, "-": None, "\u3000": None,
                         "\uff0d": None, "\u2014": None})


def _same_text(accepted: str, excerpt: str) -> bool:
    return accepted.translate(_SQUASH) == excerpt.translate(_SQUASH)
