"""sources.yml: where reprints may come from (3.4)."""

from __future__ import annotations

from dataclasses import dataclass

from gates.config.fields import ConfigError, bool_at, choice_at, entries, list_at, text_at

SOURCE_KINDS = ("party", "government", "designated")


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    domains: tuple[str, ...]
    feed: str | None = None
    must_reprint: bool = False




def parse_sources(text: str, file: str = "site_config/sources.yml") -> tuple[Source, ...]:
    out = []
    for place, item in entries(text, "sources", file):
        domains = tuple(str(d).lower() for d in list_at(item.get("domains"), file, f"{place}.domains"))
        if not domains:
            raise ConfigError(f"{file}: {place}.domains: 至少需要一个域名")
        out.append(Source(text_at(item, "name", file, place), choice_at(item, "kind", SOURCE_KINDS, file, place),
                          domains, text_at(item, "feed", file, place, required=False) or None,
                          bool_at(item, "must_reprint", file, place)))
    return tuple(out)
