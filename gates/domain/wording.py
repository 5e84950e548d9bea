"""One walk over a document's text for every configured wording list, shared by the TERM and AD rules.

terms.yml's wrong forms and ads.yml's promotional phrases and labels are fixed phrases looked for in the same
text parts (title, description, body). One automaton holds both lists and walks each part once (the walk is
most of what either family costs on a long policy page); each list is still judged on its own
(detect/phrases.py), so a term never hides an ad phrase or the reverse. Where markup changes what a reader sees
(a zero-width character or emphasis inside a phrase), the reader's view is walked as well (detect/reader.py).
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from gates.config import SiteConfig
from gates.detect.phrases import Phrase, PhraseHit, PhraseMatcher
from gates.detect.promo import PromoHit, PromoMatcher
from gates.detect.reader import more_readings, reader_text
from gates.detect.reading import ReaderText
from gates.detect.softbreaks import line_joins
from gates.domain.rule import Context, Memo
from gates.model.document import EDGE, Document, TextPart


@dataclass(frozen=True)
class PartWording:
    part: TextPart
    terms: list[PhraseHit]  # indexes into config.terms
    promo: list[PromoHit]


@dataclass
class _Memo(Memo):
    config: SiteConfig | None = None
    matcher: PhraseMatcher | None = None
    promo: PromoMatcher | None = None
    document: Document | None = None
    found: list[PartWording] = field(default_factory=list)


def scan(doc: Document, ctx: Context) -> list[PartWording]:
    """The wording hits of each text part of doc; computed once per document, whichever rule asks first."""
    memo = ctx.state(_Memo)
    if memo.matcher is None or memo.promo is None or memo.config is not ctx.config:
        ads = ctx.config.ads
        with _no_collection():
            memo.promo = PromoMatcher([Phrase(p.text, p.allow) for p in ads.phrases], ads.labels)
            # A right form that contains the wrong form (街道办 → 街道办事处) is itself an allowed context.
            terms = [Phrase(t.wrong, (*t.allow, t.right)) for t in ctx.config.terms]
            memo.matcher = PhraseMatcher(terms, memo.promo.wording)
        memo.config, memo.document = ctx.config, None
    if memo.document is not doc:
        parts = list(doc.text_parts())
        found = [_part_wording(part, memo.matcher, memo.promo) for part in parts]
        texts = {(part.where, part.text) for part in parts}
        left_out = getattr(doc, "left_out", None)
        spans: list[tuple[int, int]] = left_out() if callable(left_out) else []
        for part in _region_sources(doc):
            read = _changed_blocks(part, texts) if part.rendered else part
            if read is None:
                continue  # nothing left out inside a block: no phrase can be joined across it
            more = _only_new(_part_wording(read, memo.matcher, memo.promo, as_written=False), found)
            found.append(_joined_only(more, texts, part.text, (getattr(doc, "text", ""), spans))
                         if part.rendered else more)
        memo.found = found
        memo.document = doc
    return memo.found


def _region_sources(doc: Document) -> Iterator[TextPart]:
    """What a rendered page offers beyond its text view (SEC reads them too): its text without what elements that
    may be hidden hold (台湾<span hidden>x</span>总统 shows 台湾总统), and its content region as HTML where the
    text view cannot be read whole (a style sheet in it may hide any element, a <br> among them: 扫码<br>领取 then
    shows as 扫码领取), read as a Markdown page's raw HTML is read, so the re-scan judges what `gates check` does."""
    shown = getattr(doc, "shown_parts", None)
    if callable(shown):
        yield from shown()


def _only_new(source: PartWording, found: list[PartWording]) -> PartWording:
    """The hits of a region's source for phrases its text view has not found at all. (Not per line: the text view
    places a hit on the line where its text node starts, the source on its own line, so one phrase would stand
    twice. A phrase found either way is one finding whichever lines it lists.)"""
    where = source.part.where
    terms = {h.index for f in found if f.part.where == where for h in f.terms}
    promo = {h.text for f in found if f.part.where == where for h in f.promo}
    return PartWording(source.part, [h for h in source.terms if h.index not in terms],
                       [h for h in source.promo if h.text not in promo])


