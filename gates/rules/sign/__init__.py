"""SIGN: Sign-off against git history (审签, 附件2, 3.1, 3.3, 3.7). The family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.sign import (
    sign001_chain,
    sign002_signers,
    sign003_date,
    sign004_config,
    sign005_consulted,
    sign006_history,
    sign007_backdated,
)

FAMILY = "SIGN"
RULES: tuple[Rule, ...] = (
    sign001_chain.RULE,
    sign002_signers.RULE,
    sign003_date.RULE,
    sign004_config.RULE,
    sign005_consulted.RULE,
    sign006_history.RULE,
    sign007_backdated.RULE,
)
