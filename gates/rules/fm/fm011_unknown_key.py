"""FM011: no unknown keys (a misspelt key is silently ignored otherwise)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import KNOWN_KEYS

_KNOWN = frozenset(KNOWN_KEYS)  # for the membership test on every key of every page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index:
        return
    for key in page.meta:
        if key not in _KNOWN:
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
            hint = f"，是否应为 {close[0]}？" if close else ""
            yield RULE.at(page, page.key_line(key), f"未知的头信息键 {key!r}{hint}")


RULE = Rule(
    code="FM011",
    name="unknown-key",
    summary="头信息中不应有未知的键",
    article="3.1",
    why="拼错的键会被忽略：例如 disclousre 写错，公开属性就等于没写 (附件1 第四条)。",
    example="disclousre: 主动公开",
    fix="按提示改正键名；键名列表见 gates explain FM011 或 README。",
    severity="warning",
    check=check,
)
