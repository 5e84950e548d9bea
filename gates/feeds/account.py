"""A new-media account's own feed (RSS or Atom): the day of its latest post, read once, bounded in time and size."""

from __future__ import annotations

import datetime as dt
import io
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from gates import __version__
from gates.model.dates import SHANGHAI

TIMEOUT = 10.0  # seconds, for connecting and for each read
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Latest:
    """What a feed said: its newest post on or before the day asked about, or why it could not be read."""

    day: dt.date | None = None
    posts: int = 0
    problem: str | None = None  # Chinese, for the finding


def latest_post(url: str, today: dt.date, timeout: float = TIMEOUT) -> Latest:
    """The feed's newest post on or before `today` (a later one is not counted: runs pinned to a date must
    give the same answer tomorrow)."""
    if urlsplit(url).scheme not in ("http", "https"):
        return Latest(problem="地址应以 http:// 或 https:// 开头")
    data = _fetch(url, timeout)
    if isinstance(data, Latest):
        return data
    # A stream, not bytes: feedparser would take bytes that name an existing file for a path and open it.
    import feedparser  # heavy to import: only the commands that read feeds pay for it

    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            return Latest(problem="返回的内容不是有效的 RSS/Atom 订阅源")
        return Latest()
    dated = [d for d in (_day(e) for e in entries) if d is not None]
    if not dated:
        return Latest(posts=len(entries), problem="订阅源中的文章都没有发布时间")
    counted = [d for d in dated if d <= today]
    return Latest(day=max(counted) if counted else None, posts=len(entries))


def _fetch(url: str, timeout: float) -> bytes | Latest:
    request = urllib.request.Request(url, headers={"User-Agent": f"gates/{__version__} (freshness)",
                                                   "Accept": "application/rss+xml, application/atom+xml, */*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        return Latest(problem=f"服务器返回 HTTP {exc.code}")
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            return Latest(problem=f"连接超时 ({timeout:g} 秒)")
        return Latest(problem=f"无法连接 ({_reason(exc.reason)})")
    except TimeoutError:
        return Latest(problem=f"读取超时 ({timeout:g} 秒)")
    except (OSError, ValueError) as exc:
        return Latest(problem=f"无法读取 ({_reason(exc)})")
    if len(data) > MAX_BYTES:
        return Latest(problem=f"内容超过 {MAX_BYTES // (1024 * 1024)} MB，不像是订阅源")
    return data


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or reason.__class__.__name__


def _day(entry: Any) -> dt.date | None:
    """A post's Asia/Shanghai day from its published (or else updated) time, which feedparser gives in UTC:
    publication dates are Asia/Shanghai days."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not isinstance(stamp, time.struct_time):
        return None
    try:
        return dt.datetime(*stamp[:6], tzinfo=dt.UTC).astimezone(SHANGHAI).date()
    except (ValueError, OverflowError):
        return None
