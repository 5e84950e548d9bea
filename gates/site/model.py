"""Which pages the public site shows, in what order, under which 索引号.

Pure functions over front matter and site_config: no site generator here, so MkDocs (or its successor)
only has to ask. Paths are relative to the docs folder (`content/`), posix style: `news/a.md`.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gates.config import Column, SiteConfig
from gates.model.frontmatter import read_page
from gates.model.dates import parse_date
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
    uncoded_units: set[str] = field(default_factory=set)  # units whose 索引号 had to be made up from the id

    def column_entries(self, column: str) -> list[Entry]:
        """Newest first; undated last; ties in path order so every build lists them the same way."""
        items = [e for e in self.entries.values() if e.column == column]
        items.sort(key=lambda e: e.src)
        items.sort(key=lambda e: e.date or dt.datetime.min, reverse=True)
        return items

    def listing(self, column: str, per_page: int = PER_PAGE) -> list[list[Entry]]:
        """The column's articles cut into pages; an empty column still has one (empty) page."""
        items = self.column_entries(column)
        pages = [items[i: i + per_page] for i in range(0, len(items), per_page)]
        return pages or [[]]

    def column_of(self, src: str) -> Column | None:
        entry = self.entries.get(src)
        column_id = entry.column if entry else src.split("/", 1)[0] if "/" in src else None
        return self.config.columns.get(column_id) if column_id else None


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


def build_model(config: SiteConfig, docs_dir: Path, srcs: Iterable[str]) -> SiteModel:
    """Read every Markdown file once and sort it into shown, hidden or broken."""
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
    metas = [(src, meta) for src, meta, _ in articles]
    numbers = assign_index_numbers(config, metas)
    known = learnt_codes(metas)
    model.uncoded_units = {str(meta.get("unit")) for src, meta in metas
                           if src in numbers and not meta.get("index_number") and meta.get("unit") not in known}
    public_bodies: list[tuple[str, str]] = []
    hidden_bodies: list[tuple[str, str]] = []
    for src, meta, body in articles:
        if not is_public(meta):
            model.hidden.add(src)
            hidden_bodies.append((src, body))
            continue
        public_bodies.append((src, body))
        model.entries[src] = Entry(
            src=src, column=_column_id(src, meta, config), title=_text(meta.get("title")) or src,
            date=as_datetime(meta.get("date")), meta=meta, body=body, index_number=numbers.get(src, ""),
        )
    model.hidden_assets = _only_linked_from(hidden_bodies, public_bodies)
    for src, body in public_bodies:
        model.public_assets |= linked_files(src, body)
    for src, _meta, body in articles:
        model.links[src] = linked_files(src, body)
    return model


# ---- 索引号 -------------------------------------------------------------------------------------


def learnt_codes(metas: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, str]:
    """Each unit's 统一社会信用代码, learnt from the first 索引号 its editors wrote (in path order)."""
    codes: dict[str, str] = {}
    for _, meta in metas:
        match = INDEX_NUMBER.fullmatch(_text(meta.get("index_number")).strip())
        unit = meta.get("unit")
        if match and isinstance(unit, str):
            codes.setdefault(unit, match.group(1))
    return codes


def unit_prefixes(config: SiteConfig, metas: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, str]:
    """The first part of each unit's generated 索引号.

    The roster has no credit code field; until it has one, a unit that never wrote a 索引号 falls back
    to its id in capitals: visibly not a credit code, rather than a silently invented one.
    """
    prefixes = learnt_codes(metas)
    for unit in config.roster.units:
        prefixes.setdefault(unit, unit.upper())
    return prefixes


def _year(meta: Mapping[str, Any]) -> int | None:
    when = as_datetime(meta.get("written_date")) or as_datetime(meta.get("date"))
    return when.year if when else None


def assign_index_numbers(config: SiteConfig, metas: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, str]:
    """Explicit 索引号 as written; the others numbered per unit and year after the highest one in use.

    Deterministic: pages are numbered in (date, path) order, and hidden pages take part too, so a
    不予公开 page later opened keeps its number and never collides with a public one.
    """
    prefixes = unit_prefixes(config, metas)
    used: dict[tuple[str, int], int] = {}
    result: dict[str, str] = {}
    pending: list[tuple[dt.datetime, str, str, int]] = []
    for src, meta in metas:
        explicit = _text(meta.get("index_number")).strip()
        unit = _text(meta.get("unit"))
        if explicit:
            result[src] = explicit
            match = INDEX_NUMBER.fullmatch(explicit)
            if match:
                key = (match.group(1), int(match.group(2)))
                used[key] = max(used.get(key, 0), int(match.group(3)))
            continue
        year = _year(meta)
        if year is None or unit not in prefixes:
            continue  # an undated draft has no year to number it in; it is not on the site either
        when = as_datetime(meta.get("date")) or as_datetime(meta.get("written_date")) or dt.datetime.min
        pending.append((when, src, prefixes[unit], year))
    for _, src, prefix, year in sorted(pending):
        sequence = used.get((prefix, year), 0) + 1
        used[(prefix, year)] = sequence
        result[src] = f"{prefix}/{year}-{sequence:05d}"
    return result


# ---- attachments of hidden pages ------------------------------------------------------------------

def _only_linked_from(hidden: list[tuple[str, str]], public: list[tuple[str, str]]) -> set[str]:
    """An attachment of a withheld document is withheld with it, unless a public page needs it too."""
    secret: set[str] = set()
    for src, body in hidden:
        secret |= linked_files(src, body)
    for src, body in public:
        secret -= linked_files(src, body)
    return secret
