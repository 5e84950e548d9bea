from __future__ import annotations

import subprocess
import time
from pathlib import Path

from gates.feeds import FeedCache, Ledger, cache_dir
from gates.feeds.cache import Copy


def test_cache_dir_is_inside_git(tmp_path: Path) -> None:
    assert cache_dir(tmp_path) is None
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert cache_dir(tmp_path) == tmp_path / ".git" / "gates" / "feeds"


def test_cache_dir_of_a_worktree_follows_its_gitdir(tmp_path: Path) -> None:
    gitdir = tmp_path / "elsewhere"
    gitdir.mkdir()
    site = tmp_path / "site"
    site.mkdir()
    (site / ".git").write_text(f"gitdir: {gitdir}\n", encoding="utf-8")
    assert cache_dir(site) == gitdir / "gates" / "feeds"


def test_round_trip_and_freshness(tmp_path: Path) -> None:
    cache = FeedCache(tmp_path / "feeds")
    assert cache.get("http://127.0.0.1/rss.xml") is None
    copy = Copy("http://127.0.0.1/rss.xml", time.time() - 600, b"<rss/>", "text/xml", '"e"', "")
    cache.put(copy)
    held = cache.get("http://127.0.0.1/rss.xml")
    assert held == copy
    assert FeedCache.fresh(copy, 30) and not FeedCache.fresh(copy, 5) and not FeedCache.fresh(copy, 0)


def test_a_damaged_copy_is_no_copy(tmp_path: Path) -> None:
    cache = FeedCache(tmp_path)
    cache.put(Copy("http://127.0.0.1/rss.xml", time.time(), b"<rss>good</rss>", "text/xml", "", ""))
    body = next(tmp_path.glob("*.body"))
    body.write_bytes(b"<rss>edited</rss>")
    assert cache.get("http://127.0.0.1/rss.xml") is None


def test_no_folder_holds_nothing() -> None:
    cache = FeedCache(None)
    cache.put(Copy("http://127.0.0.1/rss.xml", time.time(), b"x", "", "", ""))
    assert cache.get("http://127.0.0.1/rss.xml") is None


def test_ledger_round_trip(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    ledger.seen["www.cq.gov.cn/a.html"] = 1.0
    ledger.told.add("content/news/a.md|www.cq.gov.cn/a.html")
    ledger.save()
    again = Ledger.open(tmp_path)
    assert again.seen == {"www.cq.gov.cn/a.html": 1.0} and again.told == {"content/news/a.md|www.cq.gov.cn/a.html"}
    (tmp_path / "ledger.json").write_text("{not json", encoding="utf-8")
    assert Ledger.open(tmp_path).seen == {}
