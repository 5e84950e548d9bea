"""Full-width to ASCII folding that keeps every character at its offset.

Chinese editors type digits and Latin letters in full-width form (０-９, Ｘ) as often as not, and paste
numbers with full-width spaces. Folding one character to one character means an offset in the folded
text is the same offset in the page, so line numbers stay right.
"""

from __future__ import annotations

# U+FF01..U+FF5E are the full-width forms of U+0021..U+007E; U+3000 is the ideographic space.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD[0x00A0] = 0x20


def fold(text: str) -> str:
    """Map full-width ASCII forms and odd spaces to plain ASCII, one character for one."""
    return text.translate(_FOLD)


# For a candidate number: full-width digits to ASCII, x to X, and every separator or sign dropped.
_DIGITS: dict[int, int | None] = {0xFF10 + i: 0x30 + i for i in range(10)}
_DIGITS.update({ord("x"): ord("X"), 0xFF38: ord("X"), 0xFF58: ord("X")})
_DIGITS.update({ord(ch): None for ch in " +-\u3000\u00a0\u202f\uff0b\uff0d\u2010\u2011\u2012\u2013"})
_DIGITS.update({cp: None for cp in range(0x2002, 0x200B)})


def digits_only(candidate: str) -> str:
    """The digits (and a check character X) of a candidate run, ASCII, separators dropped."""
    return candidate.translate(_DIGITS)
