"""TERM: Wording (表述规范, 3.2), from site_config/terms.yml. The family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.term import (
    term001_serious,
    term002_wording,
)

FAMILY = "TERM"
RULES: tuple[Rule, ...] = (
    term001_serious.RULE,
    term002_wording.RULE,
)
