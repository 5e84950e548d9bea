"""LINK: links and dates on the published site, as `gates rescan` finds them (3.8). The family's registry is
this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.link import (
    link001_internal,
    link002_anchor,
    link003_external,
    link004_undated,
    link005_feed,
)

FAMILY = "LINK"
RULES: tuple[Rule, ...] = (
    link001_internal.RULE,
    link002_anchor.RULE,
    link003_external.RULE,
    link004_undated.RULE,
    link005_feed.RULE,
)
