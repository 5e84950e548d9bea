"""LINK001: a same-site link that leads nowhere."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401

BODY = """
<p>根据<a href="../2026-03-02-changwu-huiyi/">区政府第5次常务会议</a>部署，现将有关事项通知如下。</p>
<p>附件：<a href="../../files/2026/anquan-jiancha-biao.xlsx">安全检查表</a></p>
<p><img src="../../images/huiyi.jpg" alt="会议现场"></p>
"""


def test_fires_on_a_missing_page_attachment_and_image(published: Published, net_guard: object) -> None:
    published.home()
    published.write("news/2026-03-16-anquan-jiancha/index.html", page_html("关于开展春季安全生产大检查的通知", BODY))
    found = published.findings("LINK001")
    assert sorted(f.message.split(" ")[1] for f in found) == [
        "../../files/2026/anquan-jiancha-biao.xlsx", "../../images/huiyi.jpg", "../2026-03-02-changwu-huiyi/"]
    assert all(f.path.endswith("site/news/2026-03-16-anquan-jiancha/index.html") and f.severity == "error"
               for f in found)
    assert {f.line for f in found} == {18, 19, 20}


def test_quiet_when_everything_linked_is_there(published: Published, net_guard: object) -> None:
    published.home()
    published.write("news/2026-03-16-anquan-jiancha/index.html", page_html("关于开展春季安全生产大检查的通知", BODY + """
<p>另见<a href="../2026-03-02-changwu-huiyi">会议</a>（无末尾斜杠，服务器会补上）、<a href="/news/?page=1">列表</a>、
<a href="mailto:zwgk@cqjb.gov.cn">来信</a>、<a href="tel:023-67851234">电话</a>、<a href="javascript:void(0)">打印</a>、
<a href="https://www.cqjb.gov.cn/news/">本站完整地址</a>。</p>"""))
    published.write("news/2026-03-02-changwu-huiyi/index.html", page_html("区政府召开2026年第5次常务会议", "<p>会议内容。</p>"))
    published.write("files/2026/anquan-jiancha-biao.xlsx", b"PK\x03\x04 spreadsheet")
    published.write("images/huiyi.jpg", b"\xff\xd8\xff\xe0 jpeg")
    assert published.findings("LINK001") == []


def test_one_broken_nav_link_on_every_page_is_listed_a_bounded_number_of_times(published: Published,
                                                                              net_guard: object) -> None:
    published.home()
    nav = '<p><a href="/zhuanti/">专题专栏</a></p>'
    for i in range(15):
        published.write(f"news/a{i}/index.html", page_html(f"动态{i}", nav))
    scan = published.scan()
    assert len([f for f in scan.result.findings if f.code == "LINK001"]) == 10
    assert any("另有 5 处" in note and "zhuanti" in note for note in scan.notes)
