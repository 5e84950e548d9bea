"""FM008: 发文字号 in the form GB/T 9704 prescribes: 机关代字〔年份〕序号号."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page

VALID = re.compile(r"[\u4e00-\u9fff]+[\u4e00-\u9fffA-Za-z]*〔(19|20)\d{2}〕[1-9]\d*号")
_YEAR = re.compile(r"[\[\(（【［〖]((19|20)\d{2})[\]\)）】］〗]")


def diagnose(number: str) -> str:
    """Every way the number departs from the form, so an editor fixes it in one go."""
    wrong = []
    if _YEAR.search(number):
        wrong.append("年份须用六角括号〔〕，不用 [] () 【】 等括号")
    if "第" in number:
        wrong.append("序号前不加“第”字")
    if re.search(r"[〕\]\)）】］〗]第?0\d", number):
        wrong.append("序号不编虚位 (不写前导零，如 037 应写 37)")
    if not number.endswith("号"):
        wrong.append("须以“号”结尾")
    return "；".join(wrong) or "应为 机关代字〔年份〕序号号 的形式"


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    number = page.meta.get("doc_number")
    if number is None:
        return
    text = str(number).strip()
    if not VALID.fullmatch(text):
        yield RULE.at(page, page.key_line("doc_number"), f"发文字号 {text!r} 格式不规范：{diagnose(text)}，例如 江北府办发〔2022〕37号")


RULE = Rule(
    code="FM008",
    name="doc-number-format",
    summary="发文字号须符合 GB/T 9704：机关代字〔年份〕序号号",
    article="3.2",
    why="发布前须从文字等方面审查 (附件3 第二条)；发文字号写法由《党政机关公文格式》(GB/T 9704) 规定。",
    example="doc_number: 江北府办发[2022]第037号",
    fix="写成 江北府办发〔2022〕37号：六角括号括年份，序号不加“第”、不编虚位。",
    check=check,
)
