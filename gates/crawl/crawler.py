"""Walk the published site from what is known to be published (every file of a built folder; for a live
site the home page, the sitemap and the manifest's files), then follow its links within its own host.

Every same-site file reached is hashed (for PUB) and every link judged: a same-site link against what the
site serves, a #fragment against the ids of its page, a link to another host only collected, for the external
checker. Each HTML page is given to the caller's `analyse` (the content rules) as it is read, and only what that
returns is kept, so a large site never sits in memory; what stays is one hash per file, the ids of the pages
links point into, and the links still waiting for their target.

Reading a file (`read`: hash, links, the caller's analysis) needs nothing from the rest of the site, so it is
done by worker processes (gates.crawl.pool): a built folder's files in chunks, a live site's pages one by one as
the fetching threads of this process bring them in. The walk's own bookkeeping (`_merge`: what waits for what,
what is broken) stays in this process and takes a folder's files in the folder's order either way.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from gates.crawl.html import Link, PageFacts, page_ids, read_page
from gates.crawl.source import Got, HttpSource, Source, file_of, path_of
from gates.domain.rescan import LinkIssue, Place

if TYPE_CHECKING:
    from concurrent.futures import Future

MAX_PER_TARGET = 10  # occurrences of one broken target listed; the rest are counted
_POOL_MIN = 200  # files in a folder below which starting worker processes costs more than it saves
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "about:", "sms:", "blob:")
_LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")


@dataclass(frozen=True)
class Page:
    """An HTML page of the site, as read."""

    place: Place
    text: str
    facts: PageFacts


T = TypeVar("T")
# What the caller does with each HTML page (the content rules): it runs where the page is read, possibly in a
# worker process, and only its result travels back.
Analyse = Callable[[Page], T]

# A page's link as judged without knowing the rest of the site; the walk settles it in page order:
# ("anchor", line, href, reason)     a #fragment missing on its own page
# ("bad", line, href)                an address urllib refuses
# ("ext", line, href, url)           another host's URL, for the external checker
# ("same", line, href, path, frag)   this site's path and fragment
Resolved = tuple[Any, ...]


@dataclass(frozen=True)
class Read:
    """One fetched file, read: what the walk needs from it. Made anywhere, merged in order by the walk."""

    got: Got  # without its body once read
    digest: str = ""
    ids: frozenset[str] | None = None  # None: not looked for (a folder's page; found when a link needs them)
    links: tuple[Resolved, ...] = ()
    sitemap: tuple[str, ...] = ()  # same-site paths a sitemap.xml lists
    result: Any = None  # what Analyse returned for an HTML page


@dataclass(frozen=True)
class _Wait:
    page: Place
    line: int
    href: str
    fragment: str


@dataclass
class Outcome:
    """What the walk found besides the pages it handed out."""

    hashes: dict[str, str] = field(default_factory=dict)  # file -> sha256 of what the site serves
    places: dict[str, Place] = field(default_factory=dict)  # file -> where a person opens it
    failed: dict[str, tuple[Place, str]] = field(default_factory=dict)  # path asked for -> (place, reason)
    broken_links: list[LinkIssue] = field(default_factory=list)
    broken_anchors: list[LinkIssue] = field(default_factory=list)
    external: dict[str, list[tuple[Place, int, str]]] = field(default_factory=dict)  # url -> where linked
    external_more: dict[str, int] = field(default_factory=dict)  # occurrences beyond the listed ones
    pages: int = 0
    files: int = 0
    unchecked: int = 0  # same-site links whose target was not fetched (page limit, robots.txt)
    notes: list[str] = field(default_factory=list)


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        # Older district sites still serve GB2312/GBK pages without saying so.
        return body.decode("gb18030", "replace")


class Crawler(Generic[T]):
    def __init__(self, source: Source, site_hosts: set[str], analyse: Analyse[T], max_pages: int = 20_000,
                 workers: int = 4, seeds: tuple[str, ...] = (), ignore: Callable[[str], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None, jobs: int = 1) -> None:
        self.source = source
        base = urlsplit(source.base)
        self.origin = (base.scheme, base.netloc.lower())
        self.site_hosts = {h.lower() for h in site_hosts} | {base.netloc.lower()}
        self.max_pages = max_pages
        self.workers = workers
        self.seeds = seeds
        self.ignore = ignore or (lambda _url: False)
        self.progress = progress
        self.analyse = analyse
        self._live = isinstance(source, HttpSource)
        self.jobs = jobs  # processes reading a built folder's pages (1: this one)
        self.out = Outcome()
        self._state: dict[str, tuple[str, str]] = {}  # path -> (state, file or reason)
        self._ids: dict[str, frozenset[str] | None] = {}  # HTML file -> its ids (None: not found yet)
        self._waiting: dict[str, list[_Wait]] = defaultdict(list)  # path -> links waiting for it
        self._broken_count: dict[tuple[str, str], int] = defaultdict(int)  # (kind, target) -> occurrences
        self._queued: set[str] = set()
        self._landed: set[str] = set()  # a folder's paths that land on a file, not read yet when linked
        self._kinds: dict[tuple[str, ...], tuple[str, ...] | None] = {}  # memo of _kind, see _memo_key
        self._queue: deque[str] = deque()
        self._fetched = 0

    # ---- the walk -----------------------------------------------------------------------------------

    def pages(self) -> Iterator[tuple[Place, T]]:
        """Each HTML page's place and what `analyse` made of it, in a fixed order for a folder."""
        listing = self.source.every_file()
        if listing is not None:
            for file in listing:
                self._enqueue(file)
        for seed in ("", *self.seeds):
            self._enqueue(seed)
        if listing is None:
            yield from self._walk_parallel()
        else:
            if self.jobs > 1 and len(listing) >= _POOL_MIN:
                yield from self._read_in_processes(listing)
            while self._queue:
                path = self._queue.popleft()
                if self._state.get(path, ("",))[0] == "ok":
                    continue  # a folder path of a page already read (news/a/ for news/a/index.html)
                yield from self._take(self.source.get(path))
        self._finish()

    def _read_in_processes(self, listing: Sequence[str]) -> Iterator[tuple[Place, T]]:
        """Every file of the listing read by a pool of worker processes, merged here in the listing's order:
        the same findings, in the same order, as one process reading them one after another."""
        from gates.crawl import pool

        remaining = set(listing)
        self._queue = deque(p for p in self._queue if p not in remaining)
        for read in pool.read_all(self, listing):
            yield from self._merge(read)

    def _walk_parallel(self) -> Iterator[tuple[Place, T]]:
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        from gates.crawl.net import USER_AGENT

        robots = self.source.robots()
        note = getattr(self.source, "robots_note", "")
        if note:
            self.out.notes.append(note)
        skipped = 0
        # Pages are read (hashed, their links and ids found, the content rules run) by worker processes when
        # there are CPUs for them, forked now, before any thread of this process starts; fetching stays here.
        readers = None
        if self.jobs > 1:
            from gates.crawl import pool as processes

            readers = processes.Readers(self, self.jobs)
        # Bodies fetched and waiting to be read count against the same bound as fetches under way.
        limit = self.workers * 2 + (self.jobs * 2 if readers is not None else 0)
        reading: dict[Future[Read], str] = {}  # a file being read -> its future
        landed: dict[str, list[Got]] = {}  # a file being read -> other paths' fetches that landed on it
        stopped = True
        try:
            with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="gates-crawl") as pool:
                running: set[Future[Got]] = set()
                while self._queue or running or reading:
                    while self._queue and len(running) + len(reading) < limit:
                        path = self._queue.popleft()
                        if self._fetched >= self.max_pages:
                            self._state[path] = ("skipped", "")
                            continue
                        if robots is not None and not robots.can_fetch(USER_AGENT, self.source.base + path):
                            self._state[path] = ("skipped", "")
                            skipped += 1
                            continue
                        self._fetched += 1
                        running.add(pool.submit(self.source.get, path))
                    if not running and not reading:
                        continue
                    waiting: list[Future[Any]] = [*running, *reading]
                    done, _ = wait(waiting, return_when=FIRST_COMPLETED)
                    for future in done:
                        if future in reading:
                            file = reading.pop(future)
                            yield from self._merge(future.result())
                            for later in landed.pop(file, ()):
                                yield from self._take(later)  # now a file already read
                            continue
                        running.discard(future)
                        got = future.result()
                        if readers is None or got.state != "ok" or not got.html or got.file in self.out.hashes:
                            yield from self._take(got)
                        elif got.file in landed:
                            landed[got.file].append(got)  # read once, whichever path reached it first
                        else:
                            landed[got.file] = []
                            reading[readers.submit(got)] = got.file
            stopped = False
        finally:
            if readers is not None:
                readers.close(stop=stopped)
        if skipped:
            self.out.notes.append(f"robots.txt 不允许抓取的地址 {skipped} 个，未检查")
        if self._fetched >= self.max_pages and any(state == "skipped" for state, _ in self._state.values()):
            self.out.notes.append(f"已达页面上限 {self.max_pages}，其余地址未抓取 (用 --max-pages 调整)")

    def _take(self, got: Got) -> Iterator[tuple[Place, T]]:
        if got.state == "ok" and got.file in self.out.hashes:
            self._state[got.path] = ("ok", got.file)
            self._settle(got.path)
            return  # reached again by another path (news/a and news/a/)
        yield from self._merge(self.read(got))

    def get(self, file: str) -> Got:
        return self.source.get(file)

    def read(self, got: Got) -> Read:
        """Everything about one file that does not depend on the rest of the site: safe in a worker process."""
        if got.state != "ok":
            return Read(got)
        digest = hashlib.sha256(got.body).hexdigest()
        bare = Got(got.path, got.state, got.file, b"", got.html, got.reason, got.url)
        if not got.html:
            locs = self._sitemap(got.body) if got.file.endswith("sitemap.xml") else ()
            return Read(bare, digest, sitemap=locs)
        text = decode(got.body)
        facts = read_page(text)
        place = Place(got.file, self.source.shown(got.file))
        base = page_base(got.url)
        links = self._resolve_all(got.url, base, facts)
        result = self.analyse(Page(place, text, facts))
        # A folder's page can be read again when a link's #fragment needs its ids; a live one is read once.
        ids = facts.ids if self._live else facts.ids_if_found()
        return Read(bare, digest, ids, links, result=result)

    def _merge(self, read: Read) -> Iterator[tuple[Place, T]]:
        got = read.got
        if got.state != "ok":
            self._state[got.path] = (got.state, got.reason)
            place = Place(file_of(got.path), self.source.shown(file_of(got.path)))
            self.out.failed[got.path] = (place, got.reason)
            self._settle(got.path)
            return
        self._state[got.path] = ("ok", got.file)
        self._state[path_of(got.file)] = ("ok", got.file)
        place = Place(got.file, self.source.shown(got.file))
        self.out.hashes[got.file] = read.digest
        self.out.places[got.file] = place
        self.out.files += 1
        if not got.html:
            for path in read.sitemap:
                self._enqueue(path)
            self._settle(got.path)
            return
        self.out.pages += 1
        self._ids[got.file] = read.ids
        self._settle(got.path)
        self._settle(path_of(got.file))
        for resolved in read.links:
            self._link(place, resolved)
        if self.progress is not None:
            self.progress(self.out.pages, self.out.files)
        yield place, read.result

    def _sitemap(self, body: bytes) -> tuple[str, ...]:
        found = (self._same_site(loc) for loc in _LOC.findall(decode(body)))
        return tuple(path[0] for path in found if path is not None)

    # ---- links --------------------------------------------------------------------------------------

    def _same_site(self, url: str) -> tuple[str, str] | None:
        """(path, fragment) when the absolute URL is this site's; None for another host."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        host = parts.netloc.lower()
        if host not in self.site_hosts and (parts.hostname or "") not in self.site_hosts:
            return None
        return unquote(parts.path).lstrip("/"), unquote(parts.fragment)

    def _resolve_all(self, page_url: str, base: tuple[str, list[str]], facts: PageFacts) -> tuple[Resolved, ...]:
        """What each link of a page is (_resolve), each distinct href worked out once: a page repeats its
        navigation links (the home page, the columns, the emblem) in the header, the tabs and the footer."""
        out: list[Resolved] = []
        kinds: dict[str, tuple[str, ...] | None] = {}
        for link in facts.links:
            href = link.href
            if href.startswith("#"):
                anchor = self._resolve(page_url, base, link, facts)
                if anchor is not None:
                    out.append(anchor)
                continue
            kind = kinds.get(href, _UNKNOWN)
            if kind is _UNKNOWN:
                kind = kinds[href] = self._kind_memo(page_url, base, href)
            if kind is not None:
                out.append((kind[0], link.line, href, *kind[1:]))
        return tuple(out)

    def _resolve(self, page_url: str, base: tuple[str, list[str]], link: Link, facts: PageFacts) -> Resolved | None:
        """What a link is, from its page alone (None: nothing to check)."""
        href = link.href
        if href.startswith("#"):
            if href[1:] and not _has_place(href[1:], facts.ids):
                return ("anchor", link.line, href, f"本页没有 id 为 {unquote(href[1:])!r} 的位置")
            return None
        kind = self._kind_memo(page_url, base, href)
        return None if kind is None else (kind[0], link.line, href, *kind[1:])

    def _kind_memo(self, page_url: str, base: tuple[str, list[str]], href: str) -> tuple[str, ...] | None:
        # The same navigation, asset and footer links sit on every page: what a link is depends only on the
        # href for an absolute one, and on the folder it climbs to for one that starts with "../".
        key = _memo_key(base, href)
        if key is None:
            return self._kind(page_url, base, href)
        kind = self._kinds.get(key, _UNKNOWN)
        if kind is _UNKNOWN:
            kind = self._kind(page_url, base, href)
            if len(self._kinds) < _MEMO_MAX:
                self._kinds[key] = kind
        return kind

    def _kind(self, page_url: str, base: tuple[str, list[str]], href: str) -> tuple[str, ...] | None:
        if href.lower().startswith(_SKIP_SCHEMES) or href.startswith("{"):
            return None
        fast = relative_link(base, href)
        if fast is not None:
            absolute, (path, fragment) = fast
            return None if self.ignore(absolute) else ("same", path, fragment)
        try:
            absolute = _join(page_url, href)
            parts = urlsplit(absolute)
            same = self._same_site(absolute)
        except ValueError:
            # urllib refuses some addresses outright (an unclosed [host], a port that is not a number): such
            # a link leads nowhere, and one of them must not stop the re-check of every other page.
            return ("bad",)
        if parts.scheme not in ("http", "https") or self.ignore(absolute):
            return None
        if same is None:
            return ("ext", urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, "")))
        return ("same", *same)

    def _link(self, page: Place, resolved: Resolved) -> None:
        kind, line, href = resolved[0], resolved[1], resolved[2]
        if kind == "anchor":
            self._anchor(page, Link(line, href), resolved[3])
            return
        if kind == "bad":
            self._broken(self.out.broken_links, "link", href, LinkIssue(page, line, href, "链接地址格式错误"))
            return
        if kind == "ext":
            self._external(resolved[3], page, Link(line, href))
            return
        path, fragment = resolved[3], resolved[4]
        state = self._state.get(path)
        if not fragment and (state[0] == "ok" if state is not None else path in self._landed):
            return  # the common case, a link to a page known to be there: nothing to wait for or judge
        wait_ = _Wait(page, line, href, fragment)
        landing = getattr(self.source, "landing", None)
        if landing is not None and path not in self._state:
            # A folder answers at once whether the target exists: only links with a #fragment need to wait
            # for their page to be read, and they wait under the page's own path.
            file = landing(path)
            if file is None:
                self._state[path] = ("missing", "文件不存在")
            elif not fragment:
                self._landed.add(path)  # a folder's files do not change while it is read
                return
            else:
                path = path_of(file)
        state = self._state.get(path)
        if state is None:
            self._waiting[path].append(wait_)
            self._enqueue(path)
        elif state[0] != "skipped":
            self._judge(path, wait_)
        else:
            self.out.unchecked += 1

    def _enqueue(self, path: str) -> None:
        if path not in self._queued:
            self._queued.add(path)
            self._queue.append(path)

    def _settle(self, path: str) -> None:
        for w in self._waiting.pop(path, ()):
            self._judge(path, w)

    def _judge(self, path: str, w: _Wait) -> None:
        state, what = self._state[path]
        if state in ("missing", "error"):
            self._broken(self.out.broken_links, "link", path, LinkIssue(w.page, w.line, w.href, what))
        elif state == "ok" and w.fragment:
            if what not in self._ids:
                return  # not an HTML page: no ids to look for
            ids = self._ids[what]
            if ids is None:
                ids = self._ids[what] = self._ids_of(what)
            if not _has_place(w.href.rsplit("#", 1)[-1], ids):
                self._anchor(w.page, Link(w.line, w.href), f"目标页面没有 id 为 {w.fragment!r} 的位置", path)

    def _ids_of(self, file: str) -> frozenset[str]:
        """The ids of a folder's page that was read without looking for them."""
        got = self.source.get(file)
        return page_ids(decode(got.body)) if got.state == "ok" else frozenset()

    def _anchor(self, page: Place, link: Link, reason: str, target: str = "") -> None:
        self._broken(self.out.broken_anchors, "anchor", target + "#" + link.href,
                     LinkIssue(page, link.line, link.href, reason))

    def _broken(self, into: list[LinkIssue], kind: str, target: str, issue: LinkIssue) -> None:
        key = (kind, sys.intern(target))
        self._broken_count[key] += 1
        if self._broken_count[key] <= MAX_PER_TARGET:
            into.append(issue)

    def _external(self, url: str, page: Place, link: Link) -> None:
        where = self.out.external.setdefault(url, [])
        if len(where) < MAX_PER_TARGET:
            where.append((page, link.line, link.href))
        else:
            self.out.external_more[url] = self.out.external_more.get(url, 0) + 1

    def _finish(self) -> None:
        # Links whose target was never fetched (limit, robots.txt) are not judged: unknown is not broken.
        self.out.unchecked += sum(len(w) for w in self._waiting.values())
        self._waiting.clear()
        for (_kind, target), count in self._broken_count.items():
            if count > MAX_PER_TARGET:
                self.out.notes.append(f"另有 {count - MAX_PER_TARGET} 处链接指向同一失效地址 {target.lstrip('#')}，未逐一列出")


