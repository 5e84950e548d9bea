"""SEC004: no bank card number (Luhn-valid, plausible issuer) in a page, unless masked or accepted."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.sec.scan import number_findings


def check(page: Document, ctx: Context) -> Iterator[Finding]:
    return number_findings(RULE, page, ctx, "bank", "银行卡号", "公开的单位收款或捐款账户")


RULE = Rule(
    code="SEC004",
    name="bank-card",
    summary="标题和正文中不得出现未打码的银行卡号 (16-19 位，通过 Luhn 校验)",
    article="1.2",
    why=("补贴发放名单等页面常带银行卡号；卡号属于个人隐私和财产信息，公开前须依法审查 "
         "(附件1 第二条、附件2 第六条)。"),
    example="| 姓名 | 补贴金额 | 银行卡号 |\n|---|---|---|\n| 张三 | 1200 | 6222021234567890128 |",
    fix=("只保留前 6 位和后 4 位，中间替换为 *，例如 622202*********0128。确是公开的单位捐款账户的，在头信息写 "
         "accept: [{code: SEC004, text: 卡号, reason: 公开的捐款账户}]。"),
    severity="error",
    acceptable=True,
    check_text=check,
)
