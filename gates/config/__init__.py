"""site_config/: who may sign what, the columns, the allowed reprint sources, wording rules, the site itself.

One module per file; every problem is a ConfigError whose text is the one line the CLI prints before exiting 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gates.config.ads import AdConfig, AdHost, PromoPhrase, parse_ads
from gates.config.columns import (
    COLUMN_KINDS,
    HOME_UPDATE_DAYS,
    KIND_LABELS,
    REVIEWS,
    UPDATE_CEILINGS,
    Column,
    Pace,
    parse_columns,
    parse_pace,
)
from gates.config.fields import ConfigError
from gates.config.roster import Person, RoleGrant, Roster, Unit, normalize_key, parse_roster
from gates.config.site import parse_site
from gates.config.sources import SOURCE_KINDS, FeedPolicy, Source, parse_sources, parse_sources_file
from gates.config.terms import Term, parse_terms
from gates.model.vocabulary import ROLES

__all__ = [
    "COLUMN_KINDS", "HOME_UPDATE_DAYS", "KIND_LABELS", "REVIEWS", "ROLES", "SOURCE_KINDS", "UPDATE_CEILINGS", "AdConfig",
    "AdHost", "Column", "ConfigError", "FeedPolicy", "Pace", "Person", "PromoPhrase", "RoleGrant", "Roster", "SiteConfig",
    "Source", "Term", "Unit", "load_config", "normalize_key", "parse_ads", "parse_columns", "parse_pace", "parse_roster",
    "parse_site", "parse_sources", "parse_sources_file", "parse_terms",
]


@dataclass
class SiteConfig:
    roster: Roster
    columns: dict[str, Column]
    sources: tuple[Source, ...] = ()
    terms: tuple[Term, ...] = ()
    site: dict[str, str] = field(default_factory=dict)
    pace: Pace = field(default_factory=Pace)
    # sources.yml `verify:` and ads.yml (3.4): feed verification limits; ad hosts and promotional wording.
    feed_policy: FeedPolicy = field(default_factory=FeedPolicy)
    ads: AdConfig = field(default_factory=AdConfig)


def load_config(root: Path) -> SiteConfig:
    folder = root / "site_config"
    if not folder.is_dir():
        raise ConfigError(f"{folder}: 未找到 site_config 目录 (在仓库根目录运行，或用 --root 指定)")
    roster = parse_roster(_read(folder, "roster.yml", True) or "")
    columns_text = _read(folder, "columns.yml", True) or ""
    columns = parse_columns(columns_text)
    sources = _read(folder, "sources.yml", False)
    terms = _read(folder, "terms.yml", False)
    site = _read(folder, "site.yml", False)
    ads = _read(folder, "ads.yml", False)
    source_list, feed_policy = parse_sources_file(sources) if sources else ((), FeedPolicy())
    return SiteConfig(
        roster=roster,
        columns=columns,
        sources=source_list,
        terms=parse_terms(terms) if terms else (),
        site=parse_site(site) if site else {},
        pace=parse_pace(columns_text),
        feed_policy=feed_policy,
        ads=parse_ads(ads) if ads else AdConfig(),
    )


def _read(folder: Path, name: str, required: bool) -> str | None:
    path = folder / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise ConfigError(f"site_config/{name}: 文件不存在") from None
        return None
    except (UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"site_config/{name}: 无法读取 ({exc.__class__.__name__})") from None
