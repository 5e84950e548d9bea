"""SRC004: an original page does not name another organisation's source or an external original."""

from __future__ import annotations

from collections.abc import Iterator

from gates.detect.hosts import web_url
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.src.reprint import claim, own_names


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    found = claim(page)
    if found is None or found.type != "original" or page.is_index:
        return
    line = page.key_line("source")
    if found.name is not None and found.name not in own_names(ctx):
        yield RULE.at(page, line, f"原创稿件却写了来源“{found.name}”：如是转载，改为 type: reprint 并写明原文网址；"
                                  "如是本单位原创，删去 source.name", excerpt=found.name)
    if found.url is not None:
        parsed = web_url(found.url)
        own = ctx.config.site.get("site_domain", "").lower()
        if parsed is None or not own or parsed.host != own:
            yield RULE.at(page, line, f"原创稿件却写了原文网址 {found.url[:80]}：如是转载，改为 type: reprint；"
                                      "如是本单位原创，删去 source.url", excerpt=found.url)


RULE = Rule(
    code="SRC004",
    name="original-claims-source",
    summary="原创稿件 (source.type: original) 不得写其他单位的来源名称或外部原文网址",
    article="3.4",
    why=("网页显示的“来源”和 ContentSource 标签来自头信息 (附件3 第四条)；原创稿件写上别家来源，"
         "要么是把转载当原创 (未注明来源)，要么是错误标注来源。"),
    example="---\ntitle: 全市优化营商环境大会召开\nsource: {type: original, name: 新华网}\n---",
    fix="转载稿件改为 type: reprint 并写 name 和 url；本单位原创稿件删去 name 和 url (或整个 source)。",
    severity="error",
    check=check,
)
