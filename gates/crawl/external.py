"""Links to other hosts: checked, never crawled. HEAD first; when a server refuses HEAD, a GET of one byte
(`Range: bytes=0-0`). Many at once, few per host, with the 429 backoff of `net.Fetcher`, and a cache of links
that worked, so a weekly scan does not knock on the same servers for every page. A failure is never cached:
the next scan asks again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from gates.crawl.net import Blocked, Fetcher, FetchError, Policy, Response, redirect_target
from gates.model.files import write_atomic

MAX_REDIRECTS = 5
_FEED_MARKS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""  # why not, in Chinese
    cached: bool = False
    host_down: bool = False  # no answer from the host at all: its other links need not wait for a timeout too


@dataclass
class LinkCache:
    """URL -> when it last worked (unix time). Entries older than the window are not trusted."""

    path: Path | None
    window: float  # seconds
    worked: dict[str, float] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def load(cls, path: Path | None, window: float, now: float | None = None) -> LinkCache:
        cache = cls(path, window)
        if path is None or window <= 0:
            return cache
        now = time.time() if now is None else now
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            data = json.loads(path.read_bytes().decode("utf-8"))
            if isinstance(data, dict) and data.get("version") == 1 and isinstance(data.get("worked"), dict):
                cache.worked = {url: float(when) for url, when in data["worked"].items()
                                if isinstance(url, str) and isinstance(when, (int, float)) and now - when < window}
        return cache

    def fresh(self, url: str, now: float | None = None) -> bool:
        when = self.worked.get(url)
        return when is not None and (time.time() if now is None else now) - when < self.window

    def record(self, url: str, verdict: Verdict, now: float | None = None) -> None:
        if verdict.ok and not verdict.cached and self.window > 0:
            self.worked[url] = time.time() if now is None else now
            self.dirty = True

    def save(self) -> None:
        if self.path is None or not self.dirty:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps({"version": 1, "worked": self.worked}, ensure_ascii=False, sort_keys=True)
            write_atomic(self.path, body.encode("utf-8"))
            self.dirty = False


def _follow(fetcher: Fetcher, url: str, method: str, headers: dict[str, str], policy: Policy | None,
            max_bytes: int = 0) -> Response:
    seen = [url]
    for _ in range(MAX_REDIRECTS + 1):
        response = fetcher.fetch(url, method, headers, max_bytes=max_bytes, policy=policy)
        target = redirect_target(response)
        if target is None:
            return response
        url = urljoin(url, target)
        if url in seen:
            raise _Redirects("重定向循环")
        seen.append(url)
    raise _Redirects(f"重定向次数过多 (超过 {MAX_REDIRECTS} 次)")


class _Redirects(FetchError):
    """The server answered, with redirects that lead nowhere."""


def _status_reason(response: Response) -> str:
    if response.status == 429:
        wait = response.header("retry-after")
        return "对方限流 (HTTP 429" + (f"，要求 {wait} 后再试" if wait else "") + ")，多次重试后仍未能检查"
    return f"HTTP {response.status}"


def check_link(url: str, fetcher: Fetcher) -> Verdict:
    try:
        response = _follow(fetcher, url, "HEAD", {}, None)
        if response.status < 400:
            return Verdict(True)
        if response.status == 429:
            return Verdict(False, _status_reason(response))
        # Some servers answer HEAD with 403/404/405/501 yet serve the page: ask for its first byte.
        response = _follow(fetcher, url, "GET", {"Range": "bytes=0-0"}, None)
        if response.status < 400:
            return Verdict(True)
        return Verdict(False, _status_reason(response))
    except (Blocked, _Redirects) as exc:
        return Verdict(False, str(exc))
    except FetchError as exc:
        return Verdict(False, str(exc), host_down=True)


def check_feed(url: str, fetcher: Fetcher) -> Verdict:
    """A feed from site_config/ (trusted, so any address): it answers and looks like RSS or Atom."""
    try:
        response = _follow(fetcher, url, "GET", {}, fetcher.policy.trusting(), max_bytes=5_000_000)
    except (Blocked, FetchError) as exc:
        return Verdict(False, str(exc))
    if response.status >= 400:
        return Verdict(False, _status_reason(response))
    head = response.body[:4096].lower()
    if not any(mark in head for mark in _FEED_MARKS):
        return Verdict(False, "内容不是 RSS 或 Atom 订阅源")
    return Verdict(True)


def check_all(urls: Iterable[str], fetcher: Fetcher, cache: LinkCache, workers: int = 16,
              progress: Callable[[int, int], None] | None = None) -> dict[str, Verdict]:
    todo = sorted(set(urls))
    verdicts: dict[str, Verdict] = {}
    pending = []
    for url in todo:
        if cache.fresh(url):
            verdicts[url] = Verdict(True, cached=True)
        else:
            pending.append(url)
    done = len(verdicts)
    if progress is not None:
        progress(done, len(todo))
    down: dict[str, Verdict] = {}
    lock = threading.Lock()

    def one(url: str) -> Verdict:
        host = urlsplit(url).netloc.lower()
        with lock:
            known = down.get(host)
        if known is not None:
            return Verdict(False, known.reason + " (同一网站的其他链接也无法连接)")
        verdict = check_link(url, fetcher)
        if verdict.host_down:
            with lock:
                down.setdefault(host, verdict)
        return verdict

    if pending:
        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="gates-links") as pool:
            ordered = _by_host_in_turn(pending)
            for url, verdict in zip(ordered, pool.map(one, ordered), strict=True):
                verdicts[url] = verdict
                cache.record(url, verdict)
                done += 1
                if progress is not None:
                    progress(done, len(todo))
    cache.save()
    return verdicts


def _by_host_in_turn(urls: list[str]) -> list[str]:
    """One URL of each host in turn, so workers are not all queued behind one host's concurrency limit."""
    hosts: dict[str, list[str]] = {}
    for url in urls:
        hosts.setdefault(urlsplit(url).netloc.lower(), []).append(url)
    rounds = itertools.zip_longest(*hosts.values())
    return [url for row in rounds for url in row if url is not None]


def window_days(days: float) -> float:
    return dt.timedelta(days=days).total_seconds()
