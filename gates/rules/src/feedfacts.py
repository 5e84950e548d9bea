"""What `gates sources verify` (and `gates rescan`) found in the sources' feeds, as typed per-run state.

The action that reads the feeds fills one `FeedFacts` (ctx.state(FeedFacts)); SRC006–SRC009 turn it into
findings in `finish`. The reader never decides severity or wording, and the thresholds are applied by the
rules, from sources.yml `verify:`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

SOURCES_FILE = "site_config/sources.yml"
Basis = Literal["全文", "摘要"]
Trouble = Literal["unreachable", "malformed", "recovered"]


@dataclass(frozen=True)
class Compared:
    """A reprint found in its source's feed, with how close it stays to the original."""

    path: str
    line: int
    source: str
    url: str
    original_title: str
    title_ratio: float
    text_ratio: float | None  # None when the feed carries neither full text nor summary
    basis: Basis | None


@dataclass(frozen=True)
class NotInFeed:
    """A reprint whose original is not (or no longer) among its source's feed items."""

    path: str
    line: int
    source: str
    url: str
    seen_before: bool  # it was in the feed on an earlier run on this machine


@dataclass(frozen=True)
class Unreprinted:
    """An item of a must_reprint source that no published page reprints."""

    source: str
    line: int  # of the source in sources.yml
    title: str
    link: str
    published: dt.date
    due: dt.date
    draft: str | None  # a page that reprints it but is not published yet


@dataclass(frozen=True)
class FeedTrouble:
    source: str
    line: int
    url: str
    kind: Trouble
    reason: str


@dataclass(frozen=True)
class Unverifiable:
    """A must_reprint source without a feed, or a feed item without a date: reported once as a note."""

    source: str
    line: int
    reason: str


@dataclass
class FeedFacts:
    compared: list[Compared] = field(default_factory=list)
    not_in_feed: list[NotInFeed] = field(default_factory=list)
    unreprinted: list[Unreprinted] = field(default_factory=list)
    troubles: list[FeedTrouble] = field(default_factory=list)
    unverifiable: list[Unverifiable] = field(default_factory=list)