def _changed_blocks(shown: TextPart, texts: set[tuple[str, str]]) -> TextPart | None:
    """The blocks of a rendered page's text without what may be hidden that differ from every block of the whole
    text (where something was left out inside a block), as a part of their own with the lines of the shown text;
    None when there are none. Only there can leaving content out join a phrase; a listing page's classed items,
    left out whole, change no block that stays."""
    known = {block for where, text in texts if where == shown.where for block in text.split(EDGE)}
    pieces: list[str] = []
    at: list[int] = []  # where each piece starts in the shown text
    pos = 0
    for block in shown.text.split(EDGE):
        if block.strip() and block not in known:
            pieces.append(block)
            at.append(pos)
        pos += len(block) + len(EDGE)
    if not pieces:
        return None
    starts = list(itertools.accumulate((len(p) + len(EDGE) for p in pieces[:-1]), initial=0))

    def line_of(offset: int) -> int:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return shown.line_of(at[i] + offset - starts[i])

    return TextPart(shown.where, EDGE.join(pieces), line_of, rendered=True)


def _joined_only(shown: PartWording, texts: set[tuple[str, str]], shown_text: str,
                 body: tuple[str, list[tuple[int, int]]]) -> PartWording:
    """The hits of a rendered page's text without what may be hidden that only leaving it out makes: a phrase
    split by filler (台湾<span hidden>x</span>总统) stands there more often than in the whole text outside what was
    left out (body: the page's text and the spans of it left out). One that stands as often there (街道办 of 街道办事处, with 事处 in a
    classed span) is the whole text's to judge, as `gates check` judges it with the content kept."""
    whole = [text for where, text in texts if where == shown.part.where]
    text = shown.part.text  # the changed blocks (_changed_blocks); counted in the whole shown text (shown_text)
    body_text, left_out = body

    def kept(t: str, phrase: str) -> int:
        count, at = 0, t.find(phrase)
        while at != -1:
            end = at + len(phrase)
            count += not any(a < end and at < b for a, b in left_out)
            at = t.find(phrase, at + 1)
        return count

    def made(start: int, end: int) -> bool:
        phrase = text[start:end]
        return shown_text.count(phrase) > sum(kept(t, phrase) if t is body_text and left_out else t.count(phrase)
                                              for t in whole)

    return PartWording(shown.part, [h for h in shown.terms if made(h.start, h.end)],
                       [h for h in shown.promo if made(h.start, h.end)])


def _part_wording(part: TextPart, matcher: PhraseMatcher, promo: PromoMatcher, as_written: bool = True) -> PartWording:
    """The hits of one text part, offsets the source's, each place once. Where markup changes what a reader sees
    (扫\u200b码领取, 台湾**政府**, an entity), the reader's views decide wherever they show the text; the text as
    written still counts where no view shows it (a tag's attributes, a comment), since that is published too.
    Where a line break may not show as one (a soft line break, a <br> the style sheet hides: more_readings), a
    phrase joined across it counts as well. Without as_written, only what the reader's views show counts (a
    rendered page's region source: its text view already holds what the page shows, and no comment)."""
    text = part.text
    terms_hit, wording_hit = matcher.find_each(text)
    promo_hit = promo.judge(text, wording_hit)
    seen = reader_text(text, words=True)
    views = [seen]
    certain_views: list[ReaderText] = []  # views whose every hit counts: what the reader certainly sees
    if seen.dropped:  # content left out as possibly hidden (a styled or classed span): read it kept in place too
        views.append(reader_text(text, drop=False, words=True))
        # ... and with only what is certainly hidden left out (`hidden`, display:none): that is shown for sure, so
        # 台湾与中国<span hidden>大陆</span>同胞 shows the wrong form whatever the view with 大陆 in place says
        certain = reader_text(text, drop="certain", words=True)
        if certain.dropped:
            certain_views.append(certain)
    more = more_readings(text, views, words=True, html=part.rendered)
    if seen.text is text:
        if not more:
            return PartWording(part, terms_hit, promo_hit)
        views = []  # the text as written is what the reader sees: its hits stand
    elif not as_written:
        terms_hit, promo_hit = [], []
    else:
        # Markup inside a right form must not leave its wrong part standing (**习近平**新时代…).
        shown = views[-1].shows
        terms_hit = [h for h in terms_hit if not shown(h.start)]
        promo_hit = [h for h in promo_hit if not shown(h.start)]
    terms_at = {(h.start, h.index) for h in terms_hit}
    promo_at = {(h.start, h.text) for h in promo_hit}

    def add(shown: str, place: Callable[[int, int], tuple[int, int] | None]) -> list[tuple[int, int]]:
        """The hits in a reading's text, placed in the source (place: None where they do not count), each place
        once; returns the terms' new (start, index)."""
        added = []
        seen_terms, seen_wording = matcher.find_each(shown)
        for h in seen_terms:
            span = place(h.start, h.end)
            if span is not None and (span[0], h.index) not in terms_at:
                terms_at.add((span[0], h.index))
                terms_hit.append(PhraseHit(*span, h.index))
                added.append((span[0], h.index))
        for p in promo.judge(shown, seen_wording):
            span = place(p.start, p.end)
            if span is not None and (span[0], p.text) not in promo_at:
                promo_at.add((span[0], p.text))
                promo_hit.append(replace(p, start=span[0], end=span[1]))
        return added

    joined_terms: set[tuple[int, int]] = set()  # found only where a line break or hidden content was joined across
    for reading in (*views, *certain_views, *more):
        joined_only = not views or (reading is not views[-1] and reading not in certain_views)
        added = add(reading.text, functools.partial(_placed, reading, text, joined_only=joined_only))
        if joined_only:
            joined_terms.update(added)
    if more and terms_hit:
        terms_hit = _not_wrapped(terms_hit, joined_terms, views or [seen], text, matcher, part.rendered)
    for offset, content in seen.hidden:
        # What is read on its own (a tooltip, an alt text, hidden content): as a reader sees it where its own
        # markup matters (扫&#30721;领取 in a title shows 扫码领取); as written it was walked with the text.
        alone = reader_text(content, words=True)
        if alone.text is not content:
            add(alone.text, functools.partial(_shifted, alone.source_offset, offset))
    terms_hit.sort(key=lambda h: h.start)
    promo_hit.sort(key=lambda h: h.start)
    return PartWording(part, terms_hit, promo_hit)


