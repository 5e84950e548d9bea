from __future__ import annotations

from tests.conftest import Site, codes


def test_misspelt_key_gets_a_suggestion(site: Site) -> None:
    site.page("content/news/a.md", disclousre="主动公开")
    findings = [f for f in site.check() if f.code == "FM011"]
    assert len(findings) == 1 and "disclosure" in findings[0].message


def test_known_optional_keys(site: Site) -> None:
    site.page("content/news/a.md", topic="综合政务", genre="通知", validity="有效", keywords="安全")
    assert "FM011" not in codes(site.check())
