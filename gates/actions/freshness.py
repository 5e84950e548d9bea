"""`gates freshness`: every column's, the home page's and every new-media account's freshness at a date, with
the accounts' own feeds read; a met site-level condition is an error here (SPEC sections 3 and 7)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from gates import engine, rules
from gates.actions.check import Checked
from gates.config import SiteConfig
from gates.domain.freshness import NEWMEDIA, AccountFeeds, FreshnessRun
from gates.feeds.account import TIMEOUT, latest_post


def freshness(root: Path, config: SiteConfig, today: dt.date | None = None, read_feeds: bool = True,
              timeout: float = TIMEOUT) -> Checked:
    ctx = rules.context(root, config, today, whole_site=True, site_level="error")
    if read_feeds:
        _read_feeds(config, ctx.today, timeout, ctx.state(AccountFeeds))
    result = engine.run(ctx, rules.select(["FREQ"]), [])
    return Checked(result, ctx.state(FreshnessRun).table)


def _read_feeds(config: SiteConfig, today: dt.date, timeout: float, into: AccountFeeds) -> None:
    """Each account's feed, read side by side so several slow feeds cost one timeout, not one each."""
    accounts = [(c.id, c.feed) for c in config.columns.values() if c.kind == NEWMEDIA and c.feed]
    if not accounts:
        return
    with ThreadPoolExecutor(max_workers=min(8, len(accounts))) as pool:
        found = list(pool.map(lambda item: latest_post(item[1], today, timeout), accounts))
    for (account, _url), latest in zip(accounts, found, strict=True):
        if latest.problem is not None and latest.day is None:
            into.problems[account] = latest.problem
        else:
            into.latest[account] = latest.day
