"""SRC005: a body that says it is reprinted (转载自…, 来源：新华网) while the front matter does not say so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.detect.spots import first_match, positions
from gates.domain.rule import Context, Memo, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.src.reprint import claim

# 转载自 / 本文转自 / 文章转自 always mean a reprint; bare 转自 does not (运转自如).
_SAYS_REPRINT = re.compile(r"转载自|(?:本文|文章|原文|内容|此文)转自|转载于")
_SOURCE_LINE = re.compile(r"(?:来源|稿源|来自)[:：]\s*[“\"《]?([^\s，。；、”\"》）)|]{2,30})")


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    body = page.body
    if page.is_index or not body:
        return
    # Where 转, 源 and 来自 stand, each found in one scan at memory speed: almost every page stops here, and the
    # regexes below are only tried at those places.
    turns, origins, froms = positions(body, "转"), positions(body, "源"), positions(body, "来自")
    if not turns and not origins and not froms:
        return
    found = claim(page)
    if found is not None and found.is_reprint:
        return
    said = _says_reprint(body, turns)
    named = None
    if said is None:
        names = _source_names(ctx)
        for match in _source_lines(body, origins, froms):
            named = next((n for n in names if match.group(1).startswith(n)), None)
            if named is not None:
                said = match
                break
    if said is None:
        return
    what = f"“来源：{named}”" if named else f"“{said.group(0)}”"
    yield RULE.at(page, page.body_line_of(said.start()),
                  f"正文写有{what}，但头信息没有声明转载：转载稿件须写 source: {{type: reprint, name: 稿源名称, "
                  "url: 原文网址}，网站据此显示来源并核对稿源", excerpt=said.group(0))


def _says_reprint(body: str, turns: list[int]) -> re.Match[str] | None:
    """_SAYS_REPRINT's first match, given where 转 stands: at 转载, or two characters before 转自 (本文转自)."""
    return first_match(_SAYS_REPRINT, body, [at if body[at + 1:at + 2] == "载" else at - 2 for at in turns
                                              if body[at + 1:at + 2] in ("载", "自")])


def _source_lines(body: str, origins: list[int], froms: list[int]) -> Iterator[re.Match[str]]:
    """_SOURCE_LINE's matches in order, given where 源 and 来自 stand: each label (来源：, 稿源:, 来自：) is matched
    where it is, rather than by a regex scan of a long policy page (which says 资源 and 能源 often)."""
    colons = ":："
    starts = sorted([at - 1 for at in origins if at >= 1 and body[at + 1:at + 2] in colons and body[at + 1:at + 2]]
                    + [at for at in froms if body[at + 2:at + 3] in colons and body[at + 2:at + 3]])
    reached = 0
    for start in starts:
        if start >= reached:  # as finditer: a label inside an earlier match is part of it
            match = _SOURCE_LINE.match(body, start)
            if match is not None:
                reached = match.end()
                yield match


@dataclass
class _Names(Memo):
    sources: object = None
    names: list[str] = field(default_factory=list)


def _source_names(ctx: Context) -> list[str]:
    """Every source's name and aliases, made once per run."""
    memo = ctx.state(_Names)
    if memo.sources is not ctx.config.sources:
        memo.sources, memo.names = ctx.config.sources, [n for s in ctx.config.sources for n in (s.name, *s.aliases)]
    return memo.names


RULE = Rule(
    code="SRC005",
    name="undeclared-reprint",
    summary="正文写明“转载自…”或“来源：(已配置的稿源)”的页面，头信息须声明 source.type: reprint",
    article="3.4",
    why=("转载稿件只有在头信息中声明，才会核对稿源是否允许、来源名称和原文是否一致 (附件3 第四条)；"
         "只在正文里写一句“转载自”，这些检查都会被绕过。"),
    example="3月23日，全市优化营商环境大会召开。\n\n（本文转载自重庆市人民政府网站）",
    fix="在头信息写 source: {type: reprint, name: 稿源名称, url: 原文网址}；如本页实为原创，删去正文中的转载说明。",
    severity="warning",
    check=check,
)
