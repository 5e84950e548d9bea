"""What a re-scan of the published site (3.8) found, as typed per-run state the LINK and PUB rules judge.

`gates rescan` fills one `RescanFacts` (ctx.state(RescanFacts)) while it reads the site; the rules turn it into
findings in `finish`. Keeping the facts apart from the judgement means the crawler never decides severity or
wording, and a rule can be read on its own like any content rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    missing: list[Place] = field(default_factory=list)  # in the manifest, absent from the site
    feeds: list[FeedIssue] = field(default_factory=list)  # configured feeds that cannot be read
