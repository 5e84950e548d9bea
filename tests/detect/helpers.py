"""Numbers that pass (or deliberately fail) their check digits, built rather than hard-coded; naive readings the
fast matchers are held to."""

from __future__ import annotations

from gates.detect.bankcard import luhn_ok
from gates.detect.idcard import check_character


def make_id(first17: str) -> str:
    return first17 + check_character(first17)


def wrong_id(first17: str) -> str:
    right = check_character(first17)
    return first17 + ("0" if right != "0" else "1")


def make_card(body: str) -> str:
    """body + the Luhn check digit."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def wrong_card(body: str) -> str:
    good = make_card(body)
    return good[:-1] + str((int(good[-1]) + 1) % 10)


FULL = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def full_width(text: str) -> str:
    return text.translate(FULL)


def leftmost_longest(patterns: list[str] | tuple[str, ...], text: str) -> list[tuple[int, int, int]]:
    """(pattern, start, end) of the leftmost-longest, non-overlapping occurrences, the slow way."""
    out, at = [], 0
    while at < len(text):
        here = [(len(p), i) for i, p in enumerate(patterns) if text.startswith(p, at)]
        if here:
            size, index = max(here)
            out.append((index, at, at + size))
            at += size
        else:
            at += 1
    return out
