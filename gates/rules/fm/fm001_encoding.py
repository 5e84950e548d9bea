"""FM001: a page must be UTF-8 text."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.frontmatter import ENCODING
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    yield from (p for p in page.problems if p.code == ENCODING[0])


RULE = Rule(
    code=ENCODING[0],
    name="utf8-text",
    summary="页面文件须为 UTF-8 编码的文本",
    article=ENCODING[1],
    why="发布信息须真实、准确、完整 (附件3 第一条)；乱码或二进制文件无法审核，也无法正确发布。",
    example="用 GBK 编码保存的 content/news/a.md，或误放入 content/ 的 Word 文件",
    fix="用编辑器以 UTF-8 编码另存该文件；附件等二进制文件不要以 .md 结尾。",
    check=check,
)
