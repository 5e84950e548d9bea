"""FM014: no two pages with the same 索引号."""

from __future__ import annotations

from tests.conftest import Site

NUMBER = "11500105768865765W/2026-00012"


def test_two_pages_with_one_index_number(site: Site) -> None:
    site.page("content/news/a.md", index_number=NUMBER)
    site.page("content/notices/b.md", index_number=NUMBER)
    found = [(f.code, f.path) for f in site.check() if f.code == "FM014"]
    assert found == [("FM014", "content/news/a.md"), ("FM014", "content/notices/b.md")]


def test_distinct_numbers_and_pages_without_one_pass(site: Site) -> None:
    site.page("content/news/a.md", index_number=NUMBER)
    site.page("content/news/b.md", index_number=NUMBER.replace("00012", "00013"))
    site.page("content/news/c.md")
    assert [f for f in site.check() if f.code == "FM014"] == []