def _join(page_url: str, href: str) -> str:
    # The same navigation links sit on every page of a folder: resolve each once per folder.
    if href.startswith("?"):
        return urljoin(page_url, href)
    return _join_in(page_url.rsplit("/", 1)[0] + "/", href)


@functools.lru_cache(maxsize=65536)
def _join_in(folder_url: str, href: str) -> str:
    return urljoin(folder_url, href)


# A relative reference with a path and nothing urllib would read differently: no scheme, query, params,
# backslash, space or control character (urlsplit strips or removes those). Group 1 the path, 2 the fragment.
_RELATIVE = re.compile(r"([^\x00-\x20\x7f:?#;\\]+)(?:#([^\x00-\x20\x7f]*))?")


_UNKNOWN = ("?",)
_MEMO_MAX = 200_000  # links remembered; a site with more distinct ones just resolves the rest each time


def _memo_key(base: tuple[str, list[str]], href: str) -> tuple[str, ...] | None:
    """A key under which every page that holds this href gets the same _kind; None when there is none.

    An absolute http(s) URL means the same from any page. A path that starts with k "../" resolves (urljoin's
    dot segments) from the page's folder less its last k segments: pages whose folders agree on those share it,
    provided the folder has no empty segment (urljoin would drop it, so popping would not count the same).
    """
    if href.startswith(("http://", "https://")):
        return ("abs", base[0], href)
    if not href.startswith("../"):
        return None
    folder = base[1]
    k = 1
    while href.startswith("../", 3 * k):
        k += 1
    if not all(folder[1:]):
        return None
    return ("up", base[0], "/".join(folder[:max(len(folder) - k, 0)]), str(k), href[3 * k:])


