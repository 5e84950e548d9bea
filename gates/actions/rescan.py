"""`gates rescan`: the re-check of what is already published (附件3 第八条).

Reads the site (a built folder or a live URL), runs the content rules on each page's rendered content region,
judges links, dates and integrity against the gated build's manifest, checks links to other hosts and the
feeds configured in site_config/, and returns one Result that every reporter can print.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from gates import engine, rules
from gates.config import SiteConfig
from gates.crawl.content import content_document
from gates.crawl.crawler import Crawler, Outcome, Page
from gates.crawl.html import line_of_meta
from gates.crawl.manifest import Manifest, ManifestError, read_manifest
from gates.crawl.pool import available_cpus
from gates.crawl.source import DirSource, HttpSource, Source, path_of
from gates.domain.rescan import Differing, FeedIssue, LinkIssue, Place, RescanFacts, Scan
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding, Result
from gates.model.frontmatter import read_page

if TYPE_CHECKING:
    from gates.crawl.net import Fetcher

MANIFEST_NAME = "gates-manifest.json"
# Beyond a few processes the walk's own merging, in this process, is what a folder re-scan waits for.
MAX_JOBS = 4
# progress(stage, done, total): stage is "pages" (total unknown while crawling), "links" or "feeds".
Progress = Callable[[str, int, int | None], None]


class RescanError(Exception):
    """The re-scan cannot start (bad target, unreadable manifest); str() is one Chinese line."""


@dataclass(frozen=True)
class Options:
    target: str  # a built site folder, or an http(s) URL
    manifest: Path | None = None
    today: dt.date | None = None
    external: bool = True  # check links to other hosts and the configured feeds (the network)
    max_pages: int = 50_000
    workers: int = 4  # concurrent page fetches from a live site
    link_workers: int = 16
    per_host: int = 2
    interval: float = 0.0  # seconds between two requests to one host
    timeout: float = 10.0
    max_wait: float = 30.0  # the longest Retry-After honoured
    cache: Path | None = None  # where links that worked are remembered
    cache_days: float = 1.0
    ignore: tuple[str, ...] = ()  # regular expressions of URLs not to check
    # Processes reading the pages: a folder's by this one and jobs - 1 workers, a live site's (as this one fetches
    # them) by jobs workers; 0: one per CPU, at most MAX_JOBS.
    jobs: int = 0


# The families holding a rule a re-scan runs: the content rules that read rendered HTML (AD, SEC, TERM) and the
# re-scan's own (LINK, PUB, SRC). Importing these alone saves the others' start-up; tests/cli/test_rescan_cli.py
# checks the list against the whole registry.
RESCAN_FAMILIES = ("src", "ad", "sec", "term", "link", "pub")


def rescan_rule_sets() -> tuple[list[Rule], list[Rule]]:
    """The content rules run on every page's rendered region, and the rules that judge the scan, in the
    registry's order."""
    chosen = rules.family_rules(RESCAN_FAMILIES)
    return ([r for r in chosen if r.stage == "content" and "html" in r.targets],
            [r for r in chosen if r.stage == "rescan"])


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def rescan(root: Path, config: SiteConfig, options: Options, progress: Progress | None = None) -> Scan:
    started = time.monotonic()
    today = options.today or dt.date.today()
    ignore = _patterns(options.ignore)
    # A folder re-scanned without the network never loads the HTTP client.
    fetcher = _fetcher(options) if is_url(options.target) or options.external else None
    source, fetcher, public_base = _source(config, options, fetcher)
    manifest, manifest_note = _manifest(root, options)
    content_rules, rescan_rules = rescan_rule_sets()
    catalogue = {r.code: r for r in [*content_rules, *rescan_rules]}
    # The findings' own rules are all an accept is judged by (engine.apply_accepts); no rule of a re-scan asks
    # about other rules (FM012 does, in `gates check`), so the other families are never imported.
    ctx = rules.context(root, config, today, catalogue=catalogue)
    facts = ctx.state(RescanFacts)
    seeds = tuple(sorted({path_of(f) for f in manifest.files})) if manifest and is_url(options.target) else ()
    domain = str(config.site.get("site_domain") or "")

    def analyse(page: Page) -> tuple[list[Finding], int | None]:
        # Runs where the page is read: in a worker process for a large folder (gates.crawl.pool).
        return _content(page, content_rules, catalogue, ctx, root, manifest), _undated(page)

    jobs = options.jobs or min(available_cpus(), MAX_JOBS)
    crawler = Crawler(source, {domain} if domain else set(), analyse, options.max_pages, options.workers, seeds,
                      ignore=lambda url: any(p.search(url) for p in ignore),
                      progress=(lambda pages, files: progress("pages", pages, None)) if progress else None,
                      jobs=jobs)
    result = Result()
    for place, (findings, undated) in crawler.pages():
        result.files += 1
        result.findings.extend(findings)
        if undated is not None:
            facts.undated.append((place, undated))
    out = crawler.out
    if progress is not None:
        progress("pages", out.pages, out.pages)
    facts.broken_links.extend(out.broken_links)
    facts.broken_anchors.extend(out.broken_anchors)
    if manifest is not None:
        _integrity(manifest, source, out, facts)
    live = is_url(options.target)
    scan = Scan(result, [*content_rules, *rescan_rules], options.target, live, public_base,
                "" if live else source.shown(""), manifest_note, out.pages, out.files, unchecked=out.unchecked,
                notes=list(out.notes), today=today)
    if manifest is not None and not manifest.verified:
        scan.notes.append("构建清单来自预览构建 (verify: false)，其中的页面未经审签核验；正式复查请用门禁构建 (gates build) 的清单")
    if manifest is None:
        scan.notes.append(f"未提供构建清单 (--manifest {MANIFEST_NAME})，未核对页面是否与审定稿一致 (PUB)")
    if options.external:
        assert fetcher is not None
        _external(out, fetcher, options, facts, scan, progress)
        _feeds(config, fetcher, facts, progress)
        # Reprints compared with their originals in the sources' feeds (SRC006-SRC008, as `gates sources verify`);
        # a feed that cannot be read is LINK005's here, so it is not reported twice.
        from gates.actions import sources as reprints  # the feeds' parser: only when the network is used

        reprints.collect(ctx, report_troubles=False)
    else:
        scan.notes.append("未检查外部链接和订阅源 (--no-external)")
    for rule in rescan_rules:
        if rule.finish is not None:
            result.findings.extend(rule.finish(ctx))
    scan.seconds = time.monotonic() - started
    return scan


