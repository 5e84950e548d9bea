"""ads.yml: commercial, advertising and tracking hosts, and promotional wording (附件3 第四条: 不得发布商业广告，
不得链接商业广告页面). The file is optional; without it only the built-in trust in gov.cn and the sources applies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gates.config.fields import ConfigError, list_at, load_yaml, mapping_at, text_at

_HOST = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)*[^\W_](?:[\w-]*[^\W_])?", re.UNICODE)
_WORD = re.compile(r"[a-z0-9-]{3,}")


@dataclass(frozen=True)
class AdHost:
    domain: str  # covers its subdomains unless it starts with www.
    kind: str  # what the host is, in the words of a finding: 广告联盟, 跟踪统计, 电商购物, 网络博彩, 短链接


@dataclass(frozen=True)
class PromoPhrase:
    text: str
    allow: tuple[str, ...] = ()


@dataclass(frozen=True)
class AdConfig:
    hosts: tuple[AdHost, ...] = ()
    host_words: tuple[str, ...] = ()  # a host with a label containing one of these is 网络博彩 (casino, baccarat)
    trusted: tuple[str, ...] = ()  # external hosts linked without a warning, beyond gov.cn and the sources
    labels: tuple[str, ...] = ()  # 广告, 推广: promotional only where they label something
    phrases: tuple[PromoPhrase, ...] = ()  # 优惠券, 扫码领取: promotional wherever they stand


def parse_ads(text: str, file: str = "site_config/ads.yml") -> AdConfig:
    data = mapping_at(load_yaml(text, file) or {}, file, "")
    known = ("hosts", "host_words", "trusted", "labels", "phrases")
    for key in data:
        if key not in known:
            raise ConfigError(f"{file}: {key}: 未知的键，可用 {'/'.join(known)}")
    hosts: list[AdHost] = []
    seen: set[str] = set()
    for i, raw in enumerate(list_at(data.get("hosts"), file, "hosts")):
        place = f"hosts[{i}]"
        group = mapping_at(raw, file, place)
        kind = text_at(group, "kind", file, place).strip()
        for domain in _strings(group.get("domains"), file, f"{place}.domains"):
            name = _host(domain, file, f"{place}.domains")
            if name in seen:
                raise ConfigError(f"{file}: {place}.domains: {name} 重复")
            seen.add(name)
            hosts.append(AdHost(name, kind))
    words = tuple(w.lower() for w in _strings(data.get("host_words"), file, "host_words"))
    for word in words:
        if not _WORD.fullmatch(word):
            raise ConfigError(f"{file}: host_words: {word!r} 应为至少 3 个字母或数字 (用于匹配主机名)")
    trusted = tuple(_host(h, file, "trusted") for h in _strings(data.get("trusted"), file, "trusted"))
    overlap = seen.intersection(trusted)
    if overlap:
        raise ConfigError(f"{file}: trusted: {sorted(overlap)[0]} 同时列在 hosts 中")
    labels = tuple(_strings(data.get("labels"), file, "labels"))
    return AdConfig(tuple(hosts), words, trusted, labels, _phrases(data.get("phrases"), file))


def _phrases(raw: Any, file: str) -> tuple[PromoPhrase, ...]:
    out = []
    for i, item in enumerate(list_at(raw, file, "phrases")):
        place = f"phrases[{i}]"
        allow: tuple[str, ...] = ()
        if isinstance(item, str):
            text = item.strip()
        else:
            entry = mapping_at(item, file, place)
            text = text_at(entry, "text", file, place).strip()
            allow = tuple(_strings(entry.get("allow"), file, f"{place}.allow"))
            for phrase in allow:
                if text not in phrase or phrase == text:
                    raise ConfigError(f"{file}: {place}.allow: {phrase!r} 应为包含 {text!r} 的更长的说法")
        if not text:
            raise ConfigError(f"{file}: {place}: 推广用语不能为空")
        out.append(PromoPhrase(text, allow))
    return tuple(out)


def _strings(raw: Any, file: str, place: str) -> list[str]:
    out = []
    for value in list_at(raw, file, place):
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{file}: {place}: {value!r} 应为非空文本")
        out.append(value.strip())
    return out


def _host(raw: str, file: str, place: str) -> str:
    name = raw.strip().lower().rstrip(".")
    if not _HOST.fullmatch(name):
        raise ConfigError(f"{file}: {place}: {raw!r} 不是域名：只写主机名，如 doubleclick.net")
    return name
