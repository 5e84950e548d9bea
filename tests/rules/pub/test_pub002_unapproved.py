"""PUB002: a file on the site that the gated build did not produce."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401


def test_fires_on_a_page_and_a_file_put_on_the_server_by_hand(published: Published, net_guard: object) -> None:
    published.home()
    published.manifest()
    published.write("news/huodong.html", "<html><head><title>活动报名</title></head><body><p>扫码报名。</p></body></html>")
    published.write("files/mingdan.xls", b"\xd0\xcf\x11\xe0 old excel")
    found = published.findings("PUB002")
    assert sorted(f.path.rsplit("site/", 1)[1] for f in found) == ["files/mingdan.xls", "news/huodong.html"]


def test_quiet_when_every_file_is_in_the_manifest(published: Published, net_guard: object) -> None:
    published.home()
    published.write("news/a/index.html", page_html("区政府召开常务会议", "<p>会议内容。</p>"))
    published.manifest()
    assert published.findings("PUB002") == []


def test_a_hand_made_page_is_read_whole_for_content_rules(published: Published, net_guard: object) -> None:
    """A page no template made marks no content region: all of its body is content (SEC, AD, TERM…)."""
    from tests.detect.helpers import make_id

    published.home()
    published.manifest()
    published.write("news/mingdan.html", "<html><head><title>名单</title></head><body>"
                    f"<table><tr><td>李某</td><td>{make_id('50010219851111002')}</td></tr></table></body></html>")
    codes = sorted(f.code for f in published.scan().result.findings)
    assert codes == ["PUB002", "SEC002"]
