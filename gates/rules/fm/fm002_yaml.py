"""FM002: a page starts with well-formed YAML front matter."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.frontmatter import YAML
from gates.model.page import Page


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    yield from (p for p in page.problems if p.code == YAML[0])


RULE = Rule(
    code=YAML[0],
    name="front-matter-yaml",
    summary="页面须以格式正确的 YAML 头信息开头",
    article=YAML[1],
    why="标题、栏目、公开属性等发布要素都写在头信息中 (附件3 第一条)；格式错误时无法判断能否发布。",
    example="---\ntitle: 通知\ncolumn news\n---",
    fix="检查报错行附近的冒号、缩进和引号；冒号后须有空格，含冒号的标题请加引号。",
    check=check,
)
