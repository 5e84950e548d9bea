"""Reusing the previous build's pages: publishing one page re-renders what it changes, not the whole site.

Every build (incremental or not) records, for each page it renders, a key of everything that page's HTML is
made of: the site-wide fingerprint (mkdocs.yml, site_config/, the gates code and templates, the versions of
MkDocs, Material, Markdown, Jinja and the segmenter, the nav, the template globals) and the page's own inputs
(its final Markdown, meta, URL, neighbours, breadcrumbs and head tags). It also records what the render looked
up outside those inputs: every file MkDocs resolved a link against (with its URL and inclusion then) and
every link target the dead-link pass judged. An incremental build (`gates build --incremental`) moves the
previous site/ aside before MkDocs cleans it, and for a page whose key, lookups and link targets all match,
skips the Markdown, the template and the search segmentation: it writes the previous output (whose sha256
must be the recorded one) and puts the page's previous search entries back in order.

It fails closed: anything not proven the same (another key, a lookup that answers differently, a missing or
altered previous file, a plugin or Markdown extension it does not know, a warning in the recording build,
`!ENV` or `INHERIT` in mkdocs.yml, a custom anchor-validation level) means the page, or the whole site, is
rendered again. Listings, home, 公开目录, 网站地图, feeds, sitemap.xml, the search index and the manifest are
always written whole; the gated build's verification runs on every page whatever is reused.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from gates.model.files import write_atomic

VERSION = 1
ENVIRONMENT = "GATES_BUILD_REUSE"  # "1": reuse the previous build's pages (set by `gates build --incremental`)
TEMPLATE = "gates-reuse.html"  # a page reused renders this instead of main.html: its output is replaced anyway
PREVIOUS = "previous-site"  # beside the index: the last build's site/, moved aside before MkDocs cleans it
# What the reuse is proven safe with: plugins and Markdown extensions that read nothing but the page.
KNOWN_PLUGINS = {"search", "material/search", "gates"}
KNOWN_EXTENSIONS = {"tables", "attr_list", "toc", "admonition", "abbr", "def_list", "footnotes", "md_in_html",
                    "sane_lists", "smarty", "fenced_code", "nl2br", "meta", "legacy_attrs", "legacy_em"}
_DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "markdown", "jinja2", "markupsafe", "pymdown-extensions",
                  "jieba", "rjieba", "backrefs", "properdocs")
_CODE = Path(__file__).resolve().parents[1]

log = logging.getLogger("mkdocs.plugins.gates")


def digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _tree_digest(folder: Path, suffixes: tuple[str, ...] | None = None) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if suffixes is None or path.suffix in suffixes:
            if "__pycache__" in path.parts:
                continue
            h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def site_fingerprint(config: MkDocsConfig, root: Path, extra: Any) -> str | None:
    """Everything every page is made of; None when the configuration is one the reuse is not proven for."""
    source = Path(config.config_file_path).read_bytes()
    if b"!ENV" in source or b"INHERIT" in source or b"!relative" in source:
        return None  # values from outside the file
    if not set(config.plugins) <= KNOWN_PLUGINS:
        return None
    if any(name not in KNOWN_EXTENSIONS and not name.startswith("mkdocs.") and "." not in name
           for name in _extension_names(config)) or any(
            "." in name and not name.startswith(("markdown.extensions.", "mkdocs.")) for name in _extension_names(config)):
        return None
    if config.validation.links.anchors >= logging.WARNING:
        return None  # anchors into a reused page are not re-validated
    themes = []
    templates_mention_date = False
    for folder in config.theme.dirs:
        path = Path(folder)
        if path.resolve().is_relative_to(_CODE):
            themes.append(("gates", path.name))
        elif "site-packages" in path.parts or "dist-packages" in path.parts:
            themes.append(("installed", path.as_posix().rsplit("-packages/", 1)[-1]))
        else:
            themes.append(("site", _tree_digest(path)))
        templates_mention_date |= any("build_date" in p.read_text(encoding="utf-8", errors="replace")
                                      for p in path.rglob("*.html"))
    site_config = root / "site_config"
    return digest(
        VERSION, sys.version, {d: _version(d) for d in _DISTRIBUTIONS},
        _tree_digest(_CODE / "gates", (".py",)), _tree_digest(_CODE / "gates_mkdocs"),
        hashlib.sha256(source).hexdigest(), _tree_digest(site_config) if site_config.is_dir() else "",
        themes, config.theme.name, dict(config.theme), extra,
        _build_date() if templates_mention_date else "",
    )


def _build_date() -> str:
    from mkdocs.utils import get_build_date  # what sitemap-like templates print

    return get_build_date()


def _extension_names(config: MkDocsConfig) -> Iterable[str]:
    for item in config.markdown_extensions:
        yield item if isinstance(item, str) else type(item).__module__ + "." + type(item).__name__


def file_state(file: File | None) -> list[Any]:
    if file is None:
        return ["missing"]
    return [file.src_uri, file.url, file.dest_uri, file.inclusion.name]


# A file's device, inode, size and modification time (ns), and the sha256 of the bytes read from it.
Identity = tuple[int, int, int, int, str]


def _identity(status: os.stat_result) -> tuple[int, int, int, int]:
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns


@dataclass
class Record:
    """What one page's render was made of, and what it produced."""

    key: str
    lookups: dict[str, list[Any]] = field(default_factory=dict)  # path MkDocs looked up -> file_state then
    links: dict[str, bool] = field(default_factory=dict)  # link target -> judged dead then
    anchors: list[str] | None = None
    sha256: str = ""
    entries: int = 0  # search index entries, in order, under the page's URL

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "lookups": self.lookups, "links": self.links, "anchors": self.anchors,
                "sha256": self.sha256, "entries": self.entries}


