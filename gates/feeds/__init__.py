"""Reading feeds over the network: only for the commands that may use it (never `gates check`, SPEC section 7).

account.py: a new-media account's own feed, for freshness. For the sources' feeds (`gates sources verify`,
`gates rescan`): fetch.py gets a feed's bytes over HTTP with a hard time limit and a size limit; cache.py keeps
the last good copy on disk (in .git/gates/feeds/) so a run within `cache_minutes` does not fetch again, and a
failed fetch is never covered by an older copy; parse.py reads the bytes with feedparser, working out the
encoding first (Chinese sites still serve GB2312 without saying so).
"""

from __future__ import annotations

from gates.feeds.cache import FeedCache, Ledger, cache_dir
from gates.feeds.fetch import Fetched, FetchError, fetch
from gates.feeds.parse import Feed, FeedError, FeedItem, parse_feed

__all__ = ["Feed", "FeedCache", "FeedError", "FeedItem", "FetchError", "Fetched", "Ledger", "cache_dir", "fetch",
           "parse_feed"]
