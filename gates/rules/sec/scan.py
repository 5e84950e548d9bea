"""One scan of a document's public text, shared by the SEC rules.

SEC001-SEC004 each ask about the same document in turn; the first one to ask scans every part a reader sees
(title, description and body of a Markdown page; the content region of a rendered one) once — one regex pass
for numbers, one Aho-Corasick pass for marks — and the others reuse the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.detect import MarkHit, NumberHit, find_marks, find_numbers
from gates.detect.reader import paragraph_start, readings
from gates.detect.reading import ReaderText
from gates.domain.rule import Context, Memo, Rule
from gates.model.document import BLOCKS, Document, TextPart
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
        _read(result, part, part.text, 0, depth=0, html=part.rendered)
    shown = getattr(doc, "shown_parts", None)  # a rendered page: its text without what may be hidden, too
    if callable(shown):
        for part in shown():
            _read(result, part, part.text, 0, depth=0, html=part.rendered)
    return result


_CONTEXT = 2000  # characters of the block before hidden content read with it
_TAGS = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)?[^<>]*(?:>|$)")
_MAX_DEPTH = 8  # hidden content inside hidden content: deep enough for any page, bounded for a hostile one


def _tag_in_context(tag: re.Match[str]) -> str:
    """A block's or a cell's tag stands as a cell's edge, so text before it never joins the hidden content
    (62751234</td><td>…); any other goes, so a label (合同编号：<span style=…>) stays next to what it names."""
    return "|" if (tag.group(1) or "").lower() in BLOCKS else ""


def _read(result: DocumentScan, part: TextPart, text: str, base: int, depth: int,
          styled: bool | None = None, from_: int = 0, br_hides: bool | None = None, html: bool = False) -> None:
    """The detectors over text (at offset base of the part) as a reader sees it: markup that renders as nothing
    (entities, comments, empty tags, emphasis, zero-width characters) cannot hide a mark or a number. Hits that
    start before from_ (context given with hidden content) are left to the reading that holds that text."""
    every = readings(text, False, styled, br_hides, html)
    seen = every[0]
    numbers: set[tuple[str, str, int]] = {(h.kind, h.digits, at.line) for h, at in result.numbers}
    marks: set[tuple[str, int]] = {(h.text, at.line) for h, at in result.marks}
    for reading in every:
        def at(offset: int, reading: ReaderText = reading) -> Located:
            return Located(part.where, part.line_of(base + reading.source_offset(offset)))

        for hit in find_numbers(reading.text):
            if reading.source_offset(hit.start) < from_:
                continue  # in the context read before hidden content: the reading of that text reports it
            where = at(hit.start)
            if (hit.kind, hit.digits, where.line) not in numbers:
                numbers.add((hit.kind, hit.digits, where.line))
                result.numbers.append((hit, where))
        for mark in find_marks(reading.text):
            if reading.source_offset(mark.start) < from_:
                continue
            where = at(mark.start)
            if (mark.text, where.line) not in marks:
                marks.add((mark.text, where.line))
                result.marks.append((mark, where))
    if depth < _MAX_DEPTH:
        for offset, content in seen.hidden:  # hidden from readers, yet in the published source: read on its own
            # ... after the text of its block before it (tags taken out, the hiding element's own among them), so a
            # label (合同编号：) or a table's heading row still names a number a thing's, and prose still surrounds
            # a level word (密级分为<span style=…>绝密</span>); what that context holds is the other readings' to
            # report. A style sheet of the page may hide elements inside it too.
            before = paragraph_start(text, offset, _CONTEXT)
            context = _TAGS.sub(_tag_in_context, text[before:offset])
            _read(result, part, context + content, base + offset - len(context), depth + 1, seen.styled or None,
                  from_=len(context), br_hides=seen.br_hides if seen.styled else None, html=html)


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
