"""SEC003: no personal mobile number in a page's title or body, unless masked or accepted as public."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.sec.scan import number_findings


def check(page: Document, ctx: Context) -> Iterator[Finding]:
    return number_findings(RULE, page, ctx, "mobile", "手机号码", "对外公开的服务电话")


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
    check_text=check,
)
