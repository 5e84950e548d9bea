"""FM014: a 索引号 names one document: no two pages carry the same one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.domain.rule import Context, Gathered, Rule, RunScope
from gates.model.finding import Finding
from gates.model.page import Page


@dataclass
class Numbers(Gathered):
    """Each 索引号 with the pages that carry it, collected as the engine reads the pages."""

    by_number: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def merge(self, later: Numbers) -> None:
        for number, places in later.by_number.items():
            self.by_number.setdefault(number, []).extend(places)


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    number = page.meta.get("index_number")
    if isinstance(number, str) and number.strip() and not page.is_index:
        ctx.state(Numbers).by_number.setdefault(number.strip(), []).append((page.path, page.key_line("index_number")))
    return iter(())


def finish(ctx: Context) -> Iterator[Finding]:
    if not ctx.state(RunScope).whole:
        return  # a duplicate is only known when every page was read (pre-push and CI)
    for number, pages in sorted(ctx.state(Numbers).by_number.items()):
        if len(pages) < 2:
            continue
        paths = "、".join(path for path, _ in pages)
        for path, line in pages:
            yield RULE.on(path, line, f"索引号 {number} 同时出现在 {paths}：一个索引号只能属于一篇信息；"
                                      "后发布的一篇删去索引号后重新签发，由 gates sign 分配新号")


RULE = Rule(
    code="FM014",
    name="index-number-unique",
    summary="同一个索引号不能出现在两个页面上",
    article="3.6",
    why="索引号是政府信息台账和公开目录中一篇信息的唯一编号 (附件3 第六条)；重复的索引号让台账和检索指向错误的文件。",
    example="两个页面都写 index_number: 11500105768865765W/2026-00012",
    fix="保留先发布页面的索引号；另一个页面删去 index_number 后重新签发，gates sign 会分配该单位当年的下一个号。",
    check=check,
    finish=finish,
)
