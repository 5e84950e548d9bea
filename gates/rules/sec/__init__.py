"""SEC: Secrecy marks and personal information (保密与个人信息, 1.2, 2.6). The family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.sec import (
    sec001_secrecy_mark,
    sec002_id_number,
    sec003_mobile,
    sec004_bank_card,
)

FAMILY = "SEC"
RULES: tuple[Rule, ...] = (
    sec001_secrecy_mark.RULE,
    sec002_id_number.RULE,
    sec003_mobile.RULE,
    sec004_bank_card.RULE,
)
