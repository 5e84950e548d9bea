"""sources.yml: where reprints may come from (3.4), and how `gates sources verify` checks them against feeds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gates.config.fields import ConfigError, bool_at, choice_at, entries, list_at, load_yaml, mapping_at, text_at

SOURCE_KINDS = ("party", "government", "designated")

# A host name as a domains entry: labels of letters (any script), digits and hyphens; no scheme, path, port
# or wildcard, so an entry can never mean more than the host and, without www., its subdomains.
_HOST = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W_\d][\w-]*[^\W_]", re.UNICODE)
_FEED_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    domains: tuple[str, ...]
    feed: str | None = None
    must_reprint: bool = False
    aliases: tuple[str, ...] = ()  # other names the same source goes by (新华社 for 新华网)

    def named(self, name: str) -> bool:
        return name.strip() in (self.name, *self.aliases)


@dataclass(frozen=True)
class FeedPolicy:
    """`verify:` in sources.yml: thresholds and limits of feed verification."""

    title_similarity: float = 0.8  # below this a reprint's title differs materially from the original's
    text_similarity: float = 0.85  # the same for the text (full text, or the feed's summary)
    reprint_days: int = 7  # a must_reprint source's item not reprinted after this many days is reported
    timeout: float = 10.0  # seconds for one feed, connection to last byte
    cache_minutes: int = 30  # a feed fetched this recently is not fetched again


def parse_sources(text: str, file: str = "site_config/sources.yml") -> tuple[Source, ...]:
    return parse_sources_file(text, file)[0]


def parse_sources_file(text: str, file: str = "site_config/sources.yml") -> tuple[tuple[Source, ...], FeedPolicy]:
    out: list[Source] = []
    owners: dict[str, str] = {}
    for place, item in entries(text, "sources", file):
        source = _source(item, file, place)
        if any(s.name == source.name for s in out):
            raise ConfigError(f"{file}: {place}.name: 稿源 {source.name!r} 重复")
        for domain in source.domains:
            if domain in owners:
                raise ConfigError(f"{file}: {place}.domains: 域名 {domain} 已属于稿源 {owners[domain]}")
            owners[domain] = source.name
        out.append(source)
    data = mapping_at(load_yaml(text, file) or {}, file, "")
    return tuple(out), _policy(data.get("verify"), file)


def _source(item: dict[str, Any], file: str, place: str) -> Source:
    domains = []
    for raw in list_at(item.get("domains"), file, f"{place}.domains"):
        domain = str(raw).strip().lower().rstrip(".")
        if not isinstance(raw, str) or not _HOST.fullmatch(domain):
            raise ConfigError(f"{file}: {place}.domains: {raw!r} 不是域名：只写主机名，如 www.gov.cn 或 cq.gov.cn"
                              "（cq.gov.cn 含其下级域名，www. 开头的只指该主机）")
        domains.append(domain)
    if not domains:
        raise ConfigError(f"{file}: {place}.domains: 至少需要一个域名")
    feed = text_at(item, "feed", file, place, required=False) or None
    if feed is not None and not _FEED_URL.fullmatch(feed):
        raise ConfigError(f"{file}: {place}.feed: {feed!r} 应为 http:// 或 https:// 开头的订阅地址")
    aliases = tuple(str(a).strip() for a in list_at(item.get("aliases"), file, f"{place}.aliases") if str(a).strip())
    return Source(text_at(item, "name", file, place).strip(), choice_at(item, "kind", SOURCE_KINDS, file, place),
                  tuple(domains), feed, bool_at(item, "must_reprint", file, place), aliases)


def _policy(raw: object, file: str) -> FeedPolicy:
    if raw is None:
        return FeedPolicy()
    data = mapping_at(raw, file, "verify")
    known = set(FeedPolicy.__dataclass_fields__)
    for key in data:
        if key not in known:
            raise ConfigError(f"{file}: verify.{key}: 未知设置，可用 {'/'.join(sorted(known))}")
    default = FeedPolicy()
    return FeedPolicy(
        title_similarity=_number(data, "title_similarity", default.title_similarity, file, 0.0, 1.0),
        text_similarity=_number(data, "text_similarity", default.text_similarity, file, 0.0, 1.0),
        reprint_days=int(_number(data, "reprint_days", default.reprint_days, file, 1, 3650, whole=True)),
        timeout=_number(data, "timeout", default.timeout, file, 0.1, 300),
        cache_minutes=int(_number(data, "cache_minutes", default.cache_minutes, file, 0, 10080, whole=True)),
    )


def _number(data: dict[str, Any], key: str, default: float, file: str, low: float, high: float,
            whole: bool = False) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
        raise ConfigError(f"{file}: verify.{key}: 应为{'整数' if whole else '数字'}")
    if not low <= value <= high:
        raise ConfigError(f"{file}: verify.{key}: {value} 超出范围 ({low}–{high})")
    return float(value)