# ---- where the site is ------------------------------------------------------------------------------------


def _fetcher(options: Options) -> Fetcher:
    from gates.crawl.net import Fetcher, Policy, Throttle

    return Fetcher(Policy(), Throttle(options.per_host, options.interval), options.timeout, max_wait=options.max_wait)


def _source(config: SiteConfig, options: Options, fetcher: Fetcher | None) -> tuple[Source, Fetcher | None, str]:
    domain = str(config.site.get("site_domain") or "")
    public = f"https://{domain}/" if domain else ""
    if is_url(options.target):
        from gates.crawl.net import Fetcher, Policy

        assert fetcher is not None
        parts = urlsplit(options.target)
        if not parts.hostname:
            raise RescanError(f"网址 {options.target} 无效")
        try:
            own = frozenset(fetcher.policy.resolver(parts.hostname, parts.port or 80))
        except (OSError, UnicodeError) as exc:
            raise RescanError(f"无法解析网站地址 {parts.hostname} ({exc.__class__.__name__})") from None
        # The scan's own target may be on a private or loopback address (a staging server, 127.0.0.1 in tests):
        # it was named by the operator, not by a page.
        fetcher = Fetcher(Policy(own), fetcher.throttle, fetcher.timeout, fetcher.retries, fetcher.max_wait)
        # The site's own host takes --workers requests at once (4 by default, fewer than a browser's 6
        # connections), every other host --per-host; a 429 pauses either for its Retry-After.
        fetcher.throttle.limits[parts.netloc.lower()] = options.workers
        source = HttpSource(options.target, fetcher)
        return source, fetcher, source.base
    folder = Path(options.target)
    if not folder.is_dir():
        raise RescanError(f"{options.target} 不是目录也不是 http(s) 网址 (应为构建好的 site/ 目录或网站地址)")
    return DirSource(folder, public or "https://site.invalid/", options.target), fetcher, public


def _manifest(root: Path, options: Options) -> tuple[Manifest | None, str]:
    path = options.manifest
    if path is None and not is_url(options.target):
        # The build writes its manifest next to mkdocs.yml; it describes that build's site/ only.
        default = root / MANIFEST_NAME
        if default.is_file() and Path(options.target).resolve() == (root / "site").resolve():
            path = default
    if path is None:
        return None, ""
    try:
        manifest = read_manifest(path)
    except ManifestError as exc:
        raise RescanError(str(exc)) from None
    note = f"{path} (提交 {manifest.commit[:10] or '未知'}"
    return manifest, note + ("，预览构建：未核验审签)" if not manifest.verified else ")")


