from __future__ import annotations

import pytest

from tests.conftest import Site, codes


@pytest.mark.parametrize("key", ["title", "column", "unit", "status"])
def test_each_required_key(site: Site, key: str) -> None:
    site.page("content/news/a.md", **{key: None})
    findings = [f for f in site.check() if f.code == "FM003"]
    assert len(findings) == 1 and key in findings[0].message


def test_published_needs_a_date(site: Site) -> None:
    site.page("content/news/a.md", status="published")
    assert "FM003" in codes(site.check())
    site.page("content/news/a.md", status="published", date="2026-11-25")
    assert "FM003" not in codes(site.check())


def test_complete_page_passes(site: Site) -> None:
    site.page("content/news/a.md")
    assert site.check() == []


def test_index_page_needs_only_a_title(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 工作动态\n---\n")
    assert site.check() == []
    site.write("content/news/index.md", "---\n---\n")
    assert codes(site.check()) == ["FM003"]
