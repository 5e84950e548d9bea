"""SRC001: a reprint names its source (`source.name`) and the original's address (`source.url`)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.detect.hosts import web_url
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.src.reprint import TYPES, claim

_FORM = "source: {type: reprint, name: 稿源名称, url: 原文网址, title: 原文标题}"


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    found = claim(page)
    if found is None or page.is_index:
        return
    line = page.key_line("source")
    if not found.mapping:
        yield RULE.at(page, line, f"source 应写成键值形式：{_FORM}；原创稿件删去 source 或写 source: {{type: original}}")
        return
    if found.type not in TYPES:
        shown = f"“{found.type}”" if found.type else "未填写"
        yield RULE.at(page, line, f"source.type {shown}：应为 reprint (转载) 或 original (原创)")
        return
    if not found.is_reprint:
        return
    if found.name is None:
        yield RULE.at(page, line, f"转载稿件须注明来源：缺少 source.name (稿源名称)，应写成 {_FORM}")
    if found.url is None:
        yield RULE.at(page, line, f"转载稿件须注明原文网址：缺少 source.url，应写成 {_FORM}")
    elif web_url(found.url) is None:
        yield RULE.at(page, line, f"source.url “{found.url[:80]}” 不是有效的原文网址：应为 http:// 或 https:// "
                                  "开头的完整地址，例如 https://www.cq.gov.cn/ywdt/jrcq/202603/t20260323_00000001.html")


RULE = Rule(
    code="SRC001",
    name="reprint-attribution",
    summary="转载稿件须在 source 中注明来源名称 (name) 和原文网址 (url)",
    article="3.4",
    why=("转载信息须注明来源 (附件3 第四条)；名称和原文网址让读者和检查人员能核对原文，"
         "也是“不得歪曲、篡改”的依据。"),
    example="---\ntitle: 全市优化营商环境大会召开\nsource: {type: reprint, name: 重庆市人民政府}\n---  (没有 url)",
    fix=f"在头信息写 {_FORM}；原创稿件写 source: {{type: original}} 或不写 source。",
    severity="error",
    check=check,
)
