"""FREQ: update frequency and honest dates (附件3 第五条). The family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.freq import (
    freq001_update_days,
    freq002_future_date,
    freq003_written_date,
    freq004_column_stale,
    freq005_due_soon,
    freq006_site_columns,
    freq007_home_page,
    freq008_account_silent,
    freq009_merge_or_remove,
    freq010_feed_unreadable,
)

FAMILY = "FREQ"
RULES: tuple[Rule, ...] = (
    freq001_update_days.RULE,
    freq002_future_date.RULE,
    freq003_written_date.RULE,
    freq004_column_stale.RULE,
    freq005_due_soon.RULE,
    freq006_site_columns.RULE,
    freq007_home_page.RULE,
    freq008_account_silent.RULE,
    freq009_merge_or_remove.RULE,
    freq010_feed_unreadable.RULE,
)