def _not_wrapped(hits: list[PhraseHit], joined: set[tuple[int, int]], views: list[ReaderText], text: str,
                 matcher: PhraseMatcher, rendered: bool) -> list[PhraseHit]:
    """hits without the wrong forms that a soft line break completes into a right form or an allowed context:
    各镇人民政府、街道办⏎事处 shows 街道办事处, so the 街道办 at the end of the first line is not one. Each hit is
    judged in the views that show it (never in one that leaves part of it out, 台湾<span class=x>总统</span>): it goes
    only where every one of them, its soft breaks joined, shows it completed. A hit found only across a break stays."""
    judged: list[tuple[set[tuple[int, int]], ReaderText | None, set[tuple[int, int]]]] = []
    for view in views:
        at = view.source_offset
        found = {(at(h.start), h.index) for h in matcher.find_each(view.text)[0]}
        soft = line_joins(view, text, words=True, html=rendered)
        on_soft = set() if soft is None else \
            {(soft.source_offset(h.start), h.index) for h in matcher.find_each(soft.text)[0]}
        judged.append((found, soft, on_soft))

    def completed(hit: PhraseHit) -> bool:
        key = (hit.start, hit.index)
        showing = [(soft, on_soft) for found, soft, on_soft in judged if key in found]
        return bool(showing) and all(soft is not None and soft.shows(hit.start) and key not in on_soft
                                     for soft, on_soft in showing)

    return [h for h in hits if (h.start, h.index) in joined or not completed(h)]


def _shifted(at: Callable[[int], int], offset: int, start: int, end: int) -> tuple[int, int]:
    """A hit's span in the source, for text read on its own from offset (at: its reading's map back)."""
    return offset + at(start), offset + at(end - 1) + 1


def _placed(reading: ReaderText, text: str, start: int, end: int, joined_only: bool) -> tuple[int, int] | None:
    """A hit's span in the source. With possibly hidden content left out (joined_only), a phrase counts only
    where it is joined across what was left out (扫<span style=…>x</span>码领取) or across a line break read as
    a space; elsewhere the reading with that content kept in place decides, so a right form whose first words
    are styled is not cut short."""
    at = reading.source_offset
    first, last = at(start), at(end - 1)
    if joined_only and last - first == end - 1 - start and "\n" not in text[first:last]:
        return None
    return first, max(first + 1, last + 1)


@contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while the matcher is built. A 10,000-term list makes some 50,000 small tuples and
    dicts, all kept for the run; each 700 of them start a collection, and every hundredth of those goes over
    the whole heap (in a long run, every page parsed so far). Measured: half of the build's 40 ms in
    benchmarks/bench_terms.py. Nothing is skipped, only deferred: the collector runs as usual afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
