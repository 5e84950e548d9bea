"""SEC002: no resident ID number (身份证号) in a page's title or body, unless masked."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.sec.scan import scan, span_text

_KINDS = {"id18": ("身份证号", "出生日期"), "id15": ("15 位旧身份证号", "出生日期")}


def check(page: Document, ctx: Context) -> Iterator[Finding]:
    for hit, at in scan(page, ctx).numbers:
        if hit.kind not in _KINDS:
            continue
        label, part = _KINDS[hit.kind]
        # The message shows the masked form only: findings end up in CI logs.
        message = (f"{at.where}中有未打码的{label}（校验有效）：请将{span_text(hit)}（{part}）"
                   f"替换为 *，如 {hit.masked}")
        yield RULE.at(page, at.line, message, excerpt=hit.raw)


RULE = Rule(
    code="SEC002",
    name="id-number",
    summary="标题和正文中不得出现未打码的身份证号 (18 位校验码有效，或 15 位旧号)",
    article="1.2",
    why=("身份证号是个人隐私，公开前须依法审查 (附件1 第二条)，审核须保证保密性 (附件2 第六条)；"
         "名单公示等页面只能公开打码后的号码。"),
    example="| 姓名 | 身份证号 |\n|---|---|\n| 张三 | 11010519491231002X |",
    fix="把出生日期等位数替换为 *，例如 110105********002X；确需核对身份的，改为线下或依申请提供。",
    severity="error",
    acceptable=False,
    check_text=check,
)
