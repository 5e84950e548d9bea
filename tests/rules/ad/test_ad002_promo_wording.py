from __future__ import annotations

import pytest

from tests.conftest import Site


def reported(site: Site, body: str, **meta: object) -> list[str]:
    site.page("content/news/a.md", body=body, **meta)
    return [f.excerpt for f in site.check() if f.code == "AD002"]


@pytest.mark.parametrize(("body", "words"), [
    ("即日起到店消费满100元即可扫码领取优惠券，限时折扣，先到先得！\n", ["扫码领取", "优惠券", "限时折扣"]),
    ("【广告】江北嘴滨江豪宅火爆认购中\n", ["广告"]),
    ("某某楼盘开盘\n\n推广\n", ["推广"]),
    ("| 类别 | 内容 |\n|---|---|\n| 赞助 | 某某乳业 |\n", ["赞助"]),
    ("招商加盟热线：023-12345678，厂家直销，全网最低！\n", ["招商加盟", "加盟热线", "厂家直销", "全网最低"]),
    ("[推广链接](https://www.example.com/)\n", ["推广链接"]),
])
def test_promotional_wording(site: Site, body: str, words: list[str]) -> None:
    assert reported(site, body) == words


@pytest.mark.parametrize("body", [
    "区农业农村委推广水稻新品种，示范推广面积达5000亩。\n",
    "区市场监管局开展户外广告设施专项整治，查处违法广告12件。\n",
    "警惕以“扫码领取红包”“限时折扣”为诱饵的电信网络诈骗。\n",
    "区商务委发放惠民消费券，市民可通过“渝快办”申领。\n",
    "加强公益广告宣传，营造文明城市创建氛围。\n",
])
def test_government_uses_of_the_words_pass(site: Site, body: str) -> None:
    assert reported(site, body) == []


def test_title_is_checked(site: Site) -> None:
    site.page("content/news/a.md", title="限时抢购！江北特产年货节开幕")
    [finding] = [f for f in site.check() if f.code == "AD002"]
    assert finding.line == 2 and "标题中有商业推广用语“限时抢购”" in finding.message


def test_government_voucher_campaign_accepted(site: Site) -> None:
    site.page("content/news/a.md", body="3月1日起，市民可扫码领取江北区惠民消费券。\n",
              accept="[{code: AD002, text: 扫码领取, reason: 区商务委组织的消费券发放活动}]")
    [finding] = [f for f in site.check() if f.code == "AD002"]
    assert finding.severity == "info"
