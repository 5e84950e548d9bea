from __future__ import annotations

import datetime as dt

import pytest

from gates.feeds import FeedError, parse_feed
from gates.feeds.parse import decode
from tests.feeds.samples import BUSINESS, ELDERLY, FLOOD, NEWS_ATOM_ITEM, atom, rss


def test_rss_summary_items_with_chinese_titles_and_dates() -> None:
    feed = parse_feed(rss([BUSINESS, FLOOD, ELDERLY]).encode("utf-8"), "application/rss+xml")
    assert feed.title == "重庆市人民政府" and not feed.irregular
    assert [i.title for i in feed.items] == [BUSINESS.title, FLOOD.title, ELDERLY.title]
    assert feed.items[0].link == BUSINESS.link
    assert [i.published for i in feed.items] == [dt.date(2026, 3, 23), dt.date(2026, 3, 10), dt.date(2026, 3, 18)]
    assert feed.items[0].basis == "摘要" and feed.items[0].text.startswith("3月23日，全市优化营商环境大会召开。")
    assert "<p>" not in feed.items[0].text


def test_rss_full_text_is_preferred_over_the_summary() -> None:
    item = parse_feed(rss([FLOOD], full_text=True).encode("utf-8")).items[0]
    assert item.basis == "全文"
    assert "二、加强监测预警" in item.text and "……" not in item.text


def test_atom_with_full_content_and_zone_dates() -> None:
    feed = parse_feed(atom([NEWS_ATOM_ITEM]).encode("utf-8"), "application/atom+xml")
    [item] = feed.items
    assert item.title == NEWS_ATOM_ITEM.title and item.basis == "全文"
    assert item.links[0] == NEWS_ATOM_ITEM.link
    assert item.published == dt.date(2026, 3, 20)


def test_late_evening_utc_date_is_the_next_day_in_beijing() -> None:
    late = type(BUSINESS)("夜间发布", "https://www.gov.cn/a.html", "Mon, 23 Mar 2026 17:30:00 GMT", "<p>正文</p>")
    assert parse_feed(rss([late]).encode("utf-8")).items[0].published == dt.date(2026, 3, 24)


def test_gb2312_feed_without_any_encoding_declaration() -> None:
    body = rss([BUSINESS, FLOOD], encoding=None).encode("gb2312")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")  # the case feedparser alone reads as windows-1252 mojibake
    feed = parse_feed(body, "text/xml")
    assert [i.title for i in feed.items] == [BUSINESS.title, FLOOD.title]
    assert "营商环境" in feed.items[0].text


def test_gb2312_declared_in_the_xml_declaration_and_wrong_http_charset() -> None:
    body = rss([ELDERLY], encoding="gb2312").encode("gb2312")
    assert parse_feed(body, "application/xml; charset=utf-8").items[0].title == ELDERLY.title
    assert decode(body, "") .startswith('<?xml version="1.0" encoding="gb2312"?>')


def test_chinese_dates_without_zone() -> None:
    item = parse_feed(rss([ELDERLY]).encode("utf-8")).items[0]
    assert item.published == dt.date(2026, 3, 18)
    dated = type(ELDERLY)(ELDERLY.title, ELDERLY.link, "2026年03月18日", ELDERLY.text)
    assert parse_feed(rss([dated]).encode("utf-8")).items[0].published == dt.date(2026, 3, 18)


@pytest.mark.parametrize(("body", "needle"), [
    (b"", "\u5185\u5bb9\u4e3a\u7a7a"),
    ("<html><body><h1>网站维护中</h1></body></html>".encode(), "RSS"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a', "XML"),
    (b"\x00\x01\x02binary", "RSS"),
])
def test_not_a_feed_is_a_feed_error(body: bytes, needle: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(body)
    assert needle in str(info.value)


def test_bozo_feed_that_still_yields_items_is_read_and_marked() -> None:
    text = rss([BUSINESS]).replace("</channel></rss>", "<item><title>未闭合</title></channel></rss>")
    feed = parse_feed(text.encode("utf-8"))
    assert feed.items and feed.items[0].title == BUSINESS.title
    assert feed.irregular
