from __future__ import annotations

import pytest

from gates.detect.numbers import find_numbers
from tests.detect.helpers import full_width, make_card, make_id, wrong_card, wrong_id

ID = make_id("50010519900307123")  # a checksum-valid ID, made up
CARD = make_card("622202020011223")  # 16-digit UnionPay, Luhn-valid, made up


def kinds(text: str) -> list[str]:
    return [h.kind for h in find_numbers(text)]


# ---- what must be found ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"身份证号：{ID}",
    f"| 1 | 张某 | {ID} |",
    f"身份证号 {ID[:6]} {ID[6:14]} {ID[14:]}",  # split by spaces
    f"身份证号 {ID[:6]}\u3000{ID[6:14]}\u3000{ID[14:]}",  # split by full-width spaces
    f"身份证号 {full_width(ID)}",  # full-width digits
    f"<td>{ID}</td>",
    "11010519491231002X",
    "11010519491231002x",
])
def test_id18_found(text: str) -> None:
    assert kinds(text) == ["id18"]


def test_id18_mask_hint() -> None:
    [hit] = find_numbers(f"身份证：{ID}")
    assert (hit.mask_from, hit.mask_to) == (7, 14)
    assert hit.masked == ID[:6] + "*" * 8 + ID[14:]
    assert hit.raw == ID


def test_offsets_survive_full_width() -> None:
    text = f"第一行\n身份证：{full_width(ID)}。"
    [hit] = find_numbers(text)
    assert text[hit.start:hit.end] == full_width(ID)


@pytest.mark.parametrize("text", [
    "联系电话：13800138000",
    "手机 138 0013 8000",
    "手机 138-0013-8000",
    "+86 138 0013 8000",
    "+8613800138000",
    "手机：１３８００１３８０００",
    "| 张三 | 13800138000 |",
    "序号 1 13800138000",  # a number glued to a neighbour by one space
    "联系电话：023-67851234/13800138000",
    "13800138000@139.com",
])
def test_mobile_found(text: str) -> None:
    assert kinds(text) == ["mobile"]
    assert find_numbers(text)[0].masked == "138****8000"


@pytest.mark.parametrize("text", [
    f"银行卡号：{CARD}",
    f"卡号 {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}",
    f"账号：{full_width(CARD)}",
    f"| 张三 | {make_card('621700123456789012')} |",
])
def test_bank_card_found(text: str) -> None:
    assert kinds(text) == ["bank"]


def test_legacy_15_found() -> None:
    assert kinds("身份证号：500105900307123") == ["id15"]


def test_table_of_names_and_numbers() -> None:
    table = (
        "| 序号 | 姓名 | 身份证号 | 银行卡号 | 联系电话 |\n"
        "|---|---|---|---|---|\n"
        f"| 1 | 张某某 | {ID} | {CARD} | 13800138000 |\n"
        f"| 2 | 李某 | {make_id('50010219851111002')} | {make_card('621700123456789012')} | 139 0139 9000 |\n"
    )
    assert kinds(table) == ["id18", "bank", "mobile", "id18", "bank", "mobile"]


# ---- what must not be found -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "500105**********12",  # masked ID
    f"{ID[:6]}********{ID[14:]}",
    "138****8000",
    "6222 **** **** 1234",
    f"身份证号：{wrong_id('50010519900307123')}",  # wrong check digit
    f"卡号：{wrong_card('622202020011223')}",  # fails Luhn
    "索引号：11500105768865765W/2022-00038",
    "统一社会信用代码：91500105MA5U8KXX7Q",
    "统一社会信用代码：115001050092870130",
    "发文字号：江北府办发〔2022〕37号",
    "日期：20221105",
    "时间：2022-11-05 14:30",
    "2022年11月5日至2022年11月11日",
    "监督电话：023-67851234",
    "服务热线：400-123-4567",
    "服务热线 12345",
    "邮编：400020",
    "金额：13800138000.50 元",
    "合计 1,380,013,800 元",
    "增长 13800138000%",
    "订单号：15012345678",
    "订单号：202211051530012345",
    f"交易流水号：{make_card('622202020011223')}",
    "快递单号 SF1380013800012",
    "https://www.cq.gov.cn/zwgk/13800138000.html",
    "[附件](/files/2022/13800138000.pdf)",
    '<a href="/a/13800138000.html">链接</a>',
    "版本 1.13800138000",
    "时间戳 1667635200000",
    f"编号 A{ID}",  # part of a longer alphanumeric code
    f"{ID}1",  # part of a longer digit run
    "12345678901",  # 12… is not a mobile segment
])
def test_not_found(text: str) -> None:
    assert kinds(text) == []


def test_order_number_column_in_a_table() -> None:
    table = "| 序号 | 订单号 | 金额 |\n|---|---|---|\n| 1 | 15012345678 | 100 |\n"
    assert kinds(table) == []


def test_personal_label_beats_thing_label() -> None:
    assert kinds("编号 3，联系电话 13800138000") == ["mobile"]


def test_odd_input_never_raises() -> None:
    for text in ["", "+", "-", "X", "1" * 5000, "1 " * 3000, "１" * 40, "\u3000".join("1" * 30)]:
        find_numbers(text)
