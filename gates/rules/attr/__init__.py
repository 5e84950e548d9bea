"""ATTR: The disclosure attribute (公开属性, 附件1). The family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.attr import (
    attr001_disclosure,
    attr002_reason,
    attr003_reason_basis,
    attr004_partial,
    attr005_note,
    attr006_forwarded,
    attr007_co_units,
    attr008_review_due,
    attr009_review_overdue,
)

FAMILY = "ATTR"
RULES: tuple[Rule, ...] = (
    attr001_disclosure.RULE,
    attr002_reason.RULE,
    attr003_reason_basis.RULE,
    attr004_partial.RULE,
    attr005_note.RULE,
    attr006_forwarded.RULE,
    attr007_co_units.RULE,
    attr008_review_due.RULE,
    attr009_review_overdue.RULE,
)
