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
        _read(result, part, part.text, 0, depth=0)
    shown = getattr(doc, "shown_parts", None)  # a rendered page: its text without what may be hidden, too
    if callable(shown):
        for part in shown():
            _read(result, part, part.text, 0, depth=0)
    return result


_MAX_DEPTH = 8  # hidden content inside hidden content: deep enough for any page, bounded for a hostile one


def _read(result: DocumentScan, part: TextPart, text: str, base: int, depth: int,
          styled: bool | None = None) -> None:
    """The detectors over text (at offset base of the part) as a reader sees it: markup that renders as nothing
    (entities, comments, empty tags, emphasis, zero-width characters) cannot hide a mark or a number."""
    seen = reader_text(text, styled=styled)
    readings = [seen]
    if seen.dropped:  # content left out as possibly hidden: read it kept in place too
        readings.append(reader_text(text, drop=False, styled=seen.styled))
    numbers: set[tuple[str, str, int]] = {(h.kind, h.digits, at.line) for h, at in result.numbers}
    marks: set[tuple[str, int]] = {(h.text, at.line) for h, at in result.marks}
    for reading in readings:
        def at(offset: int, reading: ReaderText = reading) -> Located:
            return Located(part.where, part.line_of(base + reading.source_offset(offset)))

        for hit in find_numbers(reading.text):
            where = at(hit.start)
            if (hit.kind, hit.digits, where.line) not in numbers:
                numbers.add((hit.kind, hit.digits, where.line))
                result.numbers.append((hit, where))
        for mark in find_marks(reading.text):
            where = at(mark.start)
            if (mark.text, where.line) not in marks:
                marks.add((mark.text, where.line))
                result.marks.append((mark, where))
    if depth < _MAX_DEPTH:
        for offset, content in seen.hidden:  # hidden from readers, yet in the published source: read on its own
            # (a style sheet of the page may hide elements inside it too)
            _read(result, part, content, base + offset, depth + 1, seen.styled or None)


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
