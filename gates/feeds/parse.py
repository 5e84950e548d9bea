"""A feed's bytes as items: title, links, date, and text (full text when the feed carries it, else summary).

feedparser guesses the encoding from the HTTP header and the XML declaration and, when neither says anything,
assumes UTF-8 and falls back to windows-1252: a GB2312 feed from a Chinese site that declares nothing comes out
as mojibake. The encoding is therefore settled here first (HTTP charset, byte-order mark, XML declaration,
then UTF-8, then GB18030, the superset of GB2312 and GBK, each only if the bytes really decode), and
feedparser is handed UTF-8 with a header that says so.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any, Literal

from gates.detect.similarity import html_text
from gates.model.dates import SHANGHAI

Basis = Literal["全文", "摘要"]

_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)
_CHINESE_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_GB_NAMES = {"gb2312", "gbk", "gb_2312-80", "csgb2312", "x-gbk", "cp936", "euc-cn"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class FeedError(Exception):
    """The bytes are not a readable RSS or Atom feed; str() is the Chinese reason."""


@dataclass(frozen=True)
class FeedItem:
    title: str
    links: tuple[str, ...]  # the item's link, its alternates, and its id when that is a URL
    published: dt.date | None
    text: str  # plain text of the full content, or of the summary
    basis: Basis | None  # None: the item carries no text at all

    @property
    def link(self) -> str:
        return self.links[0] if self.links else ""


@dataclass(frozen=True)
class Feed:
    title: str
    items: tuple[FeedItem, ...]
    irregular: str  # why feedparser had to recover (a bozo feed it could still read), else ""


def decode(body: bytes, content_type: str = "") -> str:
    """The feed's text, or FeedError when no plausible encoding decodes it."""
    for encoding in _candidates(body, content_type):
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise FeedError("无法识别文字编码")


def _candidates(body: bytes, content_type: str) -> list[str]:
    found = []
    header = _CHARSET.search(content_type or "")
    if header:
        found.append(_codec(header.group(1)))
    found.extend(codec for bom, codec in _BOMS if body.startswith(bom))
    declared = _XML_DECLARATION.match(body[:512])
    if declared:
        found.append(_codec(declared.group(1).decode("ascii")))
    found.extend(["utf-8", "gb18030"])
    return list(dict.fromkeys(found))


def _codec(name: str) -> str:
    lowered = name.strip().lower()
    return "gb18030" if lowered in _GB_NAMES else lowered


def parse_feed(body: bytes, content_type: str = "", url: str = "") -> Feed:
    """Items of an RSS 0.9x/1.0/2.0 or Atom feed; FeedError when the bytes are not a feed that can be read."""
    if not body.strip():
        raise FeedError("内容为空")
    text = decode(body, content_type)
    import feedparser  # heavy to import: only the commands that read feeds pay for it

    data = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers={
        "content-type": "application/xml; charset=utf-8", "content-location": url})
    version = data.get("version") or ""
    entries = data.get("entries") or []
    problem = data.get("bozo_exception") if data.get("bozo") else None
    if not version and not entries:
        if problem is not None:
            raise FeedError(f"不是格式正确的 RSS/Atom ({_describe(problem)})")
        raise FeedError("不是 RSS 或 Atom 订阅源")
    # A broken document can still yield an empty shell of an item; only items with a title or a link count.
    items = tuple(item for item in (_item(entry) for entry in entries) if item.title or item.links)
    if problem is not None and not items:
        raise FeedError(f"XML 格式错误，读不出任何稿件 ({_describe(problem)})")
    feed_title = str(data.get("feed", {}).get("title", "") or "")
    return Feed(feed_title, items, _describe(problem) if problem is not None else "")


def _describe(problem: object) -> str:
    line = getattr(problem, "getLineNumber", None)
    where = ""
    if callable(line):
        try:
            where = f"第 {int(line())} 行："
        except (TypeError, ValueError):
            where = ""
    message = getattr(problem, "getMessage", None)
    text = message() if callable(message) else str(problem)
    return f"{where}{str(text)[:120]}"


def _item(entry: Any) -> FeedItem:
    links: list[str] = []
    first = entry.get("link")
    if isinstance(first, str) and first.strip():
        links.append(first.strip())
    for alternate in entry.get("links") or []:
        href = alternate.get("href") if isinstance(alternate, dict) else None
        if isinstance(href, str) and href.strip() and alternate.get("rel", "alternate") == "alternate":
            links.append(href.strip())
    guid = entry.get("id")
    if isinstance(guid, str) and guid.strip().lower().startswith(("http://", "https://")):
        links.append(guid.strip())
    text, basis = _text(entry)
    return FeedItem(_plain(entry.get("title", "")), tuple(dict.fromkeys(links)), _date(entry), text, basis)


def _text(entry: Any) -> tuple[str, Basis | None]:
    contents = entry.get("content") or []
    full = "\n".join(str(c.get("value", "")) for c in contents if isinstance(c, dict))
    if full.strip():
        return html_text(full).strip(), "全文"
    summary = entry.get("summary") or entry.get("description") or ""
    if isinstance(summary, str) and summary.strip():
        return html_text(summary).strip(), "摘要"
    return "", None


def _plain(value: object) -> str:
    return " ".join(html_text(str(value or "")).split())


def _date(entry: Any) -> dt.date | None:
    """The item's date as its publisher wrote it: a Chinese feed's 2026-03-23 10:00 (no zone) is that day
    in Beijing; a dated-with-zone RFC 822 or W3C date is converted to Beijing time."""
    for key in ("published", "updated", "created", "date"):
        raw = entry.get(key)
        if isinstance(raw, str):
            match = _CHINESE_DATE.match(raw)
            if match:
                try:
                    return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                except ValueError:
                    continue
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                moment = dt.datetime(*tuple(parsed)[:6]).replace(tzinfo=dt.UTC)
            except (TypeError, ValueError):
                continue
            return moment.astimezone(SHANGHAI).date()
    return None
