"""SEC003: no personal mobile number in a page's title or body, unless masked or accepted as public."""

from __future__ import annotations

from collections.abc import Iterator

from gates.model import Finding, Page
from gates.rule import Context, Rule
from gates.rules._sec import scan, span_text


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    for hit, at in scan(page, ctx).numbers:
        if hit.kind != "mobile":
            continue
        message = (f"{at.where}中有手机号码 (第 {at.line} 行，打码后为 {hit.masked})：请将{span_text(hit)}替换为 *；"
                   f"如是对外公开的服务电话，在 accept 中写明理由")
        yield RULE.at(page, at.line, message, excerpt=hit.raw.strip())


RULE = Rule(
    code="SEC003",
    name="mobile-number",
    summary="标题和正文中不得出现未打码的手机号码 (公开的服务电话须在 accept 中写明理由)",
    article="1.2",
    why=("个人手机号码属于个人隐私，公开前须依法审查 (附件1 第二条、附件2 第六条)；"
         "公示名单中的联系方式须打码。"),
    example="联系人：张三，电话：13800138000",
    fix=("把第 4 至 7 位替换为 *，例如 138****8000；优先留办公固定电话。确是对外公开的服务电话的，在头信息写\n"
         "accept:\n  - {code: SEC003, text: \"13800138000\", reason: 公开的便民服务热线}"),
    severity="error",
    acceptable=True,
    check=check,
)
