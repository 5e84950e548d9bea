"""Reading an account's own feed from a real server on 127.0.0.1: the newest post's day, or why not."""

from __future__ import annotations

import datetime as dt
import time

from gates.feeds.account import MAX_BYTES, latest_post
from tests.feedserver import Reply, at, atom, closed_port_url, rss, serve

TODAY = dt.date(2026, 11, 25)


def test_newest_post_of_an_rss_feed() -> None:
    body = rss(("一图读懂｜在江北开办企业，最快半天办结", at(dt.date(2026, 11, 20))),
               ("江北区召开安全生产工作会", at(dt.date(2026, 11, 11))))
    with serve({"/wechat.xml": Reply(body)}) as server:
        found = latest_post(server.url("/wechat.xml"), TODAY)
    assert (found.day, found.posts, found.problem) == (dt.date(2026, 11, 20), 2, None)


def test_post_time_is_read_as_a_shanghai_day() -> None:
    # 23:30 UTC on the 10th is 07:30 on the 11th in Chongqing: the post belongs to the 11th.
    late = dt.datetime(2026, 11, 10, 23, 30, tzinfo=dt.UTC)
    with serve({"/a.xml": Reply(atom(("江北发布｜今日要闻", late)), content_type="application/atom+xml")}) as server:
        assert latest_post(server.url("/a.xml"), TODAY).day == dt.date(2026, 11, 11)


def test_posts_after_the_day_asked_about_are_not_counted() -> None:
    body = rss(("明日预告", at(dt.date(2026, 11, 26))), ("今日要闻", at(dt.date(2026, 11, 12))))
    with serve({"/f.xml": Reply(body)}) as server:
        assert latest_post(server.url("/f.xml"), TODAY).day == dt.date(2026, 11, 12)


def test_http_error_is_a_problem_not_an_exception() -> None:
    with serve({}) as server:
        found = latest_post(server.url("/missing.xml"), TODAY)
    assert found.day is None and found.problem == "服务器返回 HTTP 404"


def test_refused_connection() -> None:
    found = latest_post(closed_port_url(), TODAY)
    assert found.day is None and found.problem is not None and "无法连接" in found.problem


def test_slow_feed_times_out() -> None:
    with serve({"/slow.xml": Reply(rss(("要闻", at(TODAY))), delay=3.0)}) as server:
        start = time.monotonic()
        found = latest_post(server.url("/slow.xml"), TODAY, timeout=0.5)
        took = time.monotonic() - start
    assert found.problem is not None and "超时" in found.problem
    assert took < 2.5


def test_not_a_feed() -> None:
    page = "<html><body><h1>江北区人民政府</h1><p>欢迎访问".encode()
    with serve({"/index.html": Reply(page, content_type="text/html")}) as server:
        found = latest_post(server.url("/index.html"), TODAY)
    assert found.day is None and found.problem == "返回的内容不是有效的 RSS/Atom 订阅源"


def test_posts_without_dates() -> None:
    with serve({"/f.xml": Reply(rss(("江北发布｜今日要闻", None)))}) as server:
        found = latest_post(server.url("/f.xml"), TODAY)
    assert found.day is None and found.posts == 1 and found.problem == "订阅源中的文章都没有发布时间"


def test_oversized_answer_is_refused() -> None:
    with serve({"/big.xml": Reply(b"<rss>" + b" " * (MAX_BYTES + 10))}) as server:
        found = latest_post(server.url("/big.xml"), TODAY)
    assert found.problem is not None and "MB" in found.problem


def test_only_http_addresses() -> None:
    assert latest_post("file:///etc/passwd", TODAY).problem == "地址应以 http:// 或 https:// 开头"
    assert latest_post("feed.xml", TODAY).problem == "地址应以 http:// 或 https:// 开头"
