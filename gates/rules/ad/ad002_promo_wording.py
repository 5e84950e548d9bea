"""AD002: no promotional wording (优惠券, 扫码领取, 限时折扣, 【广告】 …) in a page's title or body."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.ad.scan import scan


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    reported: set[tuple[str, str]] = set()
    for found in scan(doc, ctx).promo:
        key = (found.where, found.hit.text)
        if key in reported:
            continue
        reported.add(key)
        what = "广告标识" if found.hit.kind == "label" else "商业推广用语"
        yield RULE.at(doc, found.line,
                      f"{found.where}中有{what}“{found.hit.text}” (第 {found.line} 行)：政府网站和政务新媒体不得发布商业广告，"
                      "请删除；如是政府组织的惠民活动，写明主办单位，并在 accept 中写明理由",
                      excerpt=found.hit.text)


RULE = Rule(
    code="AD002",
    name="promo-wording",
    summary="标题和正文中不得有商业推广用语 (优惠券、扫码领取、限时折扣…) 或【广告】【推广】等广告标识 (见 ads.yml)",
    article="3.4",
    why=("政府网站和政务新媒体不得发布商业广告 (附件3 第四条)。“广告”“推广”只在作为标识时才算 (单独成行、"
         "单独一格或在括号中)，“户外广告整治”“推广新技术”不算；引号中的用语 (反诈提示里的“扫码领取红包”) 不算。"),
    example="即日起到店消费满100元即可扫码领取优惠券，限时折扣，先到先得！",
    fix=("删除推广内容。政府组织的消费券发放等惠民活动，写明主办单位和依据，并在头信息写 "
         "accept: [{code: AD002, text: 扫码领取, reason: 区商务委组织的消费券发放}]。"),
    severity="error",
    acceptable=True,
    check_text=check,
)
