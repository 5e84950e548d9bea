"""Red team 14 (noted with the re-scan's link titles): in `gates check`, a number in a raw HTML element's title (a
tooltip) or an image's alt (shown where the picture is not, read aloud) was read by TERM and AD (the text as
written counts) but never by SEC, while a Markdown link's title and image's alt were. Inputs (Markdown body,
passed through by Python-Markdown as raw HTML):
    <p><a href="x" title="联系人13800138000">详情</a></p>        expected SEC003
    <p><img src="a.png" alt="联系人13800138000"></p>             expected SEC003
    <p><abbr TITLE=机密★1年>说明</abbr></p>                      expected SEC001
"""

from __future__ import annotations

import pytest

from tests.conftest import Site


@pytest.mark.parametrize(("body", "code"), [
    ('<p><a href="x" title="联系人13800138000">详情</a></p>\n', "SEC003"),
    ('<p><img src="a.png" alt="联系人13800138000"></p>\n', "SEC003"),
    ("<p><abbr TITLE=机密★1年>说明</abbr></p>\n", "SEC001"),
])
def test_a_shown_attribute_of_raw_html(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_attributes_that_show_nothing_secret(site: Site) -> None:
    # a title next to a number-looking text: the tooltip is read on its own, never joined to the text around it
    site.page("content/news/a.md", body='<p>电话1380013<span title="8000">转</span>，<img src="a.png" alt="区政府大楼">'
                                        "</p>\n")
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []
