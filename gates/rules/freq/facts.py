"""What the freshness rules share: one fact per published page gathered in the engine's single pass, the table
computed from them once, and where in columns.yml a column is declared."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gates.domain.freshness import AccountFeeds, FreshnessRun, Table, evaluate
from gates.domain.rule import Context, Memo
from gates.model.dates import parse_date
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import PUBLIC

COLUMNS_FILE = "site_config/columns.yml"
HOME_PAGE = "content/index.md"


def collect(page: Page, ctx: Context) -> Iterator[Finding]:
    """Each site-level freshness rule's page check: note the page's fact once, whichever of them runs first.

    Only published 主动公开 pages are updates (a withdrawn page is not). A page's column is the one its front
    matter names, as the site lists it; FM005 reports a column that disagrees with the folder.
    """
    run = ctx.state(FreshnessRun)
    if run.last_path == page.path or not ctx.whole_site:
        return iter(())
    run.last_path = page.path
    if page.is_index or page.status != "published" or page.disclosure != PUBLIC:
        return iter(())
    column = page.meta.get("column")
    if not isinstance(column, str):
        column = page.folder_column
    channel = page.meta.get("channel")
    account = channel if isinstance(channel, str) and channel in ctx.config.columns else None
    run.facts.add(column, account, parse_date(page.meta.get("date")))
    return iter(())


def table(ctx: Context) -> Table | None:
    """The site's freshness at ctx.today, or None when the run did not cover the whole site."""
    if not ctx.whole_site:
        return None
    run = ctx.state(FreshnessRun)
    if run.table is None:
        columns = ctx.config.columns
        # The home page lists every column's newest items (gates/site home_markdown), so every column feeds it.
        run.table = evaluate(columns, run.facts, ctx.today, tuple(columns), ctx.state(AccountFeeds).latest,
                             ctx.config.pace)
    return run.table


def column_line(ctx: Context, column: str) -> int:
    """The line of columns.yml that declares `column` (1 when it cannot be told)."""
    lines = ctx.state(_ColumnLines)
    if lines.text is None:
        try:
            lines.text = (ctx.root / COLUMNS_FILE).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            lines.text = ""
    pattern = re.compile(rf"(?:^|[\s{{,]){_ID}\s*['\"]?{re.escape(column)}['\"]?\s*(?:[,}}#]|$)")
    for number, line in enumerate(lines.text.splitlines(), start=1):
        if pattern.search(line):
            return number
    return 1


_ID = "id:"


class _ColumnLines(Memo):
    def __init__(self) -> None:
        self.text: str | None = None


def home_path(ctx: Context) -> str:
    """Where a finding about the home page points: its page, or columns.yml when the site has none yet."""
    return HOME_PAGE if (ctx.root / HOME_PAGE).is_file() else COLUMNS_FILE


def column_label(ctx: Context, column: str) -> str:
    """How a finding names a column: 栏目「工作动态」, or 新媒体账号「微信公众号」 for an account."""
    declared = ctx.config.columns.get(column)
    if declared is None:
        return f"栏目 {column}"
    noun = "新媒体账号" if declared.kind == "newmedia" else "栏目"
    return f"{noun}「{declared.name}」"
