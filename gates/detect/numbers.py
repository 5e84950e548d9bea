"""Personal numbers in running text and tables: ID numbers, mobile numbers, bank cards.

One combined regex walks the page once. It either skips a stretch where digits are not personal data
(URLs, Markdown link targets, HTML tags) or yields a candidate digit run that may contain separators
(a space, a full-width space, a hyphen) and full-width digits. Each candidate is then classified by
cheap string checks; nothing is ever matched "one regex per pattern per page".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from gates.detect.bankcard import is_bank_card
from gates.detect.idcard import PROVINCES, is_id15, is_id18, looks_like_id18
from gates.detect.normalize import digits_only

Kind = Literal["id18", "id15", "mobile", "bank"]

_D = "0-9\uff10-\uff19"  # ASCII and full-width digits
_ALNUM = f"{_D}A-Za-z\uff21-\uff3a\uff41-\uff5a"
_SPACE = "[ \u3000\u00a0\u2002-\u200a\u202f]"
_HYPHEN = "[-\uff0d\u2010\u2011\u2012\u2013]"
# Between two digit groups: one or two spaces, or a hyphen with optional spaces around it.
_GAP = f"(?:{_SPACE}{{1,2}}|{_SPACE}?{_HYPHEN}{_SPACE}?)"
_URL_CHARS = r"A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%"

_SPACE_CHARS = " \u3000\u00a0\u2002-\u200a\u202f"
_HYPHEN_CHARS = "\\-\uff0d\u2010\u2011\u2012\u2013"
# Pass 1, over the whole page: runs of at least 11 digit/separator characters. The pattern starts with a
# character set, so the regex engine skips through Chinese text without trying a match at every position,
# and dates, amounts and short codes never come back to Python.
# The look-behind sits after the first character (so the set prefix still applies) and keeps the engine
# from retrying at every digit of a run that already failed.
_COARSE = re.compile(
    f"[+\uff0b{_D}](?<![+\uff0b{_D}].)[{_D}{_SPACE_CHARS}{_HYPHEN_CHARS}]{{9,}}[{_D}Xx\uff38\uff58]"
)
# Pass 2, only inside a coarse run: a digit run not glued to letters, digits, masks (*), decimals or
# percent signs, with single separators allowed inside it.
_NUM = re.compile(
    rf"(?<![{_ALNUM}*\uff0a_])(?<![0-9]\.)"
    rf"[+\uff0b]?[{_D}](?:{_GAP}?[{_D}])*(?:{_SPACE}?[Xx\uff38\uff58])?"
    rf"(?![{_ALNUM}*\uff0a_%\uff05])(?!\.[0-9])"
)
# Stretches whose digits are addresses, not data about people; looked for only on the line of a hit.
_ADDRESS = re.compile(
    rf"(?:https?|ftp)://[{_URL_CHARS}]+|www\.[{_URL_CHARS}]+|\]\([^)\s]*\)|<[^<>\n]{{1,400}}>"
)
_GROUP_SPLIT = re.compile(f"{_GAP}")
_MIN_DIGITS = 11  # the shortest personal number (a mobile) has 11 digits
_MAX_SPAN_DIGITS = 19
_GLUE = frozenset(
    [chr(c) for c in range(0x30, 0x3A)] + [chr(c) for c in range(0x41, 0x5B)] + [chr(c) for c in range(0x61, 0x7B)]
    + [chr(c) for c in range(0xFF10, 0xFF1A)] + [chr(c) for c in range(0xFF21, 0xFF3B)]
    + [chr(c) for c in range(0xFF41, 0xFF5B)] + ["*", "\uff0a", "_"]
)
# First two digits any personal number can start with: a province (ID), 13-19 (mobile), 86/00 (+86),
# or a card issuer (see bankcard.plausible_prefix).
_PREFIXES = PROVINCES | {f"1{d}" for d in "3456789"} | {"86", "00", "62", "60", "95", "35"} \
    | {f"4{d}" for d in "0123456789"} | {f"5{d}" for d in "12345"} | {f"2{d}" for d in "234567"}
_LENGTHS = frozenset({11, 12, 13, 15, 16, 17, 18, 19})  # 12/16/19 may end in a stray X; 13/15 may be +86
_MAX_RUN_CHARS = 64  # longer runs are lists of numbers, never one number

# Labels just before a number (or heading its table column) that say it is an identifier of a thing,
# not of a person. They veto mobile/bank-card/legacy-ID readings; an 18-digit ID with a valid check
# character is strong enough on its own and is never vetoed.
_THING_LABELS = (
    "订单", "单号", "编号", "流水", "索引号", "文号", "代码", "合同", "发票", "批次", "工单", "运单", "快递",
    "序列号", "登记号", "注册号", "条形码", "条码", "邮编", "邮政编码", "案号", "项目号", "交易号", "凭证号",
    "批准号", "许可证号", "备案号", "证书号", "密码",
)
_PERSON_LABELS = ("手机", "电话", "联系", "身份", "证件", "卡号", "账号", "帐号", "银行", "开户", "户名", "姓名")
_LABEL_WINDOW = 16


@dataclass(frozen=True)
class NumberHit:
    kind: Kind
    start: int  # offsets of the number in the scanned text
    end: int
    raw: str  # as written, separators and full-width digits included
    digits: str  # folded digits, the significant number only (no +86)
    mask_from: int  # 1-based digit positions (in `digits`) that must be replaced by *
    mask_to: int

    @property
    def masked(self) -> str:
        d = self.digits
        return d[: self.mask_from - 1] + "*" * (self.mask_to - self.mask_from + 1) + d[self.mask_to:]


def find_numbers(text: str) -> list[NumberHit]:
    """Every personal number in text, in order. Never raises."""
    hits: list[NumberHit] = []
    size = len(text)
    for coarse in _COARSE.finditer(text):
        start, end = coarse.span()
        run = coarse.group()
        if run.isdigit():
            # One unbroken run (order numbers, IDs): its edges are checked here, no second regex needed.
            # Most such runs are order numbers and timestamps starting with 20…: no personal number does.
            if len(run) not in _LENGTHS or (run.isascii() and run[:2] not in _PREFIXES) or _glued(text, start, end):
                continue
            found = _classify_run(text, start, end)
        else:
            # +2: the look-ahead of _NUM must see what follows the run (a letter, a decimal point).
            found = []
            digits = digits_only(run)
            if len(digits) < _MIN_DIGITS or (len(digits) == _MIN_DIGITS and digits[0] != "1"):
                # 2022-11-05 14:30, 023-6785 1234: separators made the run long, and no part of it
                # has the 11 digits of a mobile starting with 1 (or anything longer).
                continue
            for match in _NUM.finditer(text, start, min(size, end + 2)):
                if match.end() - match.start() >= _MIN_DIGITS:
                    found.extend(_classify_run(text, match.start(), match.end()))
        hits.extend(h for h in found if not _in_address(text, h.start, h.end))
    return hits


def _glued(text: str, start: int, end: int) -> bool:
    """Is a digit run part of a longer code, a mask, a decimal or a percentage? (as _NUM's look-arounds)"""
    before = text[start - 1] if start else ""
    if before and (before in _GLUE or (before == "." and start > 1 and text[start - 2].isdigit())):
        return True
    after = text[end] if end < len(text) else ""
    return bool(after) and (after in _GLUE or after in "%\uff05" or (after == "." and text[end + 1: end + 2].isdigit()))


def _in_address(text: str, start: int, end: int) -> bool:
    """Is the hit part of a URL, a Markdown link target or an HTML tag on its line?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    return any(m.start() < end and start < m.end() for m in _ADDRESS.finditer(text, line_start, line_end))


def _classify_run(text: str, start: int, end: int) -> list[NumberHit]:
    raw = text[start:end]
    if raw.isdigit():  # the common case: one unbroken run, nothing to split
        hit = _classify(text, start, end, raw)
        return [hit] if hit is not None else []
    bounds = _group_bounds(raw)
    if len(raw) <= _MAX_RUN_CHARS and _chunked(bounds, 0, len(bounds) - 1):
        whole = _classify(text, start, end, raw)
        if whole is not None:
            return [whole]
    if len(bounds) < 2:
        return []
    # A run glued together from several numbers ("1 13800138000", "2022-11-05 138 0013 8000"):
    # try contiguous groups of it, longest first, without overlaps. Only spans that stay within the
    # longest personal number are tried, so a long list of small numbers stays linear.
    out: list[NumberHit] = []
    i = 0
    while i < len(bounds):
        found = None
        for j in reversed(_span_ends(bounds, i)):
            a, b = bounds[i][0], bounds[j][1]
            found = _classify(text, start + a, start + b, raw[a:b])
            if found is not None:
                out.append(found)
                i = j + 1
                break
        if found is None:
            i += 1
    return out


def _span_ends(bounds: list[tuple[int, int]], i: int) -> list[int]:
    """Last groups j such that groups i..j could be one number written in chunks (not the whole run)."""
    ends = []
    total = 0
    for j in range(i, len(bounds)):
        total += bounds[j][1] - bounds[j][0]
        if total > _MAX_SPAN_DIGITS + 4 or not _chunked(bounds, i, j):
            break
        if total >= _MIN_DIGITS and not (i == 0 and j == len(bounds) - 1):
            ends.append(j)
    return ends


def _chunked(bounds: list[tuple[int, int]], i: int, j: int) -> bool:
    """Does groups i..j look like one number typed in chunks (138 0013 8000, 500105 19900307 1234)?

    People chunk numbers in threes and fours; a one- or two-digit group in the middle means a list of
    small numbers (序号, 月, 日) that only happens to be glued together by spaces.
    """
    if i == j:
        return True
    if bounds[i][1] - bounds[i][0] < 2:
        return False
    # Two groups of seven or eight digits are two landline numbers (62751234 62751236), never one number typed
    # in chunks: no personal number is written that way.
    if j == i + 1 and all(7 <= bounds[k][1] - bounds[k][0] <= 8 for k in (i, j)):
        return False
    return all(bounds[k][1] - bounds[k][0] >= 3 for k in range(i + 1, j))


def _group_bounds(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each separator-free group of a candidate run."""
    bounds = []
    pos = 0
    for gap in _GROUP_SPLIT.finditer(raw):
        if gap.start() > pos:
            bounds.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(raw):
        bounds.append((pos, len(raw)))
    return bounds


def _classify(text: str, start: int, end: int, raw: str) -> NumberHit | None:
    digits = digits_only(raw)
    if len(digits) not in _LENGTHS or "X" in digits[:-1]:
        return None
    plus = raw[0] in "+\uff0b"
    if len(digits) == 18 and is_id18(digits):
        return NumberHit("id18", start, end, raw, digits, 7, 14)
    if digits.endswith("X"):
        digits = digits[:-1]  # a trailing X that did not make an ID is not part of the number
        raw = raw.rstrip("Xx\uff38\uff58 \u3000\u00a0")
        end = start + len(raw)
    if not digits.isdigit():
        return None
    thing = None  # the label is looked up lazily: most candidates never need it

    def is_thing() -> bool:
        nonlocal thing
        if thing is None:
            thing = _labelled_as_thing(text, start)
        return thing

    if len(digits) == 15 and is_id15(digits) and not is_thing():
        return NumberHit("id15", start, end, raw, digits, 7, 12)
    national = _national_mobile(digits, plus)
    if national is not None and not is_thing():
        return NumberHit("mobile", start, end, raw, national, 4, 7)
    if is_bank_card(digits) and not (len(digits) == 18 and looks_like_id18(digits)) and not is_thing():
        return NumberHit("bank", start, end, raw, digits, 7, len(digits) - 4)
    return None


def _national_mobile(digits: str, plus: bool) -> str | None:
    """The 11-digit mainland mobile number, with an optional +86 / 0086 / 86 country code removed."""
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and (plus or len(digits) == 13):
        digits = digits[2:]
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return digits
    return None


def _labelled_as_thing(text: str, start: int) -> bool:
    """True when the words before the number, or its table column's heading, name a thing's identifier."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _LABEL_WINDOW):start]
    cell = before.rsplit("|", 1)[-1]
    label = cell if cell.strip(" \u3000:：") else ""
    if not label and text[line_start:start].lstrip().startswith("|"):
        label = _table_heading(text, line_start, start)
    if any(word in label for word in _PERSON_LABELS):
        return False
    return any(word in label for word in _THING_LABELS)


def _table_heading(text: str, line_start: int, start: int) -> str:
    """The heading cell above a Markdown table cell: the first row of the contiguous table block."""
    column = text.count("|", line_start, start)
    head = line_start
    while head > 0:
        prev = text.rfind("\n", 0, head - 1) + 1
        if not text[prev:head].lstrip().startswith("|"):
            break
        head = prev
    header_end = text.find("\n", head)
    header = text[head: header_end if header_end != -1 else len(text)]
    cells = header.split("|")
    return cells[column] if column < len(cells) else ""
