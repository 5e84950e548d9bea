"""What a re-scan of the published site (3.8) found, as typed per-run state the LINK and PUB rules judge.

`gates rescan` fills one `RescanFacts` (ctx.state(RescanFacts)) while it reads the site; the rules turn it into
findings in `finish`. Keeping the facts apart from the judgement means the crawler never decides severity or
wording, and a rule can be read on its own like any content rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import quote

from gates.domain.rule import Rule
from gates.model.finding import Result


@dataclass(frozen=True)
class Place:
    """A file of the published site."""

    rel: str  # relative to the site's root, as the build wrote it: news/a/index.html
    shown: str  # what a person opens: the page's URL, or its path in the built folder


@dataclass(frozen=True)
class LinkIssue:
    page: Place  # the page holding the link
    line: int  # its line in the page's HTML
    href: str  # the link as written
    reason: str  # why it does not work, in Chinese


@dataclass(frozen=True)
class Differing:
    place: Place
    expected: str  # sha256 hex the build manifest recorded
    found: str  # sha256 hex of what the site serves
    source: str | None  # the approved Markdown page it came from, when the manifest names one


@dataclass(frozen=True)
class FeedIssue:
    owner: str  # who configured it: 栏目 工作动态 / 稿源 新华网
    url: str
    reason: str


@dataclass
class RescanFacts:
    broken_links: list[LinkIssue] = field(default_factory=list)  # same-site targets that do not resolve
    broken_anchors: list[LinkIssue] = field(default_factory=list)  # #fragment missing on its page
    broken_external: list[LinkIssue] = field(default_factory=list)  # other hosts: unreachable, refused, 4xx/5xx
    undated: list[tuple[Place, int]] = field(default_factory=list)  # article pages without a PubDate, with line
    differing: list[Differing] = field(default_factory=list)  # not the bytes the gated build wrote
    unapproved: list[Place] = field(default_factory=list)  # on the site, in no manifest entry
    missing: list[tuple[Place, str]] = field(default_factory=list)  # in the manifest, not served: with why
    feeds: list[FeedIssue] = field(default_factory=list)  # configured feeds that cannot be read


@dataclass
class Scan:
    """One re-scan's result, and what a report says about how it was made."""

    result: Result
    rules: list[Rule]
    target: str
    live: bool
    public_base: str  # where the site's pages are opened, for links in a report
    folder: str  # a built folder's prefix in finding paths ('site/'), '' for a live site
    manifest: str = ""  # the manifest used (path and commit), '' when none
    pages: int = 0
    files: int = 0
    external_links: int = 0
    external_cached: int = 0
    unchecked: int = 0
    notes: list[str] = field(default_factory=list)
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    seconds: float = 0.0
    today: dt.date = field(default_factory=dt.date.today)

    def href(self, path: str) -> str | None:
        """Where a person opens the page a finding names: its URL, or a built file's public address."""
        if path.startswith(("http://", "https://")):
            return path
        if self.folder and self.public_base and path.startswith(self.folder):
            rel = path[len(self.folder):]
            if rel == "index.html" or rel.endswith("/index.html"):
                rel = rel[: -len("index.html")]
            return self.public_base + quote(rel, safe="/:@!$&'()*+,;=-._~")
        return None
