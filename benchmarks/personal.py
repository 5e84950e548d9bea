"""Made-up personal numbers that a correct detector must report: ID numbers, mobiles, bank cards.

Written here rather than imported from gates, so the corpus does not trust the code it measures: a check
digit computed by the detector itself would hide a bug in it.
"""

from __future__ import annotations

import random

# GB 11643-1999: weights of the first 17 digits, and the check character for (sum mod 11).
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# 江北区 and its neighbours in 重庆 (500105 江北区, 500103 渝中区, 500106 沙坪坝区, 500112 渝北区).
_REGIONS = ("500105", "500103", "500106", "500112")
_MOBILE_PREFIXES = ("133", "135", "136", "137", "138", "139", "150", "152", "158", "159", "177", "186", "188", "199")
# UnionPay debit card BINs of large banks; 19 digits, so never confused with an 18-digit ID.
_CARD_BINS = ("6217000", "6222020", "6228480", "6214830", "6216610")


def id_check(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_number(rng: random.Random) -> str:
    """A valid 18-character resident ID: region, birth date (1950-2004), sequence, GB 11643 check."""
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = f"{rng.choice(_REGIONS)}{birth}{rng.randint(0, 999):03d}"
    return first17 + id_check(first17)


def mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"


def luhn_digit(partial: str) -> str:
    """The digit that makes partial + digit pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def bank_card(rng: random.Random) -> str:
    """A 19-digit UnionPay debit card number with a valid Luhn check digit."""
    partial = rng.choice(_CARD_BINS) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return partial + luhn_digit(partial)


def masked_id(rng: random.Random) -> str:
    """How a 公示 shows an ID: birth date starred out, so no detector may fire."""
    real = id_number(rng)
    return real[:6] + "*" * 8 + real[14:]


def masked_mobile(rng: random.Random) -> str:
    real = mobile(rng)
    return real[:3] + "****" + real[7:]
