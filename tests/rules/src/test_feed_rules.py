"""SRC006–SRC009 judge what the feed reader found (FeedFacts); end to end with real feeds in
tests/actions/test_sources.py. Here: the judgement itself, at its edges."""

from __future__ import annotations

import datetime as dt

from gates.domain.rule import Context
from gates.rules import src
from gates.rules.src.feedfacts import Compared, FeedFacts, FeedTrouble, NotInFeed, Unreprinted
from tests.conftest import Site


def judge(ctx: Context) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, f.message) for rule in src.FEED_RULES if rule.finish for f in rule.finish(ctx)]


def compared(title: float, text: float | None) -> Compared:
    return Compared("content/news/a.md", 7, "重庆市人民政府", "https://www.cq.gov.cn/a.html", "全市优化营商环境大会召开",
                    title, text, "全文" if text is not None else None)


def test_src006_at_and_below_the_thresholds(site: Site) -> None:
    ctx = site.ctx()
    facts = ctx.state(FeedFacts)
    facts.compared += [compared(0.8, 0.85), compared(0.79, 0.99), compared(0.95, 0.84), compared(0.3, None)]
    found = judge(ctx)
    assert [code for code, _, _ in found] == ["SRC006"] * 3
    assert "标题与原文《全市优化营商环境大会召开》相似度 79%" in found[0][2]
    assert "正文与原文全文相似度 84% (低于 85%)" in found[1][2]
    assert all(severity == "error" for _, severity, _ in found)


def test_src007_note(site: Site) -> None:
    ctx = site.ctx()
    ctx.state(FeedFacts).not_in_feed.append(
        NotInFeed("content/news/a.md", 7, "重庆市人民政府", "https://www.cq.gov.cn/a.html", True))
    [(code, severity, message)] = judge(ctx)
    assert (code, severity) == ("SRC007", "info") and "已不在重庆市人民政府的订阅源中" in message


def test_src008_overdue_against_today(site: Site) -> None:
    ctx = site.ctx(today=dt.date(2026, 3, 18))
    item = Unreprinted("重庆市人民政府", 3, "关于做好防汛抗旱工作的通知", "https://www.cq.gov.cn/b.html",
                       dt.date(2026, 3, 10), dt.date(2026, 3, 17), None)
    ctx.state(FeedFacts).unreprinted.append(item)
    assert [(c, s) for c, s, _ in judge(ctx)] == [("SRC008", "warning")]
    ctx = site.ctx(today=dt.date(2026, 3, 17))
    ctx.state(FeedFacts).unreprinted.append(item)
    [(code, severity, message)] = judge(ctx)
    assert (code, severity) == ("SRC008", "info") and "期限 2026-03-17" in message


def test_src009_one_warning_per_feed(site: Site) -> None:
    ctx = site.ctx()
    ctx.state(FeedFacts).troubles += [
        FeedTrouble("重庆市人民政府", 3, "http://127.0.0.1:1/rss.xml", "unreachable", "连接被拒绝"),
        FeedTrouble("新华网", 4, "http://127.0.0.1:1/atom.xml", "malformed", "不是 RSS 或 Atom 订阅源"),
    ]
    found = judge(ctx)
    assert [(c, s) for c, s, _ in found] == [("SRC009", "warning"), ("SRC009", "warning")]
    assert "无法访问：连接被拒绝" in found[0][2] and "格式错误" in found[1][2]


def test_feed_rules_never_run_in_check(site: Site) -> None:
    from gates.rules import select

    assert not set(src.FEED_RULES) & set(select())
    assert {r.code for r in src.FEED_RULES} == {"SRC006", "SRC007", "SRC008", "SRC009"}
