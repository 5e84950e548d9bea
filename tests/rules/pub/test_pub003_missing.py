"""PUB003: a file the gated build produced that the site does not serve."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401


def test_fires_when_a_built_page_was_deleted_from_the_server(published: Published, net_guard: object) -> None:
    published.home()
    published.write("policies/guihua/index.html", page_html("江北区“十五五”规划纲要", "<p>全文。</p>"))
    published.manifest()
    (published.folder / "policies/guihua/index.html").unlink()
    found = published.findings("PUB003")
    assert [f.path.rsplit("site/", 1)[1] for f in found] == ["policies/guihua/index.html"]
    assert "文件不存在" in found[0].message


def test_quiet_when_every_built_file_is_there(published: Published, net_guard: object) -> None:
    published.home()
    published.write("policies/guihua/index.html", page_html("江北区“十五五”规划纲要", "<p>全文。</p>"))
    published.manifest()
    assert published.findings("PUB003") == []
