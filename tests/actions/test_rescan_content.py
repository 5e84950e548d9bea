"""The content rules on rendered pages: only the marked content region is read, so the site's chrome never
fires; what an editor accepted in the approved source stays accepted on the site."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401


def test_the_footer_and_header_never_fire(published: Published, net_guard: object) -> None:
    published.home("a/")
    # page_html's footer carries 备案号 and a mobile number: outside the content region.
    published.write("news/a/index.html", page_html("区政府召开常务会议", "<p>会议研究了安全生产工作。</p>"))
    assert published.scan().result.findings == []


def test_a_number_in_the_content_fires_with_its_html_line(published: Published, net_guard: object) -> None:
    published.home("a/")
    published.write("news/a/index.html", page_html("关于开展冬季安全生产检查的通知",
                                                  "<p>联系人：张三</p>\n<p>电话：13912345678</p>"))
    found = published.scan().result.findings
    assert [(f.code, f.severity, f.line) for f in found] == [("SEC003", "error", 18)]


def test_an_accept_in_the_approved_source_is_kept(published: Published, net_guard: object) -> None:
    published.site.page("content/news/a.md", body="便民服务热线：13912345678\n", status="published",
                        date="2026-03-20", accept='[{code: SEC003, text: "13912345678", reason: 公开的便民服务热线}]')
    published.home("a/")
    published.write("news/a/index.html", page_html("关于开展冬季安全生产检查的通知", "<p>便民服务热线：13912345678</p>"))
    found = published.scan().result.findings
    assert [(f.code, f.severity) for f in found] == [("SEC003", "info")]
    assert "公开的便民服务热线" in found[0].message