def page_base(page_url: str) -> tuple[str, list[str]]:
    """What relative links of a page resolve against: its origin and the segments of its folder."""
    parts = urlsplit(page_url)
    folder = parts.path.split("/")
    del folder[-1]  # the file name (or '' of a folder URL) is not part of the base
    return f"{parts.scheme}://{parts.netloc}", folder


def relative_link(base: tuple[str, list[str]], href: str) -> tuple[str, tuple[str, str]] | None:
    """A relative path link's absolute URL and its (path, fragment) on the page's own host, as urljoin and
    urlsplit would give them; None for any other link (the general path handles it).

    Most links of a built site are relative paths: they are resolved without parsing the page's URL again for
    each of them, and stay on the page's host by construction.
    """
    relative = _RELATIVE.fullmatch(href)
    if relative is None or href.startswith("//"):
        return None
    resolved = _resolve(base[1], relative.group(1))
    fragment = relative.group(2) or ""
    absolute = base[0] + resolved + ("#" + fragment if fragment else "")
    return absolute, (unquote(resolved).lstrip("/"), unquote(fragment))


def _resolve(folder: list[str], path: str) -> str:
    """urljoin's path resolution (RFC 3986 dot segments, and its dropping of empty segments), on a folder."""
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = folder + path.split("/")
        segments[1:-1] = filter(None, segments[1:-1])
    resolved: list[str] = []
    for seg in segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg != ".":
            resolved.append(seg)
    if segments[-1] in (".", ".."):
        resolved.append("")
    joined = "/".join(resolved) or "/"
    return joined if joined[:1] == "/" else "/" + joined


def _has_place(fragment: str, ids: frozenset[str]) -> bool:
    """Whether a browser finds the place: it tries the fragment as written, percent-decoded and encoded."""
    decoded = unquote(fragment)
    return fragment in ids or decoded in ids or quote(decoded, safe="") in ids


def is_live(source: Source) -> bool:
    return isinstance(source, HttpSource)
