"""SRC003: a reprint's `source.name` is the name of the source its URL belongs to."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.src.reprint import claim, owner_of, source_named


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    found = claim(page)
    if found is None or not found.is_reprint or found.url is None or found.name is None or page.is_index:
        return
    owner = owner_of(ctx, found.url)
    if owner is None or owner.named(found.name):
        return  # an unknown host is SRC002's
    named = source_named(ctx, found.name)
    other = f"“{found.name}”是另一稿源，" if named is not None else ""
    yield RULE.at(page, page.key_line("source"),
                  f"来源写的是“{found.name}”，但原文网址属于“{owner.name}”：{other}source.name 应与原文网址的稿源一致，"
                  f"改为 name: {owner.name}", excerpt=found.name)


RULE = Rule(
    code="SRC003",
    name="reprint-source-name",
    summary="转载稿件的来源名称须与原文网址所属的稿源一致",
    article="3.4",
    why=("转载须如实注明来源 (附件3 第四条)：网页上显示的“来源”来自 source.name，"
         "写成另一家单位的名称就是错误标注来源。"),
    example="---\ntitle: 全市优化营商环境大会召开\nsource: {type: reprint, name: 新华网, url: \"https://www.cq.gov.cn/ywdt/a.html\"}\n---",
    fix="把 source.name 改为原文网址所属稿源在 sources.yml 中的名称 (或其 aliases 之一)；如网址写错了，改正网址。",
    severity="error",
    check=check,
)
