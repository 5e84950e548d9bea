"""One pass of the terms.yml automaton over a document, shared by TERM001 (level: error) and TERM002 (warning).

The automaton is compiled once per run (per config) and shared with the AD rules' wording (domain/wording.py);
each document is scanned once, part by part (title, description, body — link text and table cells included,
since they are part of the text), by whichever TERM or AD rule asks first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gates.config import Term
from gates.domain import wording
from gates.domain.rule import Context, Memo, Rule
from gates.domain.wording import PartWording
from gates.model.document import Document
from gates.model.finding import Finding


@dataclass(frozen=True)
class TermAt:
    where: str  # 标题 / 摘要 / 正文
    lines: tuple[int, ...]  # every line of that part where the wrong form stands
    term: Term


@dataclass
class _Memo(Memo):
    document: Document | None = None
    found: list[TermAt] = field(default_factory=list)


def scan(doc: Document, ctx: Context) -> list[TermAt]:
    memo = ctx.state(_Memo)
    if memo.document is not doc:
        memo.found = _scan(wording.scan(doc, ctx), ctx.config.terms)
        memo.document = doc
    return memo.found


def _scan(parts: list[PartWording], terms: tuple[Term, ...]) -> list[TermAt]:
    """One TermAt for each term in each part of the page (a rendered page's body may come as two parts, its text
    and its region's source: one finding, with the lines of both)."""
    lines: dict[tuple[str, int], list[int]] = {}
    for found in parts:
        for hit in found.terms:
            lines.setdefault((found.part.where, hit.index), []).append(found.part.line_of(hit.start))
    return [TermAt(where, tuple(sorted(set(at))), terms[i]) for (where, i), at in lines.items()]


def term_findings(rule: Rule, doc: Document, ctx: Context, level: str) -> list[Finding]:
    findings = []
    for at in scan(doc, ctx):
        if at.term.level != level:
            continue
        shown = "、".join(str(n) for n in at.lines[:8]) + ("…" if len(at.lines) > 8 else "")
        note = f" ({at.term.note})" if at.term.note else ""
        findings.append(rule.at(doc, at.lines[0],
                                f"{at.where}中“{at.term.wrong}”应为“{at.term.right}”{note} (第 {shown} 行)",
                                excerpt=at.term.wrong))
    return findings
