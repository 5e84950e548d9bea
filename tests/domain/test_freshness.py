"""The freshness computation as pure functions: every threshold of SPEC section 3 at its boundary."""

from __future__ import annotations

import datetime as dt

import pytest

from gates.config import Column, Pace
from gates.domain.freshness import Fact, Table, evaluate, missed_periods, tally, working_days_between

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def col(id: str, kind: str, days: int | None = None, name: str = "") -> Column:
    return Column(id, name or id, kind, "publishing", days)


def table(columns: list[Column], facts: list[Fact], home: list[str] | None = None,
          feeds: dict[str, dt.date | None] | None = None, pace: Pace | None = None) -> Table:
    by_id = {c.id: c for c in columns}
    return evaluate(by_id, tally(facts), TODAY, home if home is not None else list(by_id), feeds, pace)


@pytest.mark.parametrize(("age", "status", "left"), [(10, "fresh", 4), (11, "due", 3), (14, "due", 0),
                                                     (15, "stale", -1)])
def test_news_column_by_its_own_pace(age: int, status: str, left: int) -> None:
    row = table([col("news", "news", 14)], [Fact("news", None, ago(age))]).row("news")
    assert (row.status, row.days_left, row.days_since) == (status, left, age)


def test_policy_at_180_and_181_days() -> None:
    t = table([col("p", "policy", 180)], [Fact("p", None, ago(180))])
    assert t.row("p").status != "stale" and not t.row("p").national_stale
    t = table([col("p", "policy", 180)], [Fact("p", None, ago(181))])
    assert t.row("p").status == "stale" and t.row("p").national_stale


def test_own_pace_is_capped_by_the_ceiling_and_defaults_to_it() -> None:
    t = table([col("news", "news", 30), col("plan", "plan", None)],
              [Fact("news", None, ago(20)), Fact("plan", None, ago(300))])
    assert t.row("news").pace == 14 and t.row("news").status == "stale"
    assert t.row("plan").pace == 365 and t.row("plan").status == "fresh"


def test_blank_undated_and_future_dated_columns() -> None:
    t = table([col("a", "news", 14), col("b", "news", 14), col("c", "news", 14)],
              [Fact("b", None, None), Fact("c", None, TODAY + dt.timedelta(days=3))])
    assert t.row("a").status == "blank" and not t.row("a").national_stale
    # A page without a date, or dated after today, counts as not updated: the column is stale, not blank.
    assert t.row("b").status == "stale" and t.row("b").last is None and t.row("b").national_stale
    assert t.row("c").status == "stale" and t.row("c").published == 1


def _mixed(news_stale: int, notice_stale: int, others_stale: int = 0) -> Table:
    columns: list[Column] = []
    facts: list[Fact] = []
    for i in range(6):
        columns.append(col(f"news{i}", "news", 14))
        facts.append(Fact(f"news{i}", None, ago(15 if i < news_stale else 14)))
    for i in range(6):
        columns.append(col(f"notice{i}", "notice" if i % 2 else "policy", 180))
        facts.append(Fact(f"notice{i}", None, ago(181 if i < notice_stale else 180)))
    for i in range(12):
        columns.append(col(f"other{i}", ("personnel", "plan", "overview", "interaction")[i % 4], 365))
        facts.append(Fact(f"other{i}", None, ago(366 if i < others_stale else 365)))
    return table(columns, facts, home=["news5"])


def test_news_and_notice_policy_counted_together_at_4_and_5() -> None:
    four = _mixed(news_stale=3, notice_stale=1).condition("news_policy")
    assert (four.count, four.met) == (4, False)
    # The next one to go is a news column with 0 days left in its two weeks.
    assert four.days_left == 0
    five = _mixed(news_stale=3, notice_stale=2).condition("news_policy")
    assert (five.count, five.met) == (5, True)


def test_stale_columns_of_any_kind_at_9_and_10() -> None:
    nine = _mixed(news_stale=2, notice_stale=2, others_stale=5)
    assert nine.condition("stale").count == 9 and not nine.condition("stale").met
    assert not nine.condition("news_policy").met
    ten = _mixed(news_stale=2, notice_stale=2, others_stale=6)
    assert ten.condition("stale").count == 10 and ten.condition("stale").met
    assert not ten.condition("news_policy").met  # 4 of those: the other condition stays unmet


def test_newmedia_counts_as_other_in_the_any_kind_window() -> None:
    t = table([col("wx", "newmedia", 14)], [Fact("wx", None, ago(20))])
    assert t.row("wx").window == 365 and not t.row("wx").national_stale
    assert t.condition("newmedia").met  # the account's own condition uses 14 days


@pytest.mark.parametrize(("blank", "met"), [(4, False), (5, True)])
def test_blank_columns_at_4_and_5(blank: int, met: bool) -> None:
    columns = [col(f"c{i}", "overview", 365) for i in range(8)]
    facts = [Fact(f"c{i}", None, ago(1)) for i in range(blank, 8)]
    condition = table(columns, facts).condition("blank")
    assert (condition.count, condition.met, condition.days_left) == (blank, met, None)


