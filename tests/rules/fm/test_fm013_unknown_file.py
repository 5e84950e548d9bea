"""FM013: only pages, index pages and linked attachments under content/; everything else is named."""

from __future__ import annotations

import os

import pytest

from tests.conftest import Site, codes


def unknown(site: Site, *paths: str) -> list[tuple[str, str]]:
    return [(f.path, f.message) for f in site.check(*paths) if f.code == "FM013"]


def test_pages_index_pages_and_linked_attachments_are_known(site: Site) -> None:
    site.write("content/index.md", "---\ntitle: 首页\n---\n")
    site.write("content/news/index.md", "---\ntitle: 工作动态\n---\n")
    site.write("content/news/files/方案.pdf", b"%PDF-1.4")
    site.write("content/news/photo one.jpg", b"\xff\xd8")
    site.write("content/news/.DS_Store", b"\x00")  # no generator publishes dotfiles
    site.page("content/news/a.md", body="[方案](files/方案.pdf) ![](<photo one.jpg>)\n")
    assert unknown(site) == []


@pytest.mark.parametrize(("path", "data", "says"), [
    ("content/news/通知.markdown", "---\ntitle: t\n---\n", "小写 .md"),
    ("content/news/通知.mkd", "---\ntitle: t\n---\n", "小写 .md"),
    ("content/news/NOTICE.MD", "---\ntitle: t\ndisclosure: 不予公开\n---\n", "小写 .md"),
    ("content/news/page.html", "<script>alert(1)</script>", "不允许的文件类型 .html"),
    ("content/news/logo.svg", "<svg onload='alert(1)'/>", "不允许的文件类型 .svg"),
    ("content/news/2026/a.md", "---\ntitle: t\n---\n", "子目录"),
    ("content/stray.md", "---\ntitle: t\n---\n", "栏目目录"),
    ("content/news/unlinked.pdf", "%PDF", "没有任何页面引用"),
])
def test_files_the_gates_would_never_read_are_findings(site: Site, path: str, data: str, says: str) -> None:
    site.write(path, data)
    found = unknown(site)
    assert [p for p, _ in found] == [path] and says in found[0][1]


def test_a_symlink_is_reported_and_never_read(site: Site) -> None:
    (site.root / "content" / "news").mkdir(exist_ok=True)
    os.symlink("/proc/self/environ", site.root / "content" / "news" / "env.md")
    site.page("content/news/a.md", body="[环境](env.md)\n")
    found = site.check()
    assert [(f.code, f.path) for f in found if f.code == "FM013"] == [("FM013", "content/news/env.md")]
    # The symlink was not read as a page: no parse finding names it.
    assert [f.code for f in found if f.path == "content/news/env.md"] == ["FM013"]


def test_the_pre_commit_stage_judges_the_paths_it_is_given(site: Site) -> None:
    site.write("content/news/page.html", "<p>x</p>")
    site.page("content/news/a.md")
    assert codes(site.check("content/news/a.md")) == []
    assert [p for p, _ in unknown(site, "content/news/page.html")] == ["content/news/page.html"]
