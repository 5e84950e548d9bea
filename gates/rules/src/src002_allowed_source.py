"""SRC002: a reprint's original is on a host of a source listed in site_config/sources.yml."""

from __future__ import annotations

from collections.abc import Iterator

from gates.detect.hosts import web_url
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.src.reprint import claim, source_hosts


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    found = claim(page)
    if found is None or not found.is_reprint or found.url is None or page.is_index:
        return
    parsed = web_url(found.url)
    if parsed is None:
        return  # SRC001 reports an unusable address
    if source_hosts(ctx).covers(parsed.host):
        return
    known = "、".join(s.name for s in ctx.config.sources[:6]) or "（未配置任何稿源）"
    yield RULE.at(page, page.key_line("source"),
                  f"原文网址的域名 {parsed.host} 不属于 sources.yml 中的任何稿源：只能转载党政机关和指定稿源单位的信息"
                  f" (现有稿源：{known})", excerpt=parsed.host)


RULE = Rule(
    code="SRC002",
    name="reprint-allowed-source",
    summary="转载稿件的原文须来自 sources.yml 中的党政机关或指定稿源单位 (按域名判断，含其配置的下级域名)",
    article="3.4",
    why=("转载信息须来自党政机关或指定稿源单位 (附件3 第四条)。按原文网址的域名判断：cq.gov.cn 含其下级域名，"
         "www.cq.gov.cn 只指该主机，cq.gov.cn.evil.com 不是 cq.gov.cn。"),
    example="---\ntitle: 重庆八大特色美食推荐\nsource: {type: reprint, name: 重庆市人民政府, url: \"https://www.cq.gov.cn.evil.com/a.html\"}\n---",
    fix=("改为转载党政机关或指定稿源单位发布的原文，并写其网址；确属应增加的稿源单位，"
         "由网站主办单位主要领导在 site_config/sources.yml 中增加 (带签名提交)。"),
    severity="error",
    check=check,
)
