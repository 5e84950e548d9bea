"""One scan of a page's public text, shared by the SEC rules.

SEC001-SEC004 each ask about the same page in turn; the first one to ask scans title, description and
body once (one regex pass for numbers, one Aho-Corasick pass for marks) and the others reuse the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.detect import MarkHit, NumberHit, find_marks, find_numbers
from gates.model import Finding, Page
from gates.rule import Context, Rule

# Front matter text that is rendered for readers (title, meta description), then the body.
_META_FIELDS = (("title", "标题"), ("description", "摘要"))


@dataclass(frozen=True)
class Located:
    where: str  # 标题 / 摘要 / 正文
    line: int


@dataclass
class PageScan:
    numbers: list[tuple[NumberHit, Located]] = field(default_factory=list)
    marks: list[tuple[MarkHit, Located]] = field(default_factory=list)


class _LastPage:
    """The scan of the page the engine is on; the engine checks one page at a time, rule after rule."""

    def __init__(self) -> None:
        self.page: Page | None = None
        self.scan = PageScan()


def scan(page: Page, ctx: Context) -> PageScan:
    memo: _LastPage = ctx.shared("sec.last_page_scan", _LastPage)
    if memo.page is not page:
        memo.scan = _scan(page)
        memo.page = page
    return memo.scan


def _scan(page: Page) -> PageScan:
    result = PageScan()
    for key, label in _META_FIELDS:
        value = page.meta.get(key)
        if isinstance(value, str) and value:
            where = Located(label, page.key_line(key))
            result.numbers.extend((hit, where) for hit in find_numbers(value))
            result.marks.extend((hit, where) for hit in find_marks(value))
    body = page.body
    if body:
        result.numbers.extend((hit, Located("正文", page.body_line_of(hit.start))) for hit in find_numbers(body))
        result.marks.extend((hit, Located("正文", page.body_line_of(hit.start))) for hit in find_marks(body))
    return result


def span_text(hit: NumberHit) -> str:
    """Which digits to replace, in the words a clerk uses."""
    return f"第{hit.mask_from}至{hit.mask_to}位"


def number_findings(rule: Rule, page: Page, ctx: Context, kind: str, noun: str, if_public: str) -> Iterator[Finding]:
    """Findings for the numbers of one kind, naming only the masked form (findings travel into CI logs)."""
    for hit, at in scan(page, ctx).numbers:
        if hit.kind == kind:
            message = (f"{at.where}中有{noun} (第 {at.line} 行，打码后为 {hit.masked})：请将{span_text(hit)}替换为 *；"
                       f"如是{if_public}，在 accept 中写明理由")
            yield rule.at(page, at.line, message, excerpt=hit.raw.strip())