def _patterns(texts: Sequence[str]) -> list[re.Pattern[str]]:
    out = []
    for text in texts:
        try:
            out.append(re.compile(text))
        except re.error as exc:
            raise RescanError(f"--ignore-url {text!r} 不是有效的正则表达式 ({exc})") from None
    return out


# ---- each page ------------------------------------------------------------------------------------------


def _content(page: Page, chosen: Sequence[Rule], catalogue: dict[str, Rule], ctx: Context, root: Path,
             manifest: Manifest | None) -> list[Finding]:
    doc = content_document(page.place.shown, page.text)
    findings: list[Finding] = []
    for rule in chosen:
        if rule.check_text is None:
            continue
        try:
            findings.extend(rule.check_text(doc, ctx))
        except Exception as exc:  # one odd page must not cost the officer the rest of the scan
            findings.append(rule.on(page.place.shown, 1, f"无法按规则 {rule.code} 检查此页 ({exc.__class__.__name__})"))
    if findings:
        source = _source_page(page.place.rel, root, manifest)
        if source is not None:
            # What an editor accepted on purpose in the approved page (a public hotline) stays accepted.
            findings = engine.apply_accepts(read_page(root, source), findings, catalogue)
    return findings


def _source_page(file: str, root: Path, manifest: Manifest | None) -> str | None:
    if manifest is not None:
        entry = manifest.files.get(file)
        return entry.source if entry is not None and entry.source and (root / entry.source).is_file() else None
    if not file.endswith("/index.html"):
        return None
    guess = f"content/{file[: -len('/index.html')]}.md"
    return guess if (root / guess).is_file() else None


def _undated(page: Page) -> int | None:
    """The line where an article page's missing publication date belongs; None when it has one."""
    meta = page.facts.meta
    if "ArticleTitle" in meta and not meta.get("PubDate", "").strip():
        return line_of_meta(page.text, "PubDate")
    return None


# ---- integrity against the manifest -----------------------------------------------------------------------


def _integrity(manifest: Manifest, source: Source, out: Outcome, facts: RescanFacts) -> None:
    for file, digest in sorted(out.hashes.items()):
        entry = manifest.files.get(file)
        place = out.places[file]
        if entry is None:
            facts.unapproved.append(place)
        elif entry.sha256 != digest:
            facts.differing.append(Differing(place, entry.sha256, digest, entry.source))
    failed = {place.rel: (place, why) for place, why in out.failed.values()}
    for file in sorted(manifest.files):
        if file in out.hashes:
            continue
        if file in failed:
            facts.missing.append((failed[file][0], failed[file][1]))
        elif source.every_file() is not None:
            facts.missing.append((Place(file, source.shown(file)), "文件不存在"))


# ---- other hosts ------------------------------------------------------------------------------------------


def _external(out: Outcome, fetcher: Fetcher, options: Options, facts: RescanFacts, scan: Scan,
              progress: Progress | None) -> None:
    from gates.crawl import external  # the link checker: only when the network is used

    cache = external.LinkCache.load(options.cache, external.window_days(options.cache_days))
    verdicts = external.check_all(out.external, fetcher, cache, options.link_workers,
                                  (lambda done, total: progress("links", done, total)) if progress else None)
    scan.external_links = len(verdicts)
    scan.external_cached = sum(1 for v in verdicts.values() if v.cached)
    for url, verdict in sorted(verdicts.items()):
        if verdict.ok:
            continue
        for place, line, href in out.external[url]:
            facts.broken_external.append(LinkIssue(place, line, href, verdict.reason))
        more = out.external_more.get(url, 0)
        if more:
            scan.notes.append(f"另有 {more} 处链接指向同一失效外部地址 {url}，未逐一列出")


def _feeds(config: SiteConfig, fetcher: Fetcher, facts: RescanFacts, progress: Progress | None) -> None:
    from gates.crawl import external

    feeds = [(f"栏目 {c.name}", c.feed) for c in config.columns.values() if c.feed]
    feeds += [(f"稿源 {s.name}", s.feed) for s in config.sources if s.feed]
    for i, (owner, url) in enumerate(feeds, 1):
        assert url is not None
        verdict = external.check_feed(url, fetcher)
        if not verdict.ok:
            facts.feeds.append(FeedIssue(owner, url, verdict.reason))
        if progress is not None:
            progress("feeds", i, len(feeds))
