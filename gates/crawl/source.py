"""Where the published site is read from: a built folder (`site/`) or a live URL. Both answer the same
question: what does the site serve at this path?

Paths are the site's own: `news/a/` for a page, `news/feed.xml` for a file, '' for the home page, always
percent-decoded and without a leading slash. The file a path lands on (`news/a/index.html`) is what the build
manifest names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol
from urllib.parse import quote, unquote, urljoin, urlsplit

if TYPE_CHECKING:
    # Imported where a live site is read: a folder's re-scan never loads the HTTP client (nor robotparser, which
    # brings in urllib.request, http.client and email: a sixth of a small folder re-scan's start-up).
    import urllib.robotparser

    from gates.crawl.net import Fetcher

MAX_FILE = 50_000_000  # a file larger than this is not read (and reported): the scan stays bounded in memory
MAX_REDIRECTS = 5
State = Literal["ok", "missing", "error"]
_NOTHING = ["User-agent: *", "Disallow: /"]
_SAFE = "/:@!$&'()*+,;=-._~"


@dataclass(frozen=True)
class Got:
    path: str  # the path asked for
    state: State
    file: str = ""  # the file it landed on (after a same-site redirect); '' when nothing was served
    body: bytes = b""
    html: bool = False
    reason: str = ""  # why not ok, in Chinese
    url: str = ""  # the URL it was read at: what its relative links resolve against


def file_of(path: str) -> str:
    """The file a site path names: a folder path means its index.html."""
    return path + "index.html" if path == "" or path.endswith("/") else path


def path_of(file: str) -> str:
    return file[: -len("index.html")] if file == "index.html" or file.endswith("/index.html") else file


class Source(Protocol):
    base: str  # the URL paths resolve against: the live site, or the site's public address for a folder

    def get(self, path: str) -> Got: ...

    def shown(self, file: str) -> str: ...

    def every_file(self) -> list[str] | None:
        """All files, when the source can list them (a folder); None for a live site (it is crawled)."""
        ...

    def robots(self) -> urllib.robotparser.RobotFileParser | None: ...


def _is_html(name: str) -> bool:
    return name.lower().endswith((".html", ".htm"))


def _every_file(root: str) -> set[str]:
    """Every file under root, as "a/b.html", as os.walk lists them (a symlink to a folder is not entered, a folder
    that cannot be read is passed over), with scandir directly: two thirds of os.walk's time, which builds lists
    of names per folder, and a built site has a folder per article. Strings, not Path objects, for the same
    reason."""
    found: set[str] = set()
    folders = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = os.scandir(folder)
        except OSError:
            continue
        with entries:
            for entry in entries:
                try:
                    is_folder = entry.is_dir()
                except OSError:
                    is_folder = False
                if not is_folder:
                    found.add(prefix + entry.name)
                    continue
                try:
                    linked = entry.is_symlink()
                except OSError:
                    linked = False
                if not linked:
                    folders.append((entry.path, prefix + entry.name + "/"))
    return found


class DirSource:
    """A built site on disk. Links are resolved as the web server would serve the folder."""

    def __init__(self, folder: Path, base: str, display: str) -> None:
        self.folder = folder.resolve()
        self._root = str(self.folder)
        self.base = base
        self.display = display.rstrip("/") or "."
        self._files: set[str] | None = None

    def _all(self) -> set[str]:
        if self._files is None:
            self._files = _every_file(self._root)
        return self._files

    def every_file(self) -> list[str]:
        return sorted(self._all())

    def exists(self, file: str) -> bool:
        return file in self._all()

    def landing(self, path: str) -> str | None:
        """The file the server would answer `path` with, or None (404)."""
        file = file_of(path)
        if self.exists(file):
            return file
        if not path.endswith("/") and self.exists(path + "/index.html"):
            return path + "/index.html"  # the server redirects news/a to news/a/
        return None

    def get(self, path: str) -> Got:
        file = self.landing(path)
        if file is None:
            return Got(path, "missing", reason="文件不存在", url=self.url(path))
        full = os.path.join(self._root, file)  # strings, not Path objects: this runs for every file of the site
        try:
            if os.stat(full).st_size > MAX_FILE:
                return Got(path, "error", file, reason=f"文件过大 (超过 {MAX_FILE // 1_000_000} MB)，未读取",
                           url=self.url(path_of(file)))
            with open(full, "rb") as handle:
                body = handle.read()
        except OSError as exc:
            return Got(path, "error", file, reason=f"无法读取 ({exc.strerror or exc.__class__.__name__})",
                       url=self.url(path_of(file)))
        return Got(path, "ok", file, body, _is_html(file), url=self.url(path_of(file)))

    def url(self, path: str) -> str:
        return self.base + quote(path, safe=_SAFE)

    def shown(self, file: str) -> str:
        return f"{self.display}/{file}"

    def robots(self) -> urllib.robotparser.RobotFileParser | None:
        return None  # a folder is read whole: robots.txt is about crawling a server


class HttpSource:
    """A live site. Only its own origin is ever fetched; a redirect elsewhere is reported, not followed."""

    def __init__(self, base: str, fetcher: Fetcher) -> None:
        parts = urlsplit(base)
        self.base = f"{parts.scheme}://{parts.netloc}/"
        self.fetcher = fetcher
        self._robots: urllib.robotparser.RobotFileParser | None = None
        self.robots_note = ""

    def url(self, path: str) -> str:
        return self.base + quote(path, safe=_SAFE)

    def shown(self, file: str) -> str:
        return self.url(path_of(file))

    def every_file(self) -> list[str] | None:
        return None

    def get(self, path: str) -> Got:
        from gates.crawl.net import Blocked, FetchError, redirect_target

        url = self.url(path)
        seen = [url]
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = self.fetcher.fetch(url, max_bytes=MAX_FILE)
            except (FetchError, Blocked) as exc:
                return Got(path, "error", reason=str(exc), url=url)
            target = redirect_target(response)
            if target is None:
                break
            nxt = urljoin(url, target)
            if urlsplit(nxt).scheme + "://" + urlsplit(nxt).netloc + "/" != self.base:
                return Got(path, "error", reason=f"重定向到站外地址 {nxt}，未跟随", url=seen[0])
            if nxt in seen:
                return Got(path, "error", reason="重定向循环 (" + " → ".join([*seen[-3:], nxt]) + ")", url=seen[0])
            seen.append(nxt)
            url = nxt
        else:
            return Got(path, "error", reason=f"重定向次数过多 (超过 {MAX_REDIRECTS} 次)", url=seen[0])
        if response.status in (404, 410):
            return Got(path, "missing", reason=f"页面不存在 (HTTP {response.status})", url=url)
        if response.status >= 400 or response.status < 200:
            return Got(path, "error", reason=f"服务器返回 HTTP {response.status}", url=url)
        final = unquote(urlsplit(url).path).lstrip("/")
        kind = response.header("content-type").lower()
        html = "html" in kind or (not kind and _is_html(file_of(final)))
        return Got(path, "ok", file_of(final), response.body, html, url=url)

    def robots(self) -> urllib.robotparser.RobotFileParser:
        if self._robots is None:
            self._robots = self._read_robots()
        return self._robots

    def _read_robots(self) -> urllib.robotparser.RobotFileParser:
        import urllib.robotparser

        from gates.crawl.net import Blocked, FetchError, redirect_target

        parser = urllib.robotparser.RobotFileParser(self.base + "robots.txt")
        try:
            response = self.fetcher.fetch(self.base + "robots.txt", max_bytes=500_000)
        except (FetchError, Blocked) as exc:
            # RFC 9309: an unreachable robots.txt means the whole site is off limits for now.
            parser.parse(_NOTHING)
            self.robots_note = f"robots.txt 无法读取 ({exc})，按规范未抓取任何页面"
            return parser
        if response.status in (401, 403) or response.status >= 500:
            parser.parse(_NOTHING)
            self.robots_note = f"robots.txt 返回 HTTP {response.status}，按规范未抓取任何页面"
        elif response.status >= 400 or redirect_target(response) is not None:
            parser.parse([])
        else:
            parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser
