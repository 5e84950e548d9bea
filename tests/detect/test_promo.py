from __future__ import annotations

import pytest

from gates.detect.phrases import Phrase
from gates.detect.promo import PromoMatcher

MATCHER = PromoMatcher([Phrase("扫码领取"), Phrase("优惠券"), Phrase("限时折扣", ("限时折扣诈骗",))],
                       ["广告", "推广", "推广链接"])


def found(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.kind) for h in MATCHER.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("即日起扫码领取优惠券，限时折扣！", [("扫码领取", "phrase"), ("优惠券", "phrase"), ("限时折扣", "phrase")]),
    ("【广告】某某楼盘", [("广告", "label")]),
    ("（推广）某某课程", [("推广", "label")]),
    ("| 推广 |\n", [("推广", "label")]),
    ("某某商场开业\n\n**广告**\n", [("广告", "label")]),
    ("[推广链接](https://a.com)", [("推广链接", "label")]),
])
def test_promotion(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "推广新技术，整治户外广告。",
    "开展公益广告宣传。",
    "警惕以“扫码领取红包”为名的诈骗。",
    "不法分子常以‘优惠券’诱骗老人。",
    "谨防限时折扣诈骗。",
    "| 广告牌整治 | 32处 |",
])
def test_mentions_and_ordinary_words(text: str) -> None:
    assert found(text) == []


def test_a_quote_far_away_does_not_hide_a_phrase() -> None:
    text = "“江北”" + "，" * 50 + "扫码领取"
    assert found(text) == [("扫码领取", "phrase")]