@dataclass
class Reuse:
    """The page records of this build, and (incremental) those of the previous one with its output."""

    index: Path
    fingerprint: str | None
    reuse: bool
    previous: dict[str, dict[str, Any]] = field(default_factory=dict)
    previous_site: Path | None = None
    previous_entries: dict[str, list[Any]] = field(default_factory=dict)
    records: dict[str, Record] = field(default_factory=dict)
    reused: dict[str, Path] = field(default_factory=dict)  # src -> the previous output, verified
    recording: dict[str, list[Any]] | None = None  # lookups of the page being rendered
    warnings: int = 0
    entry_counts: dict[str, int] = field(default_factory=dict)
    verified: dict[str, Identity] = field(default_factory=dict)  # dest of a reused output -> its identity

    # ---- before MkDocs cleans site/ ------------------------------------------------------------------

    def set_aside(self, site_dir: Path) -> None:
        """Move the previous site/ aside (incremental only), if the index says it is the one it recorded."""
        if not self.reuse or self.fingerprint is None:
            return
        try:
            doc = json.loads(self.index.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(doc, dict) or doc.get("version") != VERSION or doc.get("fingerprint") != self.fingerprint:
            return
        pages = doc.get("pages")
        search_sha = doc.get("search")
        aside = self.index.parent / PREVIOUS
        shutil.rmtree(aside, ignore_errors=True)
        if not isinstance(pages, dict) or not site_dir.is_dir():
            return
        try:
            os.replace(site_dir, aside)
        except OSError:
            return
        site_dir.mkdir()
        self.previous_site = aside
        self.previous = pages
        search = aside / "search" / "search_index.json"
        if isinstance(search_sha, str) and search.is_file():
            raw = search.read_bytes()
            if hashlib.sha256(raw).hexdigest() == search_sha:
                for entry in json.loads(raw).get("docs", []):
                    self.previous_entries.setdefault(str(entry.get("location", "")).split("#", 1)[0], []).append(entry)

    # ---- while pages are read ----------------------------------------------------------------------

    def watch(self, files: Files) -> None:
        """Record every path the Markdown render looks up (links), with what it found."""
        original = files.get_file_from_path

        def looked_up(path: str) -> File | None:
            found = original(path)
            if self.recording is not None:
                self.recording[path] = file_state(found)
            return found

        files.get_file_from_path = looked_up  # type: ignore[method-assign]

    def try_reuse(self, page: Page, key: str, files: Files, dead: Callable[[str], bool]) -> bool:
        """True when the previous build's output for this page is proven to be what a render would give."""
        src = page.file.src_uri
        self.records[src] = Record(key)
        old = self.previous.get(src)
        if self.previous_site is None or not isinstance(old, dict) or old.get("key") != key:
            self.recording = {}
            return False
        lookups, links = old.get("lookups"), old.get("links")
        if not isinstance(lookups, dict) or not isinstance(links, dict):
            self.recording = {}
            return False
        original = files.get_file_from_path
        same = (all(file_state(original(path)) == state for path, state in lookups.items())
                and all(dead(target) == was for target, was in links.items()))
        entries = self.previous_entries.get(page.url, [])
        output, identity = self._previous_output(page.file.dest_uri, old.get("sha256"))
        if not same or output is None or len(entries) != old.get("entries") or not isinstance(old.get("anchors"), list):
            self.recording = {}
            return False
        record = self.records[src]
        record.lookups, record.links, record.anchors = lookups, links, list(old["anchors"])
        record.sha256, record.entries = str(old["sha256"]), len(entries)
        self.reused[src] = output
        if identity is not None:
            self.verified[page.file.dest_uri] = identity
        self.recording = None
        return True

    def _previous_output(self, dest: str, sha256: Any) -> tuple[Path | None, Identity | None]:
        """The previous output when its bytes hash to the recorded sha256, with the file's identity then."""
        if self.previous_site is None or not isinstance(sha256, str):
            return None, None
        # os.path and os.lstat rather than pathlib: this runs for every page of the site, and pathlib's
        # objects were most of its cost. The checks are the same: neither the file nor its folder a link.
        name = os.path.join(self.previous_site, dest)
        try:
            if stat.S_ISLNK(os.lstat(name).st_mode) or stat.S_ISLNK(os.lstat(os.path.dirname(name)).st_mode):
                return None, None
            with open(name, "rb") as handle:
                before = _identity(os.fstat(handle.fileno()))
                data = handle.read()
                after = _identity(os.fstat(handle.fileno()))
        except OSError:
            return None, None
        if hashlib.sha256(data).hexdigest() != sha256:
            return None, None
        # Written to while read: the bytes hashed may not be the file's; render the page again.
        return (Path(name), (*before, sha256)) if before == after else (None, None)

    def known_sha256(self, rel: str, status: os.stat_result) -> str | None:
        """The sha256 of a reused output still the very file whose bytes were verified (same device, inode,
        size and modification time; moving it keeps all four, writing to it changes the time): the
        manifest need not read it again. None for any other file, which the manifest hashes itself."""
        identity = self.verified.get(rel)
        if identity is None or identity[:4] != _identity(status) or not stat.S_ISREG(status.st_mode):
            return None
        return identity[4]

    def place(self, src: str, dest: str, site_dir: Path) -> None:
        """Move a reused page's previous output into the new site/: its whole folder when the page is alone
        in it (most articles: `news/a/index.html`), so neither a folder nor a file is made or removed twice."""
        old = self.reused[src]
        target = site_dir / dest
        folder = old.parent
        if folder != self.previous_site and not target.parent.exists() and os.listdir(folder) == [old.name]:
            target.parent.parent.mkdir(parents=True, exist_ok=True)
            os.replace(folder, target.parent)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(old, target)

    def rendered(self, page: Page, links: dict[str, bool]) -> None:
        """After a real render: what it looked up, which link targets the dead-link pass judged."""
        record = self.records.get(page.file.src_uri)
        if record is not None:
            record.lookups = self.recording or {}
            record.links = links
            record.anchors = sorted(page.present_anchor_ids or ())
        self.recording = None

    def written(self, page: Page, output: str) -> None:
        record = self.records.get(page.file.src_uri)
        if record is not None and page.file.src_uri not in self.reused:
            record.sha256 = hashlib.sha256(output.encode("utf-8", errors="xmlcharrefreplace")).hexdigest()

    # ---- after the build -----------------------------------------------------------------------------

    def save(self, site_dir: Path) -> None:
        """Write the index for the next incremental build; none after a build that warned."""
        if self.previous_site is not None:
            shutil.rmtree(self.previous_site, ignore_errors=True)
        if self.fingerprint is None or self.warnings:
            self.index.unlink(missing_ok=True)
            return
        search = site_dir / "search" / "search_index.json"
        search_sha = hashlib.sha256(search.read_bytes()).hexdigest() if search.is_file() else None
        for src, record in self.records.items():
            if src not in self.reused:
                record.entries = self.entry_counts.get(src, 0)
        doc = {"version": VERSION, "fingerprint": self.fingerprint, "search": search_sha,
               "pages": {src: r.as_json() for src, r in sorted(self.records.items()) if r.sha256}}
        self.index.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.index, json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


class WarningCounter(logging.Handler):
    """Counts the build's warnings: a build that warned records nothing to reuse (strict refuses it anyway)."""

    def __init__(self, reuse: Reuse) -> None:
        super().__init__(logging.WARNING)
        self.reuse = reuse

    def emit(self, record: logging.LogRecord) -> None:
        self.reuse.warnings += 1


def reuse_requested() -> bool:
    return os.environ.get(ENVIRONMENT) == "1"
