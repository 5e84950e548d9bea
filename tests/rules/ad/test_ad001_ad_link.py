from __future__ import annotations

import pytest

from gates.model.document import HtmlDocument
from gates.rules.ad import ad001_ad_link
from tests.conftest import Site


def reported(site: Site, body: str, **meta: object) -> list[str]:
    site.page("content/news/a.md", body=body, **meta)
    return [f.excerpt for f in site.check() if f.code == "AD001"]


@pytest.mark.parametrize(("body", "host"), [
    ("详情请见[活动页面](https://s.click.taobao.com/t?e=abc)。\n", "s.click.taobao.com"),
    ("![](https://hm.baidu.com/hm.gif?si=abc)\n", "hm.baidu.com"),
    ('<img src="https://googleads.g.doubleclick.net/pagead/x.gif" width="1">\n', "googleads.g.doubleclick.net"),
    ("<a href='https://item.jd.com/100012.html'>江北特产</a>\n", "item.jd.com"),
    ("更多优惠见 https://t.cn/A6abcdEf 。\n", "t.cn"),
    ("[官方娱乐城](http://www.royal-casino88.com/)\n", "www.royal-casino88.com"),
    ("[1]: https://www.bet365.com/\n\n参见[这里][1]。\n", "www.bet365.com"),
    ("| 项目 | 链接 |\n|---|---|\n| 助农直播 | [点击进入](https://mobile.yangkeduo.com/goods.html) |\n", "mobile.yangkeduo.com"),
    ('<iframe src="https://pos.baidu.com/s?hei=250"></iframe>\n', "pos.baidu.com"),
    ("网址：www.bet365.com\n", "www.bet365.com"),
])
def test_ad_and_commercial_hosts(site: Site, body: str, host: str) -> None:
    assert reported(site, body) == [host]


@pytest.mark.parametrize("body", [
    "详见[区政府网站](https://www.cqjb.gov.cn/zwgk/2026/a.html)和[市政府网站](https://www.cq.gov.cn/a.html)。\n",
    "依据[《通知》](../policies/2026-02-27-zhengwu-gongkai-yaodian.md)执行，见[附件](files/a.pdf)。\n",
    "咨询电话：[023-67851234](tel:02367851234)，邮箱 [jbzw@cqjb.gov.cn](mailto:jbzw@cqjb.gov.cn)\n",
    "转载自[新华网](https://www.news.cn/politics/a.html)。\n",
    "请关注“江北发布”微信公众号。户外广告设施整治工作持续推进。\n",
])
def test_government_sources_internal_and_plain_text_pass(site: Site, body: str) -> None:
    assert reported(site, body) == []


def test_one_finding_per_host_and_its_line(site: Site) -> None:
    site.page("content/news/a.md", body="第一段。\n\n[a](https://s.taobao.com/1) [b](https://s.taobao.com/2)\n")
    [finding] = [f for f in site.check() if f.code == "AD001"]
    assert finding.line == 10 and "电商购物网站 s.taobao.com" in finding.message and finding.severity == "error"


def test_accepted_with_reason(site: Site) -> None:
    site.page("content/news/a.md", body="[江北消费帮扶馆](https://mall.jd.com/index-1000.html)\n",
              accept="[{code: AD001, text: mall.jd.com, reason: 区委决定开设的消费帮扶官方店铺}]")
    [finding] = [f for f in site.check() if f.code == "AD001"]
    assert finding.severity == "info"


def test_on_rendered_html_links_of_the_content_region_only(site: Site) -> None:
    # The site's own chrome (navigation, footer) is not the article: a link there never fires.
    html = ('<html><head><title>某活动</title></head><body><nav><a href="https://item.jd.com/1.html">商城</a></nav>\n'
            '<article data-gates-content>\n<p>欢迎参加</p>\n'
            '<p><a href="https://s.click.taobao.com/t">活动</a></p>\n<img src="https://hm.baidu.com/hm.gif" alt="">\n'
            '</article><footer><a href="https://www.bet365.com/">x</a></footer></body></html>')
    doc = HtmlDocument.parse("site/news/a/index.html", html)
    found = list(ad001_ad_link.RULE.check_text(doc, site.ctx()))  # type: ignore[misc]
    assert [(f.line, f.excerpt) for f in found] == [(4, "s.click.taobao.com"), (5, "hm.baidu.com")]


def test_on_rendered_html_without_ad_links(site: Site) -> None:
    html = ('<html><body><article data-gates-content>\n<p><a href="https://www.gov.cn/zhengce/">国务院政策</a></p>\n'
            '<p><a href="../b/">上一篇</a></p>\n</article></body></html>')
    doc = HtmlDocument.parse("site/news/a/index.html", html)
    assert list(ad001_ad_link.RULE.check_text(doc, site.ctx())) == []  # type: ignore[misc]
