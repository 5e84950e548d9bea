"""ATTR005: the 附注 line in the body (此件公开发布 …) agrees with the page's `disclosure`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page

# A 附注 stands on its own line: "（此件公开发布）", "附注：此件不予公开". The same words quoted inside a
# sentence (e.g. a page publishing 附件1 itself) are not a 附注 and are left alone.
_NOTE = re.compile(
    r"[ \t\u3000>*_#]*(?:附注[ \t\u3000]*[:：][ \t\u3000]*)?[(（]?[ \t\u3000]*"
    r"此件[ \t\u3000]*(公开发布|主动公开|依申请公开|不予公开|不公开|部分公开)"
    r"[ \t\u3000]*[)）]?[ \t\u3000]*[。.]?[ \t\u3000*_]*",
)
_MEANS = {"公开发布": "主动公开", "主动公开": "主动公开", "依申请公开": "依申请公开",
          "不予公开": "不予公开", "不公开": "不予公开"}
_WRITE = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or page.disclosure is None or "此件" not in page.body:
        return
    for match in _notes(page.body):
        said = match.group(1)
        if said == "部分公开":
            if page.disclosure == "不予公开":
                yield _mismatch(page, match, said)
            continue  # ATTR004 checks the partial record
        if _MEANS[said] != page.disclosure:
            yield _mismatch(page, match, said)


def _notes(body: str) -> Iterator[re.Match[str]]:
    """附注 lines: each line holding 此件 is matched whole, so only lines that are nothing but a note count."""
    pos = body.find("此件")
    while pos != -1:
        start = body.rfind("\n", 0, pos) + 1
        end = body.find("\n", pos)
        end = len(body) if end == -1 else end
        match = _NOTE.fullmatch(body, start, end)
        if match is not None:
            yield match
        pos = body.find("此件", end)


def _mismatch(page: Page, match: re.Match[str], said: str) -> Finding:
    disclosure = page.disclosure or ""
    return RULE.at(
        page, page.body_line_of(match.start(1)),
        f"附注“此件{said}”与头信息 disclosure: {disclosure} 不一致：核实公开属性后，"
        f"二者改为一致 (附注应为{_WRITE.get(disclosure, '')})",
    )


RULE = Rule(
    code="ATTR005",
    name="note-agrees",
    summary="正文附注 (此件公开发布 / 此件依申请公开 / 此件不予公开) 须与 disclosure 一致",
    article="1.4",
    why=("公文成文后应在附注位置标注“此件公开发布”“此件依申请公开”“此件不予公开”；确定为主动公开的公文，"
         "不可夹带依申请公开和不公开的内容 (附件1 第四条)。附注与头信息不一致，说明公开属性没有认定清楚。"),
    example="---\ndisclosure: 主动公开\n---\n……\n（此件不予公开）",
    fix="与起草单位核实公开属性：确实不予公开的，改 disclosure 并写 disclosure_reason；确实公开的，改附注。",
    check=check,
)
