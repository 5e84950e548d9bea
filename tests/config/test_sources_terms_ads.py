"""sources.yml (with verify:), terms.yml (with allow) and ads.yml: valid files load, every mistake is one line."""

from __future__ import annotations

import pytest

from gates.config import ConfigError, FeedPolicy, load_config, parse_ads, parse_sources_file, parse_terms
from tests.conftest import PROJECT, Site


def test_shipped_lists_load() -> None:
    config = load_config(PROJECT)
    assert len(config.terms) >= 40 and all(t.wrong != t.right for t in config.terms)
    assert {t.level for t in config.terms} == {"error", "warning"}
    assert len(config.ads.hosts) >= 30 and config.ads.phrases and config.ads.labels
    assert config.feed_policy == FeedPolicy(title_similarity=0.8, text_similarity=0.85, reprint_days=7,
                                            timeout=10, cache_minutes=30)
    assert any(s.named("新华社") for s in config.sources)


def test_ads_file_is_optional(site: Site) -> None:
    (site.root / "site_config" / "ads.yml").unlink()
    assert load_config(site.root).ads.hosts == ()


def test_terms_allow_and_note() -> None:
    [term] = parse_terms("terms:\n  - {wrong: 卫计委, right: 卫生健康委, level: warning, allow: [原卫计委], note: 已更名}\n")
    assert term.allow == ("原卫计委",) and term.note == "已更名"


def test_sources_verify_settings() -> None:
    sources, policy = parse_sources_file("sources:\n  - {name: 中国政府网, kind: government, domains: [www.gov.cn], "
                                         "feed: 'https://www.gov.cn/rss.xml'}\nverify: {text_similarity: 0.9, reprint_days: 3}\n")
    assert sources[0].feed == "https://www.gov.cn/rss.xml"
    assert policy.text_similarity == 0.9 and policy.reprint_days == 3 and policy.title_similarity == 0.8


@pytest.mark.parametrize(("text", "needle"), [
    ("terms:\n  - {wrong: 台湾总统, right: 台湾总统, level: error}", "相同"),
    ("terms:\n  - {wrong: a, right: b, level: error}\n  - {wrong: a, right: c, level: error}", "重复"),
    ("terms:\n  - {wrong: 卫计委, right: 卫生健康委, level: warning, allow: [卫健委]}", "allow"),
    ("terms:\n  - {wrong: 卫计委, right: 卫生健康委, level: warning, allow: [原卫计委]}\n"
     "  - {wrong: 原卫计委, right: 原卫生计生委, level: warning}", "同时是"),
    ("terms:\n  - {wrong: a, right: b, level: fatal}", "level"),
])
def test_bad_terms(text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_terms(text)
    assert needle in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(("text", "needle"), [
    ("sources:\n  - {name: X, kind: party, domains: ['https://www.gov.cn/']}", "不是域名"),
    ("sources:\n  - {name: X, kind: party, domains: ['*.gov.cn']}", "不是域名"),
    ("sources:\n  - {name: X, kind: party, domains: [www.gov.cn], feed: 'file:///etc/passwd'}", "feed"),
    ("sources:\n  - {name: X, kind: party, domains: [a.cn]}\n  - {name: Y, kind: party, domains: [a.cn]}", "已属于"),
    ("sources:\n  - {name: X, kind: party, domains: [a.cn]}\n  - {name: X, kind: party, domains: [b.cn]}", "重复"),
    ("sources: []\nverify: {text_similarity: 1.5}", "超出范围"),
    ("sources: []\nverify: {reprint_days: 2.5}", "整数"),
    ("sources: []\nverify: {timeout: yes}", "数字"),
    ("sources: []\nverify: {treshold: 0.8}", "未知设置"),
])
def test_bad_sources(text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_sources_file(text)
    assert needle in str(info.value) and str(info.value).startswith("site_config/sources.yml")


@pytest.mark.parametrize(("text", "needle"), [
    ("hosts:\n  - {kind: 广告联盟, domains: ['https://ad.com/']}", "不是域名"),
    ("hosts:\n  - {domains: [ad.com]}", "kind"),
    ("hosts:\n  - {kind: 广告, domains: [ad.com, ad.com]}", "重复"),
    ("host_words: [ab]", "host_words"),
    ("trusted: [ad.com]\nhosts:\n  - {kind: 广告, domains: [ad.com]}", "同时"),
    ("phrases:\n  - {text: 折扣, allow: [打折]}", "allow"),
    ("phrases: ['']", "非空|不能为空"),
    ("banners: []", "未知的键"),
])
def test_bad_ads(text: str, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle) as info:
        parse_ads(text)
    assert str(info.value).startswith("site_config/ads.yml")
