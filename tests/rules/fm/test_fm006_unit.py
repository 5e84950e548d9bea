from __future__ import annotations

from tests.conftest import Site, codes


def test_unknown_unit(site: Site) -> None:
    site.page("content/news/a.md", unit="区政府办")
    findings = site.check()
    assert codes(findings) == ["FM006"]
    assert "qzfb" in findings[0].message


def test_known_unit(site: Site) -> None:
    site.page("content/news/a.md", unit="fgw")
    assert site.check() == []
