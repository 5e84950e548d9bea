from __future__ import annotations

from tests.conftest import Site, codes


def test_index_with_article_keys_warns(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 工作动态\nstatus: published\n---\n")
    findings = site.check()
    assert codes(findings) == ["FM010"]
    assert findings[0].line == 3


def test_index_with_title_only(site: Site) -> None:
    site.write("content/index.md", "---\ntitle: 首页\n---\n")
    assert site.check() == []


def test_an_index_page_body_is_an_error(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 工作动态\n---\n\n未经审签的一段话。\n")
    site.write("content/index.md", "---\ntitle: 首页\n---\n<script>alert(1)</script>\n")
    found = [(f.path, f.severity, f.line) for f in site.check() if f.code == "FM010"]
    assert found == [("content/index.md", "error", 4), ("content/news/index.md", "error", 5)]


def test_a_column_index_title_must_be_the_column_name(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 最新消息\n---\n")
    found = [f for f in site.check() if f.code == "FM010"]
    assert [f.severity for f in found] == ["error"] and "工作动态" in found[0].message


def test_a_title_only_index_page_passes(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 工作动态\n---\n\n")
    assert [f for f in site.check() if f.code == "FM010"] == []
