"""Which pages the public site shows, in what order, under which 索引号.

Pure functions over front matter and site_config: no site generator here, so MkDocs (or its successor)
only has to ask. Paths are relative to the docs folder (`content/`), posix style: `news/a.md`.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gates.config import Column, SiteConfig
from gates.model.dates import parse_date
from gates.model.frontmatter import read_page
from gates.model.links import linked_files
from gates.model.vocabulary import DISCLOSURE_ALIASES, INDEX_NUMBER, PUBLIC

PUBLIC_DISCLOSURE = PUBLIC
PER_PAGE = 20


def is_public(meta: Mapping[str, Any]) -> bool:
    """Only a published, 主动公开 page may reach readers (附件1: 不公开为例外). Anything unclear stays hidden."""
    disclosure = meta.get("disclosure")
    folded = DISCLOSURE_ALIASES.get(disclosure) if isinstance(disclosure, str) else None
    return meta.get("status") == "published" and folded == PUBLIC_DISCLOSURE


def is_index(src: str) -> bool:
    """Home and column index pages: they carry only a title and are not publications."""
    return posixpath.basename(src) == "index.md"


def index_is_public(meta: Mapping[str, Any]) -> bool:
    """An index page is shown unless someone gave it publication keys that say otherwise."""
    if "status" not in meta and "disclosure" not in meta:
        return True
    return is_public(meta)


_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def published_at(meta: Mapping[str, Any]) -> dt.datetime | None:
    """发布日期 plus the 发布时间 `time` written (and bound) at 签发; a legacy page without it is at 00:00."""
    when = as_datetime(meta.get("date"))
    value = meta.get("time")
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        value = f"{value // 60:02d}:{value % 60:02d}"  # YAML 1.1 reads an unquoted 09:30 as base 60: 570
    match = _TIME.fullmatch(_text(value).strip())
    if when is not None and match and when.hour == 0 and when.minute == 0:
        when = when.replace(hour=int(match.group(1)), minute=int(match.group(2)))
    return when


def is_withdrawn_stub(meta: Mapping[str, Any]) -> bool:
    """A 主动公开 page withdrawn with a public explanation keeps its URL as a stub (SPEC section 7, 3.8).

    The gated build has verified the page's chain before this is asked: a withdrawal decision is on record.
    """
    disclosure = meta.get("disclosure")
    folded = DISCLOSURE_ALIASES.get(disclosure) if isinstance(disclosure, str) else None
    withdrawal = meta.get("withdrawal")
    return (meta.get("status") == "withdrawn" and folded == PUBLIC_DISCLOSURE and isinstance(withdrawal, dict)
            and bool(_text(withdrawal.get("reason")).strip()))


def as_datetime(value: Any) -> dt.datetime | None:
    """A front matter date as a datetime: the same YYYY-MM-DD reading the gates use (FM007), at midnight;
    a YAML timestamp keeps its time (FM007 reports it, the SPEC's `time` key is the way to give one)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, str) and _DATE_TIME.fullmatch(value.strip()):
        try:
            return dt.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M")
        except ValueError:
            return None
    day = parse_date(value)
    return dt.datetime(day.year, day.month, day.day) if day is not None else None


@dataclass(frozen=True)
class Entry:
    """One public article as the site renders it."""

    src: str
    column: str | None
    title: str
    date: dt.datetime | None
    meta: Mapping[str, Any]
    body: str
    index_number: str
    withdrawn: bool = False  # a stub: title, explanation and dates only; out of search, feeds and 公开目录

    @property
    def sequence(self) -> int:
        """The 索引号's sequence: assigned at 签发 in order, so it breaks a tie in the publication minute."""
        match = INDEX_NUMBER.fullmatch(self.index_number)
        return int(match.group(3)) if match else 0


@dataclass
class SiteModel:
    config: SiteConfig
    entries: dict[str, Entry] = field(default_factory=dict)  # public articles
    index_titles: dict[str, str] = field(default_factory=dict)  # public home/column index pages
    hidden: set[str] = field(default_factory=set)  # Markdown files that must never render
    hidden_assets: set[str] = field(default_factory=set)  # files only hidden pages link to
    public_assets: set[str] = field(default_factory=set)  # files a public page links: the only ones published
    links: dict[str, set[str]] = field(default_factory=dict)  # every readable page -> the files it links
    broken: dict[str, str] = field(default_factory=dict)  # unreadable pages -> why (they stay hidden)
    _related: dict[str, list[str]] | None = field(default=None, repr=False)
    _by_column: dict[str | None, list[Entry]] | None = field(default=None, repr=False)
    _listings: dict[tuple[str, int], tuple[tuple[Entry, ...], ...]] = field(default_factory=dict, repr=False)

    def related(self) -> dict[str, list[str]]:
        """相关文件 both ways (a policy names its 解读, or the 解读 its policy), only between pages really shown.

        One pass over the entries, kept: asking each page against every other was quadratic in the site's size.
        """
        if self._related is None:
            shown = {src for src, e in self.entries.items() if not e.withdrawn}
            pairs: dict[str, set[str]] = {}
            for src in shown:
                for other in related_srcs(self.entries[src]) & shown:
                    if other != src:
                        pairs.setdefault(src, set()).add(other)
                        pairs.setdefault(other, set()).add(src)
            self._related = {src: sorted(found) for src, found in pairs.items()}
        return self._related

    def column_entries(self, column: str) -> list[Entry]:
        """Newest first (SPEC section 8); undated last. Sorted once: every listing page of a column asks."""
        if self._by_column is None:
            grouped: dict[str | None, list[Entry]] = {}
            for entry in self.entries.values():
                grouped.setdefault(entry.column, []).append(entry)
            self._by_column = {key: newest_first(found) for key, found in grouped.items()}
        return list(self._by_column.get(column, []))

    def published(self) -> list[Entry]:
        """Every article that is really shown (no withdrawn stubs), newest first: feeds and the 公开目录."""
        return newest_first(e for e in self.entries.values() if not e.withdrawn)

    def listing(self, column: str, per_page: int = PER_PAGE) -> tuple[tuple[Entry, ...], ...]:
        """The column's articles cut into pages; an empty column still has one (empty) page.

        Cut once and kept, as column_entries: each of a column's listing pages asks for the whole cut, and
        cutting it again for each was quadratic in the column's size (1,100 listing pages at 5,000 articles).
        Tuples: the one cut is shared by every caller."""
        pages = self._listings.get((column, per_page))
        if pages is None:
            items = self.column_entries(column)
            cut = tuple(tuple(items[i: i + per_page]) for i in range(0, len(items), per_page))
            pages = self._listings[(column, per_page)] = cut or ((),)
        return pages

    def column_of(self, src: str) -> Column | None:
        entry = self.entries.get(src)
        column_id = entry.column if entry else src.split("/", 1)[0] if "/" in src else None
        return self.config.columns.get(column_id) if column_id else None


def related_srcs(entry: Entry) -> set[str]:
    """The pages an entry's `related` key names, docs-relative (`content/` and a leading slash dropped)."""
    value = entry.meta.get("related")
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return {_text(v).strip().removeprefix("content/").lstrip("/") for v in items if _text(v).strip()}


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """By publication time, then by 签发 order (the 索引号 sequence), then path: every build the same."""
    return sorted(entries, key=lambda e: (e.date or dt.datetime.min, e.sequence, e.src), reverse=True)


def listing_src(column: str, number: int) -> str:
    """Where page `number` of a column listing lives: page 1 is the column index itself."""
    return f"{column}/index.md" if number == 1 else f"{column}/page/{number}.md"


def parse_listing_src(src: str) -> tuple[str, int] | None:
    parts = src.split("/")
    if len(parts) == 2 and parts[1] == "index.md":
        return parts[0], 1
    if len(parts) == 3 and parts[1] == "page" and parts[2].removesuffix(".md").isdigit():
        return parts[0], int(parts[2].removesuffix(".md"))
    return None


def _column_id(src: str, meta: Mapping[str, Any], config: SiteConfig) -> str | None:
    # The folder decides (FM005 makes meta agree with it); meta is the fallback for loose files.
    head = src.split("/", 1)[0] if "/" in src else None
    if head in config.columns:
        return head
    column = meta.get("column")
    return column if isinstance(column, str) and column in config.columns else None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def build_model(config: SiteConfig, docs_dir: Path, srcs: Iterable[str],
                published_before: Collection[str] | None = None) -> SiteModel:
    """Read every Markdown file once and sort it into shown, hidden or broken.

    `published_before`: the pages (docs-relative) with a published decision on record. Only those may show as
    a withdrawn stub; the history is the caller's to read (None: every withdrawn page qualifies, for previews).
    """
    model = SiteModel(config)
    articles: list[tuple[str, dict[str, Any], str]] = []
    for src in sorted(srcs):
        page = read_page(docs_dir, src)
        if not page.readable:
            # Fail closed: a page we cannot read cannot be shown to be public.
            model.hidden.add(src)
            model.broken[src] = page.problems[0].message
            continue
        if is_index(src):
            if index_is_public(page.meta):
                model.index_titles[src] = _text(page.meta.get("title")) or src
            else:
                model.hidden.add(src)
            continue
        articles.append((src, page.meta, page.body))
    public_bodies: list[tuple[str, str]] = []
    hidden_bodies: list[tuple[str, str]] = []
    for src, meta, body in articles:
        stub = is_withdrawn_stub(meta) and (published_before is None or src in published_before)
        if not (stub or is_public(meta)):
            model.hidden.add(src)
            hidden_bodies.append((src, body))
            continue
        if stub:
            hidden_bodies.append((src, body))  # the stub shows no text: its attachments leave the site
        else:
            public_bodies.append((src, body))
        # The 索引号 as written at 签发 and bound there: never computed, never renumbered (SPEC section 2).
        model.entries[src] = Entry(
            src=src, column=_column_id(src, meta, config), title=_text(meta.get("title")) or src,
            date=published_at(meta), meta=meta, body="" if stub else body,
            index_number=_text(meta.get("index_number")).strip(), withdrawn=stub,
        )
    for src, _meta, body in articles:
        model.links[src] = linked_files(src, body)  # read once: the sets below are made from these
    model.hidden_assets = _only_linked_from([model.links[src] for src, _ in hidden_bodies],
                                            [model.links[src] for src, _ in public_bodies])
    for src, _body in public_bodies:
        model.public_assets |= model.links[src]
    return model


# ---- attachments of hidden pages ------------------------------------------------------------------

def _only_linked_from(hidden: list[set[str]], public: list[set[str]]) -> set[str]:
    """An attachment of a withheld document is withheld with it, unless a public page needs it too."""
    secret: set[str] = set()
    for linked in hidden:
        secret |= linked
    for linked in public:
        secret -= linked
    return secret