@pytest.mark.parametrize(("age", "met", "left"), [(14, False, 0), (15, True, None)])
def test_home_page_at_14_and_15_days(age: int, met: bool, left: int | None) -> None:
    columns = [col("notices", "notice", 180), col("policies", "policy", 180), col("hidden", "news", 14)]
    facts = [Fact("notices", None, ago(age)), Fact("policies", None, ago(40)), Fact("hidden", None, ago(1))]
    t = table(columns, facts, home=["notices", "policies"])  # "hidden" is not on the home page
    assert t.home.days_since == age
    assert (t.condition("home").met, t.condition("home").days_left) == (met, left)


def test_home_page_ignores_feeds_and_channel_pages_of_other_columns() -> None:
    columns = [col("notices", "notice", 180), col("wx", "newmedia", 14)]
    facts = [Fact("notices", "wx", ago(20))]
    t = table(columns, facts, home=["wx"], feeds={"wx": ago(1)})
    assert t.row("wx").last == ago(1) and t.row("wx").last_from_feed
    assert t.home.last is None and t.condition("home").met


@pytest.mark.parametrize(("age", "met"), [(14, False), (15, True)])
def test_account_at_14_and_15_days_from_its_own_column(age: int, met: bool) -> None:
    t = table([col("wx", "newmedia", 14)], [Fact("wx", "wx", ago(age))])
    assert t.condition("newmedia").met is met
    assert t.row("wx").published == 1  # a page of the account's column naming the account is one post


def test_account_posts_include_channel_pages_of_other_columns_and_the_feed() -> None:
    columns = [col("news", "news", 14), col("wx", "newmedia", 14)]
    via_channel = table(columns, [Fact("wx", None, ago(30)), Fact("news", "wx", ago(14))])
    assert not via_channel.condition("newmedia").met and via_channel.row("wx").last == ago(14)
    via_feed = table(columns, [Fact("wx", None, ago(30))], feeds={"wx": ago(14)})
    assert not via_feed.condition("newmedia").met and via_feed.row("wx").last_from_feed
    stale_feed = table(columns, [Fact("wx", None, ago(30))], feeds={"wx": ago(15)})
    assert stale_feed.condition("newmedia").met


def test_pages_of_unknown_columns_are_ignored() -> None:
    t = table([col("news", "news", 14)], [Fact("elsewhere", None, ago(1))])
    assert t.row("news").status == "blank"


def test_site_days_left_is_the_nearest_condition() -> None:
    columns = [col("notices", "notice", 180), col("wx", "newmedia", 14)]
    t = table(columns, [Fact("notices", None, ago(10)), Fact("wx", None, ago(12))])
    assert t.condition("home").days_left == 4 and t.condition("newmedia").days_left == 2
    assert t.days_left == 2


def test_count_condition_days_left_waits_for_enough_columns() -> None:
    columns = [col(f"n{i}", "news", 14) for i in range(5)]
    facts = [Fact(f"n{i}", None, ago(age)) for i, age in enumerate((1, 5, 9, 10, 12))]
    condition = table(columns, facts).condition("news_policy")
    # All five must go stale: the last of them (1 day old) has 13 days left.
    assert (condition.count, condition.days_left) == (0, 13)
    condition = table(columns[:4], facts[:4]).condition("news_policy")
    assert condition.days_left is None  # four columns can never make five


def test_missed_periods() -> None:
    every_ten = sorted(ago(n) for n in range(0, 60, 10))
    assert missed_periods(every_ten, 14, TODAY, 3) == 0
    every_twenty = sorted(ago(n) for n in range(0, 100, 20))
    assert missed_periods(every_twenty, 14, TODAY, 3) == 3
    # Late in the two older periods, on time all through the newest: not "each of the last 3".
    recovered = [ago(60), ago(18), ago(5)]
    assert missed_periods(recovered, 14, TODAY, 3) == 2
    # Before the first publication nothing is judged: a column that started 5 days ago is not late.
    assert missed_periods([ago(5)], 14, TODAY, 3) == 0
    assert missed_periods([], 14, TODAY, 3) == 0


def test_missed_periods_reach_the_row() -> None:
    facts = [Fact("news", None, ago(n)) for n in range(0, 100, 20)]
    row = table([col("news", "news", 14)], facts, pace=Pace(missed_periods=2)).row("news")
    assert row.missed == 2


@pytest.mark.parametrize(("start", "end", "count"), [
    (dt.date(2026, 3, 2), dt.date(2026, 3, 27), 19),   # Mon to the fourth Fri: 19 after the Monday
    (dt.date(2026, 3, 2), dt.date(2026, 3, 30), 20),   # to the fifth Monday: 20
    (dt.date(2026, 3, 2), dt.date(2026, 3, 31), 21),
    (dt.date(2026, 3, 6), dt.date(2026, 3, 9), 1),     # Fri to Mon: the weekend does not count
    (dt.date(2026, 3, 7), dt.date(2026, 3, 8), 0),     # Sat to Sun
    (dt.date(2026, 3, 9), dt.date(2026, 3, 9), 0),
    (dt.date(2026, 3, 9), dt.date(2026, 3, 2), 0),
])
def test_working_days(start: dt.date, end: dt.date, count: int) -> None:
    assert working_days_between(start, end) == count
    naive = sum(1 for i in range(1, (end - start).days + 1) if (start + dt.timedelta(days=i)).weekday() < 5)
    assert count == naive
