"""Resident identity numbers: GB 11643-1999 (18 digits) and the legacy 15-digit form."""

from __future__ import annotations

import datetime as dt

# Province-level codes (the first two digits). Anything else is not an ID number, which keeps
# order numbers and timestamps that start with "20" out.
PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82", "83", "91",
})
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_character(first17: str) -> str:
    """The GB 11643 check character (ISO 7064 MOD 11-2) for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=False))  # extra digits are ignored
    return _CHECK[total % 11]


def _birth_ok(year: int, month: int, day: int, today: dt.date) -> bool:
    if year < 1900:
        return False
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return born <= today


def looks_like_id18(value: str, today: dt.date | None = None) -> bool:
    """Region and birth date are plausible, whatever the check character says."""
    if len(value) != 18 or not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        return False
    if value[:2] not in PROVINCES:
        return False
    return _birth_ok(int(value[6:10]), int(value[10:12]), int(value[12:14]), today or dt.date.today())


def is_id18(value: str, today: dt.date | None = None) -> bool:
    """A real-looking 18-character ID number whose check character is right."""
    return looks_like_id18(value, today) and check_character(value[:17]) == value[17]


def is_id15(value: str) -> bool:
    """A legacy 15-digit ID (issued until 1999): region, then YYMMDD of a 20th-century birth date."""
    if len(value) != 15 or not value.isdigit() or value[:2] not in PROVINCES:
        return False
    return _birth_ok(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]), dt.date(1999, 12, 31))
