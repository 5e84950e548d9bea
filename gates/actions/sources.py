"""`gates sources verify` (and the feed part of `gates rescan`): reprints checked against their sources' feeds.

For every source in sources.yml with a `feed` that a reprint points to, or that is `must_reprint`, the feed is
fetched once (cache, time limit), each reprint's original is looked up by URL among its items and compared
(title always; text when the feed carries it, full text or summary), and a must_reprint source's items are
matched against the published reprints. What is found goes into FeedFacts; SRC006–SRC009 judge it.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gates import engine, rules
from gates.config import SiteConfig, Source
from gates.detect.hosts import document_key
from gates.detect.similarity import coverage, markdown_text, similarity
from gates.domain.rule import Context
from gates.feeds import Feed, FeedCache, FeedError, FeedItem, FetchError, Ledger, cache_dir, fetch, parse_feed
from gates.feeds.cache import Copy
from gates.model.finding import Result
from gates.model.page import Page
from gates.rules.src import FEED_RULES
from gates.rules.src.feedfacts import (
    SOURCES_FILE,
    Compared,
    FeedFacts,
    FeedTrouble,
    NotInFeed,
    Unreprinted,
    Unverifiable,
)
from gates.rules.src.reprint import claim, owner_of


@dataclass
class _Reprint:
    page: Page
    url: str
    key: str


@dataclass
class _Reprints:
    """Reprint pages (published and drafts) by source name, and which originals they reprint."""

    by_source: dict[str, list[_Reprint]] = field(default_factory=dict)
    published: set[str] = field(default_factory=set)  # document keys of originals reprinted by published pages
    drafts: dict[str, str] = field(default_factory=dict)  # document key -> path of a not yet published reprint


def verify(root: Path, config: SiteConfig, today: dt.date | None = None, use_cache: bool = True) -> Result:
    """Read the feeds and judge them with the feed rules; a Result like `gates check` gives."""
    ctx = rules.context(root, config, today)
    files = collect(ctx, use_cache=use_cache)
    result = Result(files=files)
    for rule in FEED_RULES:
        if rule.finish is not None:
            result.findings.extend(rule.finish(ctx))
    return result


def collect(ctx: Context, pages: Iterable[Page] | None = None, use_cache: bool = True,
            report_troubles: bool = True) -> int:
    """Fill ctx.state(FeedFacts) from the feeds; returns how many pages were read. `gates rescan` calls this
    (with report_troubles=False: it reports unreadable feeds itself, as LINK005) and then runs the rescan-stage
    rules, SRC006–SRC009 among them."""
    facts = ctx.state(FeedFacts)
    reprints, count = _reprints(ctx, pages if pages is not None else engine.iter_pages(ctx))
    folder = cache_dir(ctx.root)
    cache = FeedCache(folder if use_cache else None)
    ledger = Ledger.open(folder)
    lines = _config_lines(ctx.root)
    for source in ctx.config.sources:
        line = lines.get(source.name, 1)
        mine = reprints.by_source.get(source.name, [])
        if source.feed is None:
            if source.must_reprint:
                facts.unverifiable.append(Unverifiable(source.name, line, "must_reprint 但未配置 feed (订阅源)，"
                                                                          "无法核对是否及时转载"))
            continue
        if not mine and not source.must_reprint:
            continue
        feed = _read(ctx, source, line, cache, facts)
        if feed is None:
            continue
        _compare(ctx, source, feed, mine, facts, ledger)
        if source.must_reprint:
            _unreprinted(ctx, source, line, feed, reprints, facts)
    ledger.save()
    if not report_troubles:
        facts.troubles.clear()
    return count


def _reprints(ctx: Context, pages: Iterable[Page]) -> tuple[_Reprints, int]:
    found = _Reprints()
    count = 0
    for page in pages:
        count += 1
        if not page.readable or page.is_index:
            continue
        said = claim(page)
        if said is None or not said.is_reprint or said.url is None:
            continue
        key = document_key(said.url)
        owner = owner_of(ctx, said.url)
        if key is None or owner is None:
            continue  # SRC001/SRC002 report these in `gates check`
        if page.status == "withdrawn":
            continue
        # Drafts are compared too: an editor runs this before asking for sign-off.
        found.by_source.setdefault(owner.name, []).append(_Reprint(page, said.url, key))
        if page.status == "published":
            found.published.add(key)
        else:
            found.drafts.setdefault(key, page.path)
    return found, count


def _read(ctx: Context, source: Source, line: int, cache: FeedCache, facts: FeedFacts) -> Feed | None:
    assert source.feed is not None
    policy = ctx.config.feed_policy
    held = cache.get(source.feed)
    if held is not None and FeedCache.fresh(held, policy.cache_minutes):
        copy = held
    else:
        try:
            got = fetch(source.feed, policy.timeout, held.etag if held else "", held.last_modified if held else "")
        except FetchError as exc:
            facts.troubles.append(FeedTrouble(source.name, line, source.feed, "unreachable", str(exc)))
            return None
        if got.status == 304 and held is not None:
            copy = Copy(held.url, time.time(), held.body, held.content_type, held.etag, held.last_modified)
        elif got.status == 304:
            facts.troubles.append(FeedTrouble(source.name, line, source.feed, "unreachable",
                                              "服务器答复“未修改”，但本地没有可用的副本"))
            return None
        else:
            copy = Copy(source.feed, time.time(), got.body, got.content_type, got.etag, got.last_modified)
    try:
        feed = parse_feed(copy.body, copy.content_type, source.feed)
    except FeedError as exc:
        facts.troubles.append(FeedTrouble(source.name, line, source.feed, "malformed", str(exc)))
        return None
    cache.put(copy)
    if feed.irregular:
        facts.troubles.append(FeedTrouble(source.name, line, source.feed, "recovered", feed.irregular))
    return feed


def _compare(ctx: Context, source: Source, feed: Feed, mine: list[_Reprint], facts: FeedFacts,
             ledger: Ledger) -> None:
    items: dict[str, FeedItem] = {}
    for item in feed.items:
        for link in item.links:
            key = document_key(link)
            if key is not None:
                items.setdefault(key, item)
                ledger.seen[key] = time.time()
    for reprint in mine:
        page = reprint.page
        line = page.key_line("source")
        found = items.get(reprint.key)
        if found is None:
            note = f"{page.path}|{reprint.key}"
            if note not in ledger.told:
                ledger.told.add(note)
                facts.not_in_feed.append(NotInFeed(page.path, line, source.name, reprint.url,
                                                   reprint.key in ledger.seen))
            continue
        item = found
        ledger.told.discard(f"{page.path}|{reprint.key}")
        title = page.meta.get("title")
        text = markdown_text(page.body)
        ratio: float | None = None
        if item.basis == "全文":
            ratio = similarity(text, item.text)
        elif item.basis == "摘要":
            ratio = coverage(item.text, text)
        facts.compared.append(Compared(page.path, line, source.name, reprint.url, item.title,
                                       similarity(title if isinstance(title, str) else "", item.title),
                                       ratio, item.basis))


def _unreprinted(ctx: Context, source: Source, line: int, feed: Feed, reprints: _Reprints,
                 facts: FeedFacts) -> None:
    days = ctx.config.feed_policy.reprint_days
    undated = 0
    for item in feed.items:
        keys = [k for k in (document_key(link) for link in item.links) if k is not None]
        if not keys or any(k in reprints.published for k in keys):
            continue
        if item.published is None:
            undated += 1
            continue
        if item.published > ctx.today:
            continue
        draft = next((reprints.drafts[k] for k in keys if k in reprints.drafts), None)
        facts.unreprinted.append(Unreprinted(source.name, line, item.title, item.link, item.published,
                                             item.published + dt.timedelta(days=days), draft))
    if undated:
        facts.unverifiable.append(Unverifiable(source.name, line, f"订阅源中有 {undated} 条稿件没有发布日期，"
                                                                  "无法判断是否按期转载"))


def _config_lines(root: Path) -> dict[str, int]:
    """Line of each source's entry in sources.yml, so a finding about a source points at it."""
    try:
        text = (root / SOURCES_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    lines: dict[str, int] = {}
    for number, row in enumerate(text.splitlines(), start=1):
        match = re.search(r"\bname:\s*[\"']?([^,}\"'#]+)", row)
        if match:
            lines.setdefault(match.group(1).strip(), number)
    return lines
