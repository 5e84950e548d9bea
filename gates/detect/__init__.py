"""Pure detection logic for the SEC and ATTR rules: no Rule or Page imports, only text in, hits out.

Everything here is built to run once per page: one combined regex for candidate digit runs, one
Aho–Corasick pass for fixed secrecy marks, and cheap classification of the few candidates found.
"""

from __future__ import annotations

from gates.detect.marks import MarkHit, find_marks
from gates.detect.numbers import NumberHit, find_numbers

__all__ = ["MarkHit", "NumberHit", "find_marks", "find_numbers"]
