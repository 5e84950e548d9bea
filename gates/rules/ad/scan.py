"""One look at a document's links and wording, shared by the AD rules.

Links come from each text part a reader sees (Markdown links, images, reference definitions, raw HTML
`<a href>`/`<img src>`, bare URLs). A rendered HTML document's text view holds no markup, so a document
may also offer its links itself: any object with a `links()` method returning (url, line) pairs, or
(url, line, kind) triples, is read that way too (the rescan's HTML documents, for `<a href>` and `<img src>`
inside the content region).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from gates.config import AdConfig, SiteConfig
from gates.detect.hosts import HostSet, link_host
from gates.detect.links import LinkKind, find_links
from gates.detect.promo import PromoHit
from gates.domain import wording
from gates.domain.rule import Context, Memo
from gates.model.document import Document

# Government hosts are trusted without configuration: *.gov.cn, and the .政务 top-level domain.
GOVERNMENT = ("gov.cn", "xn--zfr164b")
Verdict = Literal["internal", "trusted", "ad", "external"]
_KIND_WORDS: dict[str, str] = {"link": "链接", "image": "图片", "embed": "嵌入内容"}


@dataclass(frozen=True)
class LinkAt:
    where: str  # 标题 / 摘要 / 正文
    line: int
    url: str
    kind: LinkKind
    host: str


@dataclass(frozen=True)
class PromoAt:
    where: str
    line: int
    hit: PromoHit


@dataclass
class DocumentScan:
    links: list[LinkAt] = field(default_factory=list)
    promo: list[PromoAt] = field(default_factory=list)


class Judge:
    """The run's host lists and wording matcher, built once from the config."""

    def __init__(self, config: SiteConfig) -> None:
        ads: AdConfig = config.ads
        self.ad_hosts: HostSet[str] = HostSet((h.domain, h.kind) for h in ads.hosts)
        self.host_words = ads.host_words
        own = config.site.get("site_domain", "")
        self.internal: HostSet[bool] = HostSet([(own, True)] if own else [])
        trusted = [*GOVERNMENT, *ads.trusted, *(d for s in config.sources for d in s.domains)]
        self.trusted: HostSet[bool] = HostSet((d, True) for d in trusted)

    def verdict(self, host: str) -> tuple[Verdict, str]:
        """What a link's host is, and for an ad host what kind of site (广告联盟, 网络博彩 …)."""
        if self.internal.covers(host):
            return "internal", ""
        kind = self.ad_hosts.match(host)
        if kind is not None:
            return "ad", kind
        if self.trusted.covers(host):
            return "trusted", ""
        labels = host.split(".")
        if any(word in label for word in self.host_words for label in labels):
            return "ad", "网络博彩"
        return "external", ""


@dataclass
class _Memo(Memo):
    config: SiteConfig | None = None
    judge: Judge | None = None
    document: Document | None = None
    scan: DocumentScan = field(default_factory=DocumentScan)


def judge(ctx: Context) -> Judge:
    memo = ctx.state(_Memo)
    if memo.judge is None or memo.config is not ctx.config:
        memo.judge, memo.config = Judge(ctx.config), ctx.config
    return memo.judge


def scan(doc: Document, ctx: Context) -> DocumentScan:
    """The links and promotional wording of the document the engine is on, found once for all AD rules."""
    memo = ctx.state(_Memo)
    if memo.document is not doc:
        memo.scan = _scan(doc, ctx)
        memo.document = doc
    return memo.scan


def kind_word(kind: LinkKind) -> str:
    return _KIND_WORDS[kind]


def _scan(doc: Document, ctx: Context) -> DocumentScan:
    result = DocumentScan()
    seen: set[tuple[str, int]] = set()
    for wording_of in wording.scan(doc, ctx):
        part = wording_of.part
        for link in find_links(part.text):
            line = part.line_of(link.start)
            host = link_host(link.url)
            if host is not None and (link.url, line) not in seen:
                seen.add((link.url, line))
                result.links.append(LinkAt(part.where, line, link.url, link.kind, host))
        result.promo.extend(PromoAt(part.where, part.line_of(h.start), h) for h in wording_of.promo)
    for url, line, kind in _offered_links(doc):
        host = link_host(url)
        if host is not None and (url, line) not in seen:
            seen.add((url, line))
            result.links.append(LinkAt("正文", line, url, kind, host))
    return result


def _offered_links(doc: Document) -> Iterable[tuple[str, int, LinkKind]]:
    offer = getattr(doc, "links", None)
    if not callable(offer):
        return
    for item in offer():
        url, line = str(item[0]), int(item[1])
        kind: LinkKind = "link"
        if len(item) > 2 and item[2] in ("image", "embed"):
            kind = item[2]
        yield url, line, kind
