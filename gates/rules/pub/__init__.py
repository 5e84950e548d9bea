"""PUB: published-page integrity: what the site serves is what the gated build produced (3.1, 3.8). The
family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.pub import pub001_differs, pub002_unapproved, pub003_missing

FAMILY = "PUB"
RULES: tuple[Rule, ...] = (
    pub001_differs.RULE,
    pub002_unapproved.RULE,
    pub003_missing.RULE,
)
