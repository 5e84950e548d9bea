from __future__ import annotations

import pytest

from tests.conftest import Site, codes


def test_missing_disclosure(site: Site) -> None:
    site.page("content/news/a.md", disclosure=None)
    findings = site.check()
    assert codes(findings) == ["ATTR001"]
    assert findings[0].path == "content/news/a.md"


def test_invalid_disclosure(site: Site) -> None:
    site.page("content/news/a.md", disclosure="公开")
    assert codes(site.check()) == ["ATTR001"]


@pytest.mark.parametrize("value", ["主动公开", "proactive"])
def test_valid_disclosure(site: Site, value: str) -> None:
    site.page("content/news/a.md", disclosure=value)
    assert site.check() == []
