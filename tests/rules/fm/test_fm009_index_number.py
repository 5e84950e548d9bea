from __future__ import annotations

from tests.conftest import Site, codes


def test_malformed_index_number_warns(site: Site) -> None:
    site.page("content/policies/a.md", index_number="2022-38")
    findings = site.check()
    assert codes(findings) == ["FM009"]
    assert findings[0].severity == "warning"


def test_well_formed_index_number(site: Site) -> None:
    site.page("content/policies/a.md", index_number="11500105768865765W/2022-00038")
    assert site.check() == []
