from __future__ import annotations

from gates.detect.bankcard import is_bank_card, luhn_ok
from tests.detect.helpers import make_card, wrong_card


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


def test_card_needs_prefix_length_and_luhn() -> None:
    assert is_bank_card(make_card("622202020011223"))  # 16, UnionPay
    assert is_bank_card(make_card("621700123456789012"))  # 19
    assert not is_bank_card(wrong_card("622202020011223"))
    assert not is_bank_card(make_card("202211051530123"))  # a timestamp-like order number
    assert not is_bank_card(make_card("310002010900123"))  # a corporate account prefix
    assert not is_bank_card(make_card("62220202001"))  # too short
