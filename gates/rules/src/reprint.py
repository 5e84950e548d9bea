"""A page's `source` block as the SRC rules read it, and which configured source a URL's host belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gates.config import Source
from gates.detect.hosts import HostSet, web_url
from gates.domain.rule import Context, Memo
from gates.model.page import Page

TYPES = ("original", "reprint")


@dataclass(frozen=True)
class Claim:
    """What a page says about where it comes from; every field as written, None when absent or not text."""

    mapping: bool  # False when `source` is not a mapping at all
    type: str | None
    name: str | None
    url: str | None

    @property
    def is_reprint(self) -> bool:
        return self.type == "reprint"


def claim(page: Page) -> Claim | None:
    """The page's source block, or None for a page that does not have one (an original by default)."""
    if "source" not in page.meta:
        return None
    raw = page.meta.get("source")
    if not isinstance(raw, dict):
        return Claim(False, None, None, None)
    return Claim(True, _text(raw.get("type")), _text(raw.get("name")), _text(raw.get("url")))


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


@dataclass
class _SourceHosts(Memo):
    """The run's host index of sources.yml, built on first use."""

    sources: tuple[Source, ...] | None = None
    hosts: HostSet[Source] = field(default_factory=lambda: HostSet(()))


def source_hosts(ctx: Context) -> HostSet[Source]:
    memo = ctx.state(_SourceHosts)
    if memo.sources is not ctx.config.sources:
        memo.hosts = HostSet((d, s) for s in ctx.config.sources for d in s.domains)
        memo.sources = ctx.config.sources
    return memo.hosts


def owner_of(ctx: Context, url: str) -> Source | None:
    """The configured source whose domains cover the URL's host; None for an unknown host or a non-web URL."""
    parsed = web_url(url)
    return source_hosts(ctx).match(parsed.host) if parsed is not None else None


def source_named(ctx: Context, name: str) -> Source | None:
    return next((s for s in ctx.config.sources if s.named(name)), None)


def own_names(ctx: Context) -> set[str]:
    """Names under which the site publishes its own work: its units and the site itself."""
    names = {unit.name for unit in ctx.config.roster.units.values()}
    names.update(v for k, v in ctx.config.site.items() if k in ("site_name", "sponsor") and v)
    return names
