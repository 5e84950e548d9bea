from __future__ import annotations

from tests.conftest import Site, codes


def test_gbk_file_is_a_finding_with_its_line(site: Site) -> None:
    site.write("content/news/gbk.md", "---\ntitle: ok\n---\n正文\n".encode("gbk"))
    findings = site.check()
    assert codes(findings) == ["FM001"]
    assert findings[0].path == "content/news/gbk.md"
    assert findings[0].line == 4


def test_binary_file_named_md(site: Site) -> None:
    site.write("content/news/pic.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert codes(site.check()) == ["FM001"]


def test_utf8_with_bom_is_fine(site: Site) -> None:
    site.write("content/news/index.md", "\ufeff---\ntitle: 工作动态\n---\n".encode())
    assert site.check() == []


def test_images_beside_pages_are_not_pages(site: Site) -> None:
    site.write("content/news/photo.png", b"\x89PNG\x00\x00")
    site.page("content/news/a.md", body="![现场照片](photo.png)\n")
    assert site.check() == []
