from __future__ import annotations

import datetime as dt

from gates.detect.idcard import check_character, is_id15, is_id18, looks_like_id18
from tests.detect.helpers import make_id, wrong_id


def test_known_check_characters() -> None:
    # Published GB 11643 examples.
    assert check_character("11010519491231002") == "X"
    assert check_character("44052418800101001") == "4"


def test_valid_and_invalid_18() -> None:
    assert is_id18("11010519491231002X")
    assert not is_id18("110105194912310021")  # wrong check character
    assert looks_like_id18("110105194912310021")
    assert is_id18(make_id("50010519900307123"))
    assert not is_id18(wrong_id("50010519900307123"))


def test_region_and_birth_date_must_be_real() -> None:
    assert not is_id18(make_id("20221105153012345"))  # 20 is not a province: an order number
    assert not is_id18(make_id("50010519901307123"))  # month 13
    assert not is_id18(make_id("50010518990101123"))  # born before 1900
    assert not is_id18(make_id("50010520990101123"), today=dt.date(2026, 1, 1))  # born in the future


def test_legacy_15() -> None:
    assert is_id15("500105900307123")
    assert not is_id15("500105901307123")
    assert not is_id15("200105900307123")
    assert not is_id15("50010590030712")
