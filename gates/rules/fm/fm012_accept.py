"""FM012: an `accept` entry names an acceptable rule and gives a written reason."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    entries = page.meta.get("accept")
    if entries is None:
        return
    line = page.key_line("accept")
    if not isinstance(entries, list):
        yield RULE.at(page, line, "accept 应为列表，每项写 code、text 和 reason")
        return
    for entry in entries:
        if not isinstance(entry, dict):
            yield RULE.at(page, line, "accept 的每一项应为 {code, text, reason}")
            continue
        code = str(entry.get("code", ""))
        rule = ctx.catalogue.get(code.upper())
        if rule is None:
            yield RULE.at(page, line, f"accept 中的规则 {code!r} 不存在")
        elif not rule.acceptable:
            yield RULE.at(page, line, f"规则 {code} 的问题不能豁免，只能改正")
        if not str(entry.get("text") or "").strip():
            yield RULE.at(page, line, f"accept {code} 缺少 text：须写明保留的具体内容 (如号码本身)，不能整条规则一概豁免")
        if not str(entry.get("reason") or "").strip():
            yield RULE.at(page, line, f"accept {code} 缺少 reason：须写明为何有意保留 (例如“公开的服务热线”)")


RULE = Rule(
    code="FM012",
    name="accept-with-reason",
    summary="有意保留的问题 (accept) 须写明具体内容和理由，且只能用于允许豁免的规则",
    article="2.6",
    why="审核须对准确性和保密性负责 (附件2 第六条)；豁免必须留下书面理由，不能悄悄跳过。",
    example="accept:\n  - {code: SEC003, text: '13800000000'}",
    fix="补上 reason，例如 reason: 公开的便民服务热线；身份证号、密级标志等不能豁免，只能删除或打码。",
    check=check,
)
