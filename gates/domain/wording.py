"""One walk over a document's text for every configured wording list, shared by the TERM and AD rules.

terms.yml's wrong forms and ads.yml's promotional phrases and labels are fixed phrases looked for in the same
text parts (title, description, body). One automaton holds both lists and walks each part once (the walk is
most of what either family costs on a long policy page); each list is still judged on its own
(detect/phrases.py), so a term never hides an ad phrase or the reverse.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from gates.config import SiteConfig
from gates.detect.phrases import Phrase, PhraseHit, PhraseMatcher
from gates.detect.promo import PromoHit, PromoMatcher
from gates.domain.rule import Context, Memo
from gates.model.document import Document, TextPart


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
        memo.found = []
        for part in doc.text_parts():
            terms_hit, wording_hit = memo.matcher.find_each(part.text)
            memo.found.append(PartWording(part, terms_hit, memo.promo.judge(part.text, wording_hit)))
        memo.document = doc
    return memo.found


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
