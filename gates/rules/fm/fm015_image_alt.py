"""FM015: every image in a page has alt text (替代文本), so a reader who cannot see it still gets its content."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page

# ![alt](target) and ![alt][ref]; alt may hold escaped brackets but no line break.
_MARKDOWN_IMAGE = re.compile(r"!\[((?:\\.|[^\]\\\n])*)\]\s*(?:\([^)\n]*\)|\[[^\]\n]*\])")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL)
_SHOWN = 40


def _blank_code(body: str) -> str:
    """Code blocks show markup, they do not render it: blanked out, offsets kept."""
    return _FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)


def _missing_alt(body: str) -> Iterator[tuple[int, str]]:
    for match in _MARKDOWN_IMAGE.finditer(body):
        if not match.group(1).strip():
            yield match.start(), match.group(0)
    for match in _HTML_IMAGE.finditer(body):
        alt = _ALT.search(match.group(0))
        value = next((g for g in alt.groups() if g is not None), "") if alt else ""
        if not value.strip():
            yield match.start(), match.group(0)


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if "![" not in page.body and "<" not in page.body:
        return  # no image can be written without one of these; two scans in C skip most pages
    body = _blank_code(page.body)
    for offset, markup in sorted(_missing_alt(body)):
        shown = markup if len(markup) <= _SHOWN else markup[:_SHOWN] + "…"
        yield RULE.at(page, page.body_line_of(offset),
                      f"图片 {shown} 没有替代文本：读屏软件和图片无法显示的读者看不到它说明的内容")


RULE = Rule(
    code="FM015",
    name="image-alt-text",
    summary="图片须有替代文本 (alt)",
    article="3.1",
    why="发布的信息须完整 (附件3 第一条)；看不到图片的读者 (视障读者用读屏软件、网络差时图片未加载) 只能读到替代文本，"
        "GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》和政府网站适老化改造要求每张图片都有替代文本。",
    example="![](images/huiyi.jpg)",
    fix="在方括号里写出图片说明，例如 ![区政府常务会议现场](images/huiyi.jpg)；HTML 图片写 alt=\"…\"。",
    severity="warning",
    check=check,
)
