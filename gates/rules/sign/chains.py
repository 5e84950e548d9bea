"""What the SIGN rules share: the approval index (provided by the run) and each page's evaluated chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from gates.domain.approvals import Approval, Chain, Index, evaluate
from gates.domain.rule import Context, Gathered, Memo
from gates.domain.signoff import ChainError, PageHashes, Slot, required_chain
from gates.model.links import attachment_digests
from gates.model.page import Page


@dataclass
class NeededHistory(Gathered):
    """Pages that needed history while it was unavailable; SIGN006 reports them once, at the end of the run."""

    paths: list[str] = field(default_factory=list)

    def merge(self, later: NeededHistory) -> None:
        self.paths.extend(later.paths)


def needs_history(page: Page) -> bool:
    """Published pages and pages carrying a signers block can only be judged against history."""
    if not page.readable or page.is_index:
        return False
    return page.status == "published" or "signers" in page.meta


def usable_index(page: Page, ctx: Context) -> Index | None:
    """The index, or None (noting the page for SIGN006) when history cannot be read."""
    idx = ctx.approvals()
    if idx.unavailable:
        ctx.state(NeededHistory).paths.append(page.path)
        return None
    return idx


@dataclass(frozen=True)
class PageChain:
    slots: list[Slot]
    chain: Chain
    all_approvals: list[Approval]


@dataclass
class _ChainMemo(Memo):
    """The chain of the page the engine is on: several SIGN rules ask about the same page in a run."""

    page: Page | None = None
    result: PageChain | ChainError | None = None


def page_chain(page: Page, ctx: Context) -> PageChain | ChainError | None:
    """The page's chain for its current content; a ChainError when front matter names no chain; None when
    history is unavailable (SIGN006 reports that once)."""
    idx = usable_index(page, ctx)
    if idx is None:
        return None
    # The memo holds the page object itself, so a different page at the same path is never served a stale
    # answer; and only one page, as the engine runs, so memory stays flat on a 50,000-page site.
    memo = ctx.state(_ChainMemo)
    if memo.page is page and memo.result is not None:
        return memo.result
    memo.page, memo.result = page, _evaluate(page, ctx, idx)
    return memo.result


def _evaluate(page: Page, ctx: Context, idx: Index) -> PageChain | ChainError:
    try:
        slots = required_chain(page.meta, ctx.config)
    except ChainError as exc:
        return exc
    hashes = PageHashes.of(page.meta, page.body, attachment_digests(ctx.root, page.path, page.body))
    found = idx.approvals.get(page.path, [])
    chain = evaluate(page.path, str(page.meta["unit"]), hashes, slots, found, withdrawing=page.status == "withdrawn")
    return PageChain(chain.slots, chain, found)


def is_published_article(page: Page) -> bool:
    return page.readable and not page.is_index and page.status == "published"


def is_withdrawn_publication(page: Page, ctx: Context) -> bool:
    """A withdrawn page that was published: its withdrawal is a decision the chain must make."""
    if not page.readable or page.is_index or page.status != "withdrawn":
        return False
    idx = ctx.approvals()
    return not idx.unavailable and any(a.valid and a.trailers.decided == "published"
                                       for a in idx.approvals.get(page.path, []))
