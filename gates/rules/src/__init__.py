"""SRC: Reprint source and attribution (转载来源, 3.4). The family's registry is this explicit list.

SRC001–SRC005 read a page's front matter and body (`gates check`); SRC006–SRC009 judge what
`gates sources verify` and `gates rescan` read from the sources' feeds, and never run in `gates check`.
"""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.src import (
    src001_attribution,
    src002_allowed_source,
    src003_source_name,
    src004_original_claim,
    src005_undeclared_reprint,
    src006_faithful,
    src007_not_in_feed,
    src008_must_reprint,
    src009_feed,
)

FAMILY = "SRC"
RULES: tuple[Rule, ...] = (
    src001_attribution.RULE,
    src002_allowed_source.RULE,
    src003_source_name.RULE,
    src004_original_claim.RULE,
    src005_undeclared_reprint.RULE,
    src006_faithful.RULE,
    src007_not_in_feed.RULE,
    src008_must_reprint.RULE,
    src009_feed.RULE,
)

FEED_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.stage == "rescan")
