"""Bank card numbers: Luhn check plus an issuer prefix a card sold in China plausibly has.

Luhn alone passes one random digit string in ten, so a prefix list is what keeps order numbers,
timestamps and corporate account numbers out.
"""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def plausible_prefix(digits: str) -> bool:
    """UnionPay (62, 60, 9x passbook-era cards), Visa (4), Mastercard (51-55, 2221-2720), JCB (35)."""
    if digits.startswith(("62", "60", "95", "4", "35")):
        return True
    if "51" <= digits[:2] <= "55":
        return True
    return "2221" <= digits[:4] <= "2720"


def is_bank_card(digits: str) -> bool:
    return 16 <= len(digits) <= 19 and digits.isdigit() and plausible_prefix(digits) and luhn_ok(digits)
