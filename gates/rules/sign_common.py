"""What the SIGN rules share: the approval index (built once per run) and each page's evaluated chain."""

from __future__ import annotations

from dataclasses import dataclass

from gates.gitrecord import approvals
from gates.model import Page
from gates.rule import Context
from gates.rules._common import is_article
from gates.signoff import ChainError, Slot, content_hash, required_chain

INDEX_KEY = "signoff.index"
NEEDED_KEY = "signoff.needed"  # pages that needed history when it was unavailable


def index(ctx: Context) -> approvals.Index:
    built: approvals.Index = ctx.shared(INDEX_KEY, lambda: approvals.build(ctx.root))
    return built


def needs_history(page: Page) -> bool:
    """Published pages and pages carrying a signers block can only be judged against history."""
    if not page.readable or not is_article(page):
        return False
    return page.status == "published" or "signers" in page.meta


def usable_index(page: Page, ctx: Context) -> approvals.Index | None:
    """The index, or None (noting the page for SIGN006) when history cannot be read."""
    idx = index(ctx)
    if idx.unavailable:
        needed: list[str] = ctx.shared(NEEDED_KEY, list)
        needed.append(page.path)
        return None
    return idx


@dataclass(frozen=True)
class PageChain:
    slots: list[Slot]
    chain: approvals.Chain
    all_approvals: list[approvals.Approval]


def page_chain(page: Page, ctx: Context) -> PageChain | ChainError | None:
    """The page's chain for its current content; a ChainError when front matter names no chain; None when
    history is unavailable (SIGN006 reports that once)."""
    idx = usable_index(page, ctx)
    if idx is None:
        return None
    # Several SIGN rules ask about the same page in a run: evaluate it once (the memo holds the page object
    # itself, so a different page at the same path is never served a stale answer).
    memo: dict[str, tuple[Page, PageChain | ChainError]] = ctx.shared("signoff.chains", dict)
    cached = memo.get(page.path)
    if cached is not None and cached[0] is page:
        return cached[1]

    def build() -> PageChain | ChainError:
        try:
            slots = required_chain(page.meta, ctx.config)
        except ChainError as exc:
            return exc
        digest = content_hash(page.meta, page.body)
        found = idx.approvals.get(page.path, [])
        return PageChain(slots, approvals.evaluate(page.path, str(page.meta["unit"]), digest, slots, found), found)

    result = build()
    memo.clear()  # one page at a time, as the engine runs: memory stays flat on a 50,000-page site
    memo[page.path] = (page, result)
    return result


def is_published_article(page: Page) -> bool:
    return page.readable and is_article(page) and page.status == "published"
