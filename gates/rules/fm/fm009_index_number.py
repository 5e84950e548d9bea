"""FM009: 索引号 in the form 机构统一社会信用代码/年份-流水号."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import INDEX_NUMBER


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    number = page.meta.get("index_number")
    if number is None:
        return
    text = str(number).strip()
    if not INDEX_NUMBER.fullmatch(text):
        yield RULE.at(page, page.key_line("index_number"),
                      f"索引号 {text!r} 格式不规范，应为 统一社会信用代码/年份-五位流水号，例如 11500105768865765W/2022-00038")


RULE = Rule(
    code="FM009",
    name="index-number-format",
    summary="索引号须为 统一社会信用代码/年份-五位流水号",
    article="3.6",
    why="索引号是政府信息台账和公开目录的编号 (附件3 第六条)，格式不一无法检索和归档。",
    example="index_number: 2022-38",
    fix="写成 11500105768865765W/2022-00038，或删除该键让系统生成。",
    severity="warning",
    check=check,
)
