from __future__ import annotations

from tests.conftest import Site, codes


def test_column_must_match_folder(site: Site) -> None:
    site.page("content/news/a.md", column="policies")
    findings = site.check()
    assert codes(findings) == ["FM005"]
    assert findings[0].line == 3


def test_unknown_column(site: Site) -> None:
    site.page("content/blog/a.md")
    assert codes(site.check()) == ["FM005"]


def test_article_outside_any_column(site: Site) -> None:
    site.write("content/a.md", "---\ntitle: t\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n")
    assert codes(site.check()) == ["FM005", "FM013"]  # FM013: a page outside a column is not published


def test_index_of_unknown_folder(site: Site) -> None:
    site.write("content/blog/index.md", "---\ntitle: 博客\n---\n")
    assert codes(site.check()) == ["FM005"]


def test_matching_column_passes(site: Site) -> None:
    site.page("content/policies/a.md")
    site.page("content/news/b.md", column="news")
    assert site.check() == []


def test_column_that_is_not_text(site: Site) -> None:
    site.page("content/news/a.md", column="[news]")
    found = site.check()
    assert codes(found) == ["FM005"] and "columns.yml" in found[0].message


def test_column_by_its_chinese_name_is_told_the_id(site: Site) -> None:
    site.page("content/notices/a.md", column="通知公告")
    findings = site.check()
    assert codes(findings) == ["FM005"]
    assert "column: notices" in findings[0].message and "栏目名称" in findings[0].message
