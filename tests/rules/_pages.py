"""Realistic page bodies for the SEC and ATTR tests: what a district web team actually publishes."""

from __future__ import annotations

from tests.detect.helpers import make_card, make_id

ID_A = make_id("50010519900307123")
ID_B = make_id("50010219851111002")
CARD_A = make_card("622202020011223")
CARD_B = make_card("621700123456789012")

# 高龄津贴 recipient notice, masked as it should be: nothing fires.
SUBSIDY_MASKED = """
# 关于2024年第三季度高龄津贴发放名单的公示

根据《重庆市江北区高龄津贴发放管理办法》（江北府办发〔2022〕37号），现将2024年第三季度高龄津贴发放名单公示如下：

| 序号 | 姓名 | 身份证号 | 银行卡号 | 联系电话 | 金额（元） |
|---|---|---|---|---|---|
| 1 | 张某某 | 500105**********12 | 622202*********1234 | 138****8000 | 300.00 |
| 2 | 李某 | 500102********0021 | 6217 **** **** **** 012 | 139****9000 | 300.00 |

公示期：2024年11月5日至2024年11月11日（20241105—20241111）。
监督电话：023-67851234，服务热线：12345，邮编：400020。
索引号：11500105768865765W/2022-00038，批次订单号：202411050001234567。
详见 https://www.cqjb.gov.cn/zwgk/2024/13800138000.html

（此件公开发布）
"""

# The same notice as it too often arrives from a street office: full numbers, some full-width.
SUBSIDY_RAW = f"""
# 关于2024年第三季度高龄津贴发放名单的公示

| 序号 | 姓名 | 身份证号 | 银行卡号 | 联系电话 | 金额（元） |
|---|---|---|---|---|---|
| 1 | 张某某 | {ID_A} | {CARD_A} | 13800138000 | 300.00 |
| 2 | 李某 | {ID_B[:6]} {ID_B[6:14]} {ID_B[14:]} | {CARD_B} | １３９　０１３９　９０００ | 300.00 |

（此件公开发布）
"""
