"""How fresh each column, the home page and each new-media account is at a date, as the national check counts it.

Pure functions over facts taken from front matter (column, channel, date of each published 主动公开 page) and
columns.yml, so `gates check`, `gates freshness` and `gates rescan` share one answer. Nothing here reads files,
git or the network: the caller gathers the facts in one pass and, where it may, the feeds' latest posts.

Days are counted the way an inspector counts them: a column whose `update_days` is 14 and whose last page is
14 days old is still on time (0 days left); at 15 days it is stale (政府网站与政务新媒体检查指标, 国办秘函〔2019〕19号:
"超过 2 周未更新").
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from gates.config import HOME_UPDATE_DAYS, UPDATE_CEILINGS, Column, Pace
from gates.domain.rule import Gathered, Memo

# The windows of the site-level conditions (SPEC section 3): news two weeks, notice and policy six months,
# every other kind a year. A column's own staleness uses its declared update_days instead.
NATIONAL_WINDOWS = {"news": 14, "notice": 180, "policy": 180}
OTHER_WINDOW = 365
ACCOUNT_WINDOW = UPDATE_CEILINGS["newmedia"]
NEWS_POLICY_KINDS = ("news", "notice", "policy")
NEWS_POLICY_LIMIT = 5
STALE_LIMIT = 10
BLANK_LIMIT = 5
NEWMEDIA = "newmedia"

Status = Literal["fresh", "due", "stale", "blank"]
ConditionKey = Literal["news_policy", "stale", "blank", "home", "newmedia"]


@dataclass(frozen=True)
class Fact:
    """One published 主动公开 page as freshness sees it."""

    column: str | None
    channel: str | None = None  # a new-media account id, when the page was also posted there
    date: dt.date | None = None  # None: a page without a publication date counts as not updated


@dataclass
class Tally:
    """What the facts add up to. Only sets of days and counts are kept, so 50,000 pages cost a few kilobytes."""

    dates: dict[str, set[dt.date]] = field(default_factory=dict)  # column -> days its pages were published
    published: dict[str, int] = field(default_factory=dict)  # column -> published pages, dated or not
    channel_dates: dict[str, set[dt.date]] = field(default_factory=dict)  # account -> days of its channel pages
    channel_published: dict[str, int] = field(default_factory=dict)

    def merge(self, later: Tally) -> None:
        for mine, theirs in ((self.dates, later.dates), (self.channel_dates, later.channel_dates)):
            for key, days in theirs.items():
                mine.setdefault(key, set()).update(days)
        for counts, more in ((self.published, later.published), (self.channel_published, later.channel_published)):
            for key, count in more.items():
                counts[key] = counts.get(key, 0) + count

    def add(self, column: str | None, channel: str | None, date: dt.date | None) -> None:
        if column is not None:
            self.published[column] = self.published.get(column, 0) + 1
            if date is not None:
                self.dates.setdefault(column, set()).add(date)
        # A page of an account's own column that also names the account as its channel is one post, not two.
        if channel is not None and channel != column:
            self.channel_published[channel] = self.channel_published.get(channel, 0) + 1
            if date is not None:
                self.channel_dates.setdefault(channel, set()).add(date)


def tally(facts: Iterable[Fact]) -> Tally:
    found = Tally()
    for fact in facts:
        found.add(fact.column, fact.channel, fact.date)
    return found


@dataclass(frozen=True)
class ColumnRow:
    """One column at a date. For a new-media account (kind newmedia) its posts are the pages of its column,
    the pages whose channel is that account, and the latest post of its own feed when that was read."""

    id: str
    name: str
    kind: str
    update_days: int | None  # as declared (FREQ001 reports a missing or too long one)
    pace: int  # what its own staleness is judged by: the declared days, never longer than the national ceiling
    published: int  # published 主动公开 pages (and, for an account, a readable feed's post)
    last: dt.date | None  # newest publication on or before today
    last_from_feed: bool
    days_since: int | None
    days_left: int | None  # days it stays on time by its own pace (0: today is the last day); < 0 when stale
    status: Status
    window: int  # the national window of the site-level conditions
    national_left: int | None  # days left in that window; None without a dated publication
    missed: int  # of the last `missed_periods` update periods, how many it was late in at some point

    @property
    def national_stale(self) -> bool:
        return self.published > 0 and (self.national_left is None or self.national_left < 0)

    @property
    def is_account(self) -> bool:
        return self.kind == NEWMEDIA


@dataclass(frozen=True)
class HomeRow:
    columns: tuple[str, ...]  # the columns the home page lists
    last: dt.date | None
    days_since: int | None
    days_left: int | None  # of the 14 days the home page may go without a new item


@dataclass(frozen=True)
class Condition:
    """One of the five site-level conditions of SPEC section 3 (the national check's 单项否决)."""

    key: ConditionKey
    label: str
    count: int
    limit: int
    met: bool
    days_left: int | None  # days before it would be met if nothing is published; None: time alone cannot
    columns: tuple[str, ...]  # the columns (or accounts) it counts


@dataclass(frozen=True)
class Table:
    today: dt.date
    pace: Pace
    rows: tuple[ColumnRow, ...]
    home: HomeRow
    conditions: tuple[Condition, ...]

    @property
    def met(self) -> tuple[Condition, ...]:
        return tuple(c for c in self.conditions if c.met)

    @property
    def days_left(self) -> int | None:
        """Days before the first site-level condition would be met; None when none is time-driven or one is met."""
        if self.met:
            return None
        left = [c.days_left for c in self.conditions if c.days_left is not None]
        return min(left) if left else None

    def condition(self, key: ConditionKey) -> Condition:
        return next(c for c in self.conditions if c.key == key)

    def row(self, column: str) -> ColumnRow:
        return next(r for r in self.rows if r.id == column)


def national_window(kind: str) -> int:
    return NATIONAL_WINDOWS.get(kind, OTHER_WINDOW)


def pace_of(column: Column) -> int:
    """The days a column's own staleness is judged by: its declaration, capped by the national ceiling."""
    ceiling = UPDATE_CEILINGS.get(column.kind, OTHER_WINDOW)
    return min(column.update_days, ceiling) if column.update_days is not None else ceiling


def evaluate(columns: Mapping[str, Column], facts: Tally, today: dt.date, home_columns: Sequence[str],
             feeds: Mapping[str, dt.date | None] | None = None, pace: Pace | None = None) -> Table:
    """Every column's, the home page's and every account's freshness at `today`, and the site-level conditions.

    `feeds` maps an account (a newmedia column id) to its feed's latest post, for the accounts whose feed was read.
    Publications dated after `today` are not counted as updates: a date in the future proves nothing yet.
    """
    pace = pace or Pace()
    feeds = feeds or {}
    rows = tuple(_row(column, facts, today, feeds, pace) for column in columns.values())
    home = _home(tuple(c for c in home_columns if c in columns), facts, today)
    conditions = (
        _counted("news_policy", "动态要闻类超过 14 天、通知公告和政策文件类超过 180 天未更新的栏目合计",
                 [r for r in rows if r.kind in NEWS_POLICY_KINDS], NEWS_POLICY_LIMIT),
        _counted("stale", "超期未更新的栏目 (动态要闻 14 天，通知公告、政策文件 180 天，其他 365 天)",
                 list(rows), STALE_LIMIT),
        _blank(rows),
        _home_condition(home),
        _accounts(rows),
    )
    return Table(today, pace, rows, home, conditions)


def _row(column: Column, facts: Tally, today: dt.date, feeds: Mapping[str, dt.date | None], pace: Pace) -> ColumnRow:
    days = set(facts.dates.get(column.id, ()))
    published = facts.published.get(column.id, 0)
    from_feed = False
    if column.kind == NEWMEDIA:
        days |= facts.channel_dates.get(column.id, set())
        published += facts.channel_published.get(column.id, 0)
        feed_day = feeds.get(column.id)
        if feed_day is not None and feed_day <= today:
            published += 1
            newest_page = max((d for d in days if d <= today), default=None)
            from_feed = newest_page is None or feed_day > newest_page
            days.add(feed_day)
    counted = sorted(d for d in days if d <= today)
    last = counted[-1] if counted else None
    own = pace_of(column)
    window = national_window(column.kind)
    since = (today - last).days if last is not None else None
    left = own - since if since is not None else None
    if published == 0:
        status: Status = "blank"
    elif left is None or left < 0:
        status = "stale"
    elif left <= pace.warn_days:
        status = "due"
    else:
        status = "fresh"
    return ColumnRow(
        id=column.id, name=column.name, kind=column.kind, update_days=column.update_days, pace=own,
        published=published, last=last, last_from_feed=from_feed, days_since=since, days_left=left,
        status=status, window=window, national_left=window - since if since is not None else None,
        missed=missed_periods(counted, own, today, pace.missed_periods),
    )


def missed_periods(days: Sequence[dt.date], period: int, today: dt.date, periods: int) -> int:
    """Of the last `periods` update periods (each `period` days, the newest ending today), how many the column
    was late in at some point: some day in it was more than `period` days after the publication before it.

    `days` are the column's publication days up to today, sorted. Days before the first publication are not
    judged: nothing says the column existed then. Within a period the gap since the last publication grows by
    one a day and drops at each publication, so it is largest on the period's last day or on the day before a
    publication inside the period: only those days are looked at.
    """
    missed = 0
    for k in range(periods):
        end = today - dt.timedelta(days=k * period)
        start = end - dt.timedelta(days=period - 1)
        first = bisect.bisect_left(days, start)
        last = bisect.bisect_right(days, end)
        probes = [end] + [days[i] - dt.timedelta(days=1) for i in range(first, last) if days[i] > start]
        if any(gap > period for gap in (_gap(days, t) for t in probes) if gap is not None):
            missed += 1
    return missed


def _gap(days: Sequence[dt.date], t: dt.date) -> int | None:
    """Days from the last publication on or before t to t; None before the first one."""
    i = bisect.bisect_right(days, t)
    return (t - days[i - 1]).days if i else None


def _home(columns: tuple[str, ...], facts: Tally, today: dt.date) -> HomeRow:
    """The home page's last new item: the newest publication in any column it lists (its own pages only: a
    feed's post or a page of another column posted to an account is not on the home page)."""
    days = [d for c in columns for d in facts.dates.get(c, ()) if d <= today]
    last = max(days) if days else None
    since = (today - last).days if last is not None else None
    return HomeRow(columns, last, since, HOME_UPDATE_DAYS - since if since is not None else None)


def _counted(key: ConditionKey, label: str, rows: list[ColumnRow], limit: int) -> Condition:
    stale = [r for r in rows if r.national_stale]
    # The columns still on time go stale one by one as their windows run out; the condition is met when the
    # (limit - already stale)-th of them does.
    waiting = sorted(r.national_left for r in rows if r.published and r.national_left is not None
                     and r.national_left >= 0)
    need = limit - len(stale)
    met = need <= 0
    days_left = None if met or need > len(waiting) else waiting[need - 1]
    return Condition(key, label, len(stale), limit, met, days_left, tuple(r.id for r in stale))


def _blank(rows: Sequence[ColumnRow]) -> Condition:
    blank = [r for r in rows if r.status == "blank"]
    return Condition("blank", "空白栏目 (没有已发布的主动公开页面)", len(blank), BLANK_LIMIT,
                     len(blank) >= BLANK_LIMIT, None, tuple(r.id for r in blank))


def _home_condition(home: HomeRow) -> Condition:
    late = home.days_left is None or home.days_left < 0
    return Condition("home", f"首页超过 {HOME_UPDATE_DAYS} 天没有新内容", 1 if late else 0, 1, late,
                     None if late else home.days_left, home.columns)


def _accounts(rows: Sequence[ColumnRow]) -> Condition:
    accounts = [r for r in rows if r.is_account]
    silent = [r for r in accounts if r.days_since is None or r.days_since > ACCOUNT_WINDOW]
    waiting = [ACCOUNT_WINDOW - r.days_since for r in accounts if r not in silent and r.days_since is not None]
    return Condition("newmedia", f"政务新媒体账号超过 {ACCOUNT_WINDOW} 天未更新", len(silent), 1, bool(silent),
                     None if silent or not waiting else min(waiting), tuple(r.id for r in silent))


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Monday-to-Friday days after `start` up to and including `end` (条例第二十六条 counts 工作日 this way:
    the day a document is made is not one of its 20). Zero when end is not after start."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for i in range(1, rest + 1):
        if (start + dt.timedelta(days=weeks * 7 + i)).weekday() < 5:
            count += 1
    return count


@dataclass
class AccountFeeds(Memo):
    """Per-run state filled by the commands that may use the network (`gates freshness`, rescan), never by
    `gates check`: what each account's own feed said."""

    latest: dict[str, dt.date | None] = field(default_factory=dict)  # account -> newest post; None: none dated
    problems: dict[str, str] = field(default_factory=dict)  # account -> why its feed could not be read


@dataclass
class FreshnessRun(Gathered):
    """Per-run state of the freshness rules: the tally gathered page by page, then the table, made once."""

    facts: Tally = field(default_factory=Tally)
    last_path: str = ""
    table: Table | None = None

    def merge(self, later: FreshnessRun) -> None:
        self.facts.merge(later.facts)
        self.last_path = later.last_path or self.last_path
