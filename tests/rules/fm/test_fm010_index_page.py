from __future__ import annotations

from tests.conftest import Site, codes


def test_index_with_article_keys_warns(site: Site) -> None:
    site.write("content/news/index.md", "---\ntitle: 工作动态\nstatus: published\n---\n")
    findings = site.check()
    assert codes(findings) == ["FM010"]
    assert findings[0].line == 3


def test_index_with_title_only(site: Site) -> None:
    site.write("content/index.md", "---\ntitle: 首页\n---\n欢迎\n")
    assert site.check() == []
