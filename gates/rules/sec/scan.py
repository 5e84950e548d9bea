"""One scan of a document's public text, shared by the SEC rules.

SEC001-SEC004 each ask about the same document in turn; the first one to ask scans every part a reader sees
(title, description and body of a Markdown page; the content region of a rendered one) once — one regex pass
for numbers, one Aho-Corasick pass for marks — and the others reuse the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.detect import MarkHit, NumberHit, find_marks, find_numbers
from gates.detect.reader import ReaderText, reader_text
from gates.domain.rule import Context, Memo, Rule
from gates.model.document import Document, TextPart
from gates.model.finding import Finding


@dataclass(frozen=True)
class Located:
    where: str  # 标题 / 摘要 / 正文
    line: int


@dataclass
class DocumentScan:
    numbers: list[tuple[NumberHit, Located]] = field(default_factory=list)
    marks: list[tuple[MarkHit, Located]] = field(default_factory=list)


@dataclass
class _LastScan(Memo):
    """The scan of the document the engine is on; the engine checks one document at a time, rule after rule."""

    document: Document | None = None
    scan: DocumentScan = field(default_factory=DocumentScan)


def scan(doc: Document, ctx: Context) -> DocumentScan:
    memo = ctx.state(_LastScan)
    if memo.document is not doc:
        memo.scan = _scan(doc)
        memo.document = doc
    return memo.scan


def _scan(doc: Document) -> DocumentScan:
    result = DocumentScan()
    for part in doc.text_parts():
        # What a reader sees: markup that renders as nothing (entities, comments, empty tags, emphasis,
        # zero-width characters) cannot hide a mark or a number from the rules.
        seen = reader_text(part.text)

        def at(offset: int, part: TextPart = part, seen: ReaderText = seen) -> Located:
            return Located(part.where, part.line_of(seen.source_offset(offset)))

        result.numbers.extend((hit, at(hit.start)) for hit in find_numbers(seen.text))
        result.marks.extend((hit, at(hit.start)) for hit in find_marks(seen.text))
        for offset, content in seen.hidden:  # hidden from readers, yet in the published source: read on its own
            inner = reader_text(content)

            def within(at_: int, inner: ReaderText = inner, offset: int = offset, part: TextPart = part) -> Located:
                return Located(part.where, part.line_of(offset + inner.source_offset(at_)))

            result.numbers.extend((hit, within(hit.start)) for hit in find_numbers(inner.text))
            result.marks.extend((hit, within(hit.start)) for hit in find_marks(inner.text))
    return result


def span_text(hit: NumberHit) -> str:
    """Which digits to replace, in the words a clerk uses."""
    return f"第{hit.mask_from}至{hit.mask_to}位"


def number_findings(rule: Rule, doc: Document, ctx: Context, kind: str, noun: str,
                    if_public: str) -> Iterator[Finding]:
    """Findings for the numbers of one kind, naming only the masked form (findings travel into CI logs)."""
    for hit, at in scan(doc, ctx).numbers:
        if hit.kind == kind:
            message = (f"{at.where}中有{noun} (第 {at.line} 行，打码后为 {hit.masked})：请将{span_text(hit)}替换为 *；"
                       f"如是{if_public}，在 accept 中写明理由")
            yield rule.at(doc, at.line, message, excerpt=hit.raw.strip())
