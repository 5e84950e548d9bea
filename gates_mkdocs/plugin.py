"""The `gates` MkDocs plugin: the gated build. All site logic lives in gates.site; this adapts it to MkDocs.

What it does, event by event:

- on_config: find the site's root (the folder of mkdocs.yml) and load site_config/; refuse a docs_dir other
  than content/ and any symlink or unknown file under it (before MkDocs walks the folder, which would follow
  a symlink anywhere); unless told otherwise, run every gate, sign-off included, and refuse to build on an
  error: the build verifies the chain of every page it renders (SPEC section 7). Adds this package's
  templates, and builds the nav from columns.yml (names escaped: themes paste nav titles raw).
- on_files: only published 主动公开 pages, index pages and the attachments public pages link are rendered or
  copied; every other file from content/ is EXCLUDED (MkDocs never renders it, not even in `serve`). Articles
  are NOT_IN_NAV; listing pages 2..n are generated.
- on_page_markdown: the 公开要素 table and 来源 line above articles, listings on column and home pages (an index
  page's own body is never rendered: those pages are generated), page.meta replaced by escaped values.
- on_page_content / on_page_context / on_env: dead links to excluded files become text; meta tags; footer.
- on_post_build: one RSS feed per column, then the manifest: every output file with its sha256 and the source
  or generator behind it (SPEC section 7), which `gates rescan --manifest` compares a live site with.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

import gates.site as core
from gates import rules
from gates.actions.check import check
from gates.config import ConfigError, SiteConfig, load_config
from gates.gitrecord import approvals, history
from gates.model import inventory
from gates.model.frontmatter import read_page
from gates.site.segment import SegmentCache
from gates_mkdocs import reuse as reusing

log = logging.getLogger("mkdocs.plugins.gates")  # under "mkdocs", so --strict counts our warnings
HOME = "index.md"
_RAW_MARK = "GATES-GENERATED-HTML"  # the Markdown of a generated page: a paragraph its HTML replaces
_RAW_PARAGRAPH = f"<p>{_RAW_MARK}</p>"
TEMPLATES = Path(__file__).resolve().parent / "templates"
MANIFEST_VERSION = 1
_SHOWN_FINDINGS = 10


class GatesConfig(Config):
    per_page = config_options.Type(int, default=core.PER_PAGE)  # 每页条数 of column listings
    home_items = config_options.Type(int, default=6)  # 首页每个栏目显示的条数
    feed_items = config_options.Type(int, default=50)  # 订阅源条数: independent of the listing page size
    # A preview (False) skips the sign-off verification; its manifest says so and `gates build` refuses it.
    verify = config_options.Type(bool, default=True)
    manifest = config_options.Type(str, default="gates-manifest.json")  # beside mkdocs.yml; never deployed
    # Word segmentation of the search index, cached by text between builds ("" turns it off); beside mkdocs.yml.
    segment_cache = config_options.Type(str, default=".cache/gates/segments.json")
    # Who cuts Chinese for the search index: `auto` takes rjieba (jieba-rs) when installed and jieba has no
    # dictionary of its own, else jieba; `jieba` always jieba. Both cut the same: only the time differs.
    segmenter = config_options.Choice(("auto", "jieba"), default="auto")
    # What each rendered page was made of, for `gates build --incremental` ("" turns it off); beside mkdocs.yml.
    page_cache = config_options.Type(str, default=".cache/gates/pages.json")


@dataclass
class _Run:
    root: Path
    site: SiteConfig
    model: core.SiteModel | None = None
    urls: dict[str, str] = field(default_factory=dict)  # docs-relative source -> site URL
    dead: set[str] = field(default_factory=set)  # site URLs of excluded files, without slashes
    kinds: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # dest path -> (source, kind)
    # Docs-relative pages with a published decision on record (None in a preview, which verifies nothing).
    published_before: set[str] | None = None
    site_key: str = ""  # what every page is made of besides itself (page reuse)


class GatesPlugin(BasePlugin[GatesConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.run: _Run | None = None
        self.segments: tuple[SegmentCache, Path] | None = None
        self.reuse: reusing.Reuse | None = None
        self._prepared: dict[str, str] = {}  # article -> its Markdown, made in on_pre_page
        self._raw: dict[str, str] = {}  # generated page -> its HTML, put in after Markdown
        self._extras: dict[str, dict[str, object]] = {}
        self._warnings: reusing.WarningCounter | None = None

    # ---- configuration and refusal -------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # The Chinese search (Material, lang: zh) loads jieba, which logs its dictionary loading at DEBUG to its
        # own stderr handler on every build and preview. Plugins are all loaded by now, jieba with them: quiet it.
        logging.getLogger("jieba").setLevel(logging.WARNING)
        root = Path(config.config_file_path).resolve().parent
        try:
            site = load_config(root)
        except ConfigError as exc:
            raise PluginError(f"gates: {exc}") from None
        if Path(config.docs_dir).resolve() != (root / inventory.CONTENT).resolve():
            raise PluginError("gates: docs_dir 必须是站点仓库的 content/ 目录")
        _refuse_unsafe_files(root)
        self.run = _Run(root, site)
        self._prepared, self._raw, self._extras = {}, {}, {}
        if self.config.verify:
            _verify(root, site)
            prefix = inventory.CONTENT + "/"
            self.run.published_before = {p[len(prefix):] for p in _published_before(root) if p.startswith(prefix)}
        search = next((plugin for name, plugin in config.plugins.items() if name.endswith("search")), None)
        self.segments = (_cache_segmentation(root, self.config.segment_cache, search, self.config.segmenter)
                         if search is not None else None)
        _add_templates(config)
        if config.nav is None:
            # Themes paste nav titles into the page raw: a column name with markup must arrive escaped.
            config.nav = [{"首页": HOME}] + [{core.esc(c.name): f"{c.id}/index.md"} for c in site.columns.values()]
        self._start_reuse(config, root)
        return config

    def _start_reuse(self, config: MkDocsConfig, root: Path) -> None:
        self.reuse = None
        mkdocs_log = logging.getLogger("mkdocs")
        if self._warnings is not None:
            mkdocs_log.removeHandler(self._warnings)
            self._warnings = None
        if not self.config.page_cache:
            return
        segmenter = self.segments[0].fingerprint if self.segments else ""
        fingerprint = reusing.site_fingerprint(config, root, [self.config.per_page, self.config.home_items,
                                                              self.config.feed_items, self.config.verify, segmenter])
        self.reuse = reusing.Reuse(root / self.config.page_cache, fingerprint, reusing.reuse_requested())
        self._warnings = reusing.WarningCounter(self.reuse)
        mkdocs_log.addHandler(self._warnings)
        logging.getLogger("mkdocs.commands.build").addFilter(_quiet_reused)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.reuse is not None:
            # Before MkDocs cleans site/: the previous output is what an incremental build reuses.
            self.reuse.set_aside(Path(config.site_dir))

    # ---- what is published -----------------------------------------------------------------------------

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        run = self._run()
        srcs = [f.src_uri for f in files.documentation_pages() if not f.generated_by]
        model = core.build_model(run.site, Path(config.docs_dir), srcs, run.published_before)
        links = {f"{inventory.CONTENT}/{src}": {f"{inventory.CONTENT}/{t}" for t in targets}
                 for src, targets in model.links.items()}
        unknown = inventory.classify(run.root, links).of_kind("unknown")
        if unknown:
            listed = "；".join(f"{i.path}：{i.reason}" for i in unknown[:_SHOWN_FINDINGS])
            raise PluginError(f"gates: content/ 中有不能发布的文件，拒绝构建 (运行 gates check 查看)：{listed}")
        allowed = set(model.entries) | set(model.index_titles) | model.public_assets
        docs = Path(config.docs_dir).resolve()
        folders: dict[str, Path] = {}
        for file in files:
            if file.generated_by or not _from_docs(file, docs, folders):
                continue
            if file.src_uri not in allowed:
                file.inclusion = InclusionLevel.EXCLUDED
            elif file.src_uri in model.entries:
                file.inclusion = InclusionLevel.NOT_IN_NAV
        for column in run.site.columns.values():
            index = core.listing_src(column.id, 1)
            if files.get_file_from_path(index) is None:
                files.append(_generated(config, index, column.name))
                model.index_titles[index] = column.name
            for number in range(2, len(model.listing(column.id, self.config.per_page)) + 1):
                files.append(_generated(config, core.listing_src(column.id, number), f"{column.name}（第{number}页）"))
        generated = [(core.CATALOG_SRC, core.CATALOG_TITLE), (core.SITEMAP_SRC, core.SITEMAP_TITLE)]
        if core.contact_lines(run.site):
            generated.append((core.CONTACT_SRC, core.CONTACT_TITLE))
        for src, title in generated:
            if files.get_file_from_path(src) is not None:
                raise PluginError(f"gates: {src} 是生成页面 ({title}) 的位置，content/ 中不能有同名文件或栏目")
            files.append(_generated(config, src, title))
            model.index_titles[src] = title
        excluded = [f for f in files if f.inclusion == InclusionLevel.EXCLUDED]
        log.info(f"gates: 发布 {len(model.entries)} 篇，排除未公开、未发布或无人引用的文件 {len(excluded)} 个")
        run.model = model
        run.urls = {f.src_uri: f.url for f in files}
        run.dead = {f.url.strip("/") for f in excluded}
        run.kinds = {f.dest_uri: _kind(f, model) for f in files if f.inclusion != InclusionLevel.EXCLUDED}
        if self.reuse is not None:
            self.reuse.watch(files)
            self._watch_search(config)
            nav = [(title, run.urls.get(src)) for item in config.nav or [] for title, src in dict(item).items()]
            run.site_key = reusing.digest(self._globals(config), nav)
        return files

    def _watch_search(self, config: MkDocsConfig) -> None:
        """Count each rendered page's search entries; give a reused page its previous ones, in order."""
        reuse = self.reuse
        search = next((p for name, p in config.plugins.items() if name.endswith("search")), None)
        index = getattr(search, "search_index", None)
        if reuse is None or index is None or not hasattr(index, "add_entry_from_context"):
            return
        original = index.add_entry_from_context

        def add(page: Page) -> None:
            src = page.file.src_uri
            if src in reuse.reused:
                index.entries.extend(reuse.previous_entries.get(page.url, []))
                return
            before = len(index.entries)
            original(page)
            reuse.entry_counts[src] = len(index.entries) - before

        index.add_entry_from_context = add

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """An article is decided here, before MkDocs parses its file again: a reused one is not even read."""
        entry = self._model().entries.get(page.file.src_uri)
        if self.reuse is None or entry is None:
            return page
        meta = core.template_meta(entry, entry.title, searchable=True)
        markdown = self._markdown(page, entry)
        if self._reuse(page, markdown, meta, files):
            def read_source(config: MkDocsConfig) -> None:
                page.markdown, page.meta = "", {}

            page.read_source = read_source  # type: ignore[method-assign]
        else:
            self._prepared[page.file.src_uri] = markdown
        return page

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        model = self._model()
        src = page.file.src_uri
        entry = model.entries.get(src)
        title = entry.title if entry else str(page.meta.get("title") or model.index_titles.get(src) or "")
        # Only articles are search hits: home, listings, 公开目录 and 网站地图 merely repeat their titles.
        page.meta = core.template_meta(entry, title, searchable=entry is not None)
        if self.reuse is not None and src in self.reuse.reused:
            page.meta["template"] = reusing.TEMPLATE
            return ""
        prepared = self._prepared.pop(src, None)
        markdown = prepared if prepared is not None else self._markdown(page, entry)
        if self.reuse is not None and prepared is None and self._reuse(page, markdown, page.meta, files):
            page.meta["template"] = reusing.TEMPLATE
            return ""
        if entry is None and markdown:
            # Generated pages are HTML through and through: Markdown's raw-HTML pass over a 公开目录 of
            # thousands of rows (or hundreds of listing pages) was a large share of the build. The HTML goes
            # in after Markdown, in place of a paragraph that says where.
            self._raw[src] = "\n".join(block.strip() for block in markdown.split("\n\n") if block.strip())
            return _RAW_MARK
        return markdown

    def _markdown(self, page: Page, entry: core.Entry | None) -> str:
        run, model = self._run(), self._model()
        src = page.file.src_uri
        href = _href(run, page)
        if entry is not None:
            # The body as the gates read it, never MkDocs' own split of the file: where the two parsers
            # disagree on where front matter ends (a `...` line, YAML MkDocs cannot load), text no gate read
            # and no approval covered would otherwise reach readers.
            return core.article_markdown(model, entry, entry.body, href)
        # Home and column pages are generated: whatever an editor wrote below the title is not rendered
        # (no one signs index pages, so nothing unsigned may reach readers through them).
        if src == HOME:
            return core.home_markdown(model, self.config.home_items, href)
        if src == core.CATALOG_SRC:
            return core.catalog_markdown(model, href)
        if src == core.SITEMAP_SRC:
            return core.sitemap_markdown(model, href)
        if src == core.CONTACT_SRC:
            return core.contact_markdown(run.site)
        listing = core.parse_listing_src(src)
        if listing and listing[0] in run.site.columns:
            return core.column_markdown(model, listing[0], listing[1], self.config.per_page, href)
        return ""

    def _reuse(self, page: Page, markdown: str, meta: dict[str, Any], files: Files) -> bool:
        """True when the previous output is proven to be this page's (then it is not rendered); otherwise the
        render that follows is recorded for the next build."""
        run, reuse = self._run(), self.reuse
        assert reuse is not None
        neighbours = [(p.title, p.url) if p is not None else None for p in (page.previous_page, page.next_page)]
        key = reusing.digest(run.site_key, page.file.src_uri, page.url, page.file.dest_uri, page.is_homepage,
                             markdown, meta, self._page_extra(page.file.src_uri), neighbours,
                             [a.title for a in page.ancestors])
        if not reuse.try_reuse(page, key, files, lambda target: target in run.dead):
            return False
        anchors = set(reuse.records[page.file.src_uri].anchors or ())

        def render(config: MkDocsConfig, files: Files) -> None:
            page.content = ""
            page.present_anchor_ids = anchors

        page.render = render  # type: ignore[method-assign]
        return True

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        run, reuse = self._run(), self.reuse
        if reuse is not None and page.file.src_uri in reuse.reused:
            return html
        raw = self._raw.pop(page.file.src_uri, None)
        if raw is not None:
            html = html.replace(_RAW_PARAGRAPH, raw, 1)
        if reuse is not None:
            reuse.rendered(page, {t: t in run.dead for t in sorted(core.link_targets(html, page.url))})
        return core.strip_dead_links(html, page.url, run.dead)

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        context.update(self._page_extra(page.file.src_uri))  # type: ignore[typeddict-item]
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        reuse = self.reuse
        if reuse is None:
            return output
        if page.file.src_uri in reuse.reused:
            # Empty output: MkDocs writes nothing, the previous file is moved in instead.
            reuse.place(page.file.src_uri, page.file.dest_uri, Path(config.site_dir))
            return ""
        reuse.written(page, output)
        return output

    def _page_extra(self, src: str) -> dict[str, object]:
        """What on_page_context adds for a page (asked twice when pages are reused: made once)."""
        known = self._extras.get(src)
        if known is None:
            known = self._extras[src] = self._make_page_extra(src)
        return known

    def _make_page_extra(self, src: str) -> dict[str, object]:
        run, model = self._run(), self._model()
        extra: dict[str, object] = {
            "gates_head": core.meta_tags_html(core.page_tags(model, src)),
            "gates_active": core.active_column(model, src),
            # Labels escaped here; targets are site URLs the template makes relative with `url`.
            "gates_crumbs": [{"label": core.esc(label), "url": run.urls.get(target) if target else None}
                             for label, target in core.crumbs(model, src)],
        }
        column = model.column_of(src)
        if column is not None:
            extra["gates_column_feed"] = {"title": core.esc(column.name), "url": f"{column.id}/feed.xml"}
        return extra

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        env.globals.update(self._globals(config))
        return env

    def _globals(self, config: MkDocsConfig) -> dict[str, Any]:
        run = self._run()
        site = run.site
        return {
            "gates_footer": core.footer_html(site),
            "gates_site_head": core.meta_tags_html(core.site_tags(site)),
            "gates_site_name": core.esc(site.site.get("site_name") or config.site_name),
            "gates_emblem": core.esc(site.site.get("emblem_image", "").lstrip("/")),
            "gates_columns": [
                {"id": c.id, "name": core.esc(c.name), "url": run.urls.get(core.listing_src(c.id, 1), "")}
                for c in site.columns.values()] + [
                {"id": "xxgk", "name": core.CATALOG_TITLE, "url": run.urls.get(core.CATALOG_SRC, "")}],
            "gates_footer_links": [
                {"label": label, "url": core.esc(run.urls.get(target, "") if target.endswith(".md") else target),
                 "external": not target.endswith(".md")}
                for label, target in core.footer_links(site)],
        }

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        run, model = self._run(), self._model()
        site_url = config.site_url or f"https://{run.site.site.get('site_domain', 'localhost')}/"
        count = self.config.feed_items
        feeds: list[tuple[core.Column | None, list[core.Entry], str]] = [
            (None, model.published()[:count], core.FEED_SRC)]
        for column in run.site.columns.values():
            entries = [e for e in model.column_entries(column.id) if not e.withdrawn][:count]
            feeds.append((column, entries, f"{column.id}/feed.xml"))
        for column_or_site, entries, rel in feeds:
            target = Path(config.site_dir) / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            xml = core.feed_xml(run.site, column_or_site, entries, site_url, run.urls)
            target.write_text(xml, encoding="utf-8")
            run.kinds[rel] = (None, "generated")
        known = self.reuse.known_sha256 if self.reuse is not None else None
        _write_manifest(run, Path(config.site_dir), run.root / self.config.manifest, self.config.verify, known)
        if self.reuse is not None:
            if self._warnings is not None:
                logging.getLogger("mkdocs").removeHandler(self._warnings)
                self._warnings = None
            self.reuse.save(Path(config.site_dir))
            fresh = sorted(set(self.reuse.records) - set(self.reuse.reused))
            shown = f"：{'、'.join(fresh)}" if self.reuse.reused and 0 < len(fresh) <= _SHOWN_FINDINGS else ""
            log.info(f"gates: 沿用上次构建的页面 {len(self.reuse.reused)} 个，重新生成 {len(fresh)} 个{shown}")
        if self.segments is not None:
            cache, path = self.segments
            if self.reuse is not None and self.reuse.reused:
                cache.keep_all()  # reused pages were not segmented this time, their words are still the site's
            cache.save(path)
            log.info(f"gates: 分词缓存命中 {cache.hits} 段，新分词 {cache.misses} 段")

    def on_build_error(self, *, error: Exception) -> None:
        if self._warnings is not None:
            logging.getLogger("mkdocs").removeHandler(self._warnings)
            self._warnings = None
        if self.reuse is not None:
            self.reuse.warnings += 1  # a failed build records nothing to reuse
            self.reuse.fingerprint = None
            self.reuse.save(Path("."))

    # ---- helpers ----------------------------------------------------------------------------------------

    def _run(self) -> _Run:
        if self.run is None:
            raise PluginError("gates: on_config 尚未运行")
        return self.run

    def _model(self) -> core.SiteModel:
        model = self._run().model
        if model is None:
            raise PluginError("gates: on_files 尚未运行")
        return model


class _CachedJieba:
    """Stands in for the jieba module inside Material's search plugin: `cut` answers from the cache, if any,
    and otherwise from the segmenter chosen (jieba-rs through rjieba when it cuts as jieba would)."""

    def __init__(self, real: Any, cut: Callable[[str], list[str]]) -> None:
        self.real = real
        self._cut = cut

    def cut(self, sentence: Any, *args: Any, **kwargs: Any) -> Iterator[str]:
        if args or kwargs:
            return iter(self.real.cut(sentence, *args, **kwargs))
        text = sentence.decode("utf-8") if isinstance(sentence, bytes) else str(sentence)
        return iter(self._cut(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _cache_segmentation(root: Path, setting: str, search: Any, choice: str) -> tuple[SegmentCache, Path] | None:
    """Put the segmenter and the cache between Material's search and jieba; the cache (None when there is no
    jieba or no cache wanted) is returned to be saved after the build."""
    try:
        from material.plugins.search import plugin as search_module  # the theme is optional
    except ImportError:
        return None
    current = getattr(search_module, "jieba", None)
    real = current.real if isinstance(current, _CachedJieba) else current
    if real is None:
        return None
    cutter, fingerprint = _segmenter(real, search, choice)
    log.info(f"gates: 搜索索引分词：{fingerprint}")
    if not setting:
        search_module.jieba = _CachedJieba(real, cutter)
        return None
    path = root / setting
    cache = SegmentCache.load(path, cutter, fingerprint)
    search_module.jieba = _CachedJieba(real, cache.cut)
    return cache, path


def _segmenter(real: Any, search: Any, choice: str) -> tuple[Callable[[str], list[str]], str]:
    """rjieba (jieba-rs, same dictionary, same cuts, about 7 times faster) unless told otherwise or jieba was
    given a dictionary of its own, which rjieba would not know: then jieba itself. Returns (cut, fingerprint)."""
    dictionary = _dictionary_fingerprint(real)
    options = getattr(search, "config", None)
    custom = (dictionary != "default" or bool(getattr(getattr(real, "dt", None), "user_word_tag_tab", None))
              or bool(getattr(options, "jieba_dict", None)) or bool(getattr(options, "jieba_dict_user", None)))
    if choice == "auto" and not custom:
        try:
            import rjieba  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            pass
        else:
            return (lambda text: [w for w in rjieba.cut(text) if w]), f"rjieba {_version('rjieba')}"
    return (lambda text: [w for w in real.cut(text) if w]), f"jieba {getattr(real, '__version__', '?')}; dict {dictionary}"


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _dictionary_fingerprint(real: Any) -> str:
    """Which dictionary jieba cuts with: another dictionary cuts differently, so its cache does not apply."""
    tokenizer = getattr(real, "dt", None)
    dictionary = getattr(tokenizer, "dictionary", None)
    if not isinstance(dictionary, str):
        return "default"
    try:
        return hashlib.sha256(Path(dictionary).read_bytes()).hexdigest()[:16]
    except OSError:
        return dictionary


def _refuse_unsafe_files(root: Path) -> None:
    """Before MkDocs walks content/ (following symlinks), refuse the tree if it holds a symlink."""
    for entry in inventory.walk(root):
        if entry.is_link or not entry.is_file:
            raise PluginError(f"gates: {entry.path} 是符号链接或特殊文件，拒绝构建 (构建从不跟随符号链接)")


def _verify(root: Path, site: SiteConfig) -> None:
    """Every gate, sign-off included, on the whole of content/: the build publishes nothing CI would refuse."""
    chosen = rules.select(stages=("content", "signoff"))
    # Judged as the publishing branch whatever is checked out: a site built from a review branch is still a
    # site, and must not carry a page whose chain is incomplete.
    result = check(root, site, chosen, branch=site.site.get("publishing_branch") or "main")
    # A withdrawn page never makes the build refuse (SPEC section 7): it renders as a stub that shows none of
    # its text, so a leak can come down at once; its missing approvals still fail `gates check` in CI.
    published = _published_before(root)
    withdrawn = {path for path in {f.path for f in result.findings} if _is_withdrawn(root, path)}
    # Only the sign-off of a takedown waits: what the stub shows (title, explanation) is checked like any page.
    errors = [f for f in result.findings if f.severity == "error"
              and not (f.code.startswith("SIGN") and f.path in withdrawn and f.path in published)]
    if errors:
        listed = "；".join(f"{f.path}:{f.line} {f.code} {f.message}" for f in errors[:_SHOWN_FINDINGS])
        more = f" 等 {len(errors)} 项" if len(errors) > _SHOWN_FINDINGS else ""
        raise PluginError(f"gates: 发布检查未通过，拒绝构建{more}：{listed}")


def _published_before(root: Path) -> set[str]:
    """Repository paths with a valid published decision on record: the only pages that may become stubs."""
    index = approvals.build(root)
    return {path for path, found in index.approvals.items()
            if any(a.valid and a.trailers.final and a.trailers.decided == "published" for a in found)}


def _is_withdrawn(root: Path, path: str) -> bool:
    if not path.startswith(inventory.CONTENT + "/") or not path.endswith(".md"):
        return False
    page = read_page(root, path)
    return page.readable and page.status == "withdrawn"


def _quiet_reused(record: logging.LogRecord) -> bool:
    """MkDocs says "Page skipped … empty output" for each page whose previous output is moved in: not news."""
    return not (record.levelno == logging.INFO and str(record.msg).startswith("Page skipped: ")
                and str(record.msg).endswith("Generated empty output."))


def _add_templates(config: MkDocsConfig) -> None:
    dirs = config.theme.dirs
    if str(TEMPLATES) not in dirs:
        # After the site's own custom_dir (which may override ours), before the theme's.
        at = 1 if config.theme.custom_dir else 0
        dirs.insert(at, str(TEMPLATES))


def _from_docs(file: File, docs: Path, folders: dict[str, Path]) -> bool:
    """`docs`: the docs folder, resolved once by the caller (resolving it for every file was a tenth of a
    second a thousand pages). `folders`: the folders resolved so far, shared between calls: resolving a path
    stats every component of it, and 5,000 pages sit in a handful of folders. A file that is itself a link
    (or a name resolving would rewrite) is resolved whole, as before."""
    path = file.abs_src_path or ""
    folder, name = os.path.split(path)
    if not os.path.isabs(path) or name in ("", ".", "..") or os.path.islink(path):
        return Path(path).resolve().is_relative_to(docs)
    resolved = folders.get(folder)
    if resolved is None:
        resolved = folders[folder] = Path(folder).resolve()
    return (resolved / name).is_relative_to(docs)


def _kind(file: File, model: core.SiteModel) -> tuple[str | None, str]:
    if file.src_uri in (core.CATALOG_SRC, core.SITEMAP_SRC, core.CONTACT_SRC):
        return None, "generated"
    if file.generated_by:
        return None, "listing"
    if file.src_uri in model.entries:
        return f"{inventory.CONTENT}/{file.src_uri}", "page"
    if file.src_uri in model.index_titles:
        return f"{inventory.CONTENT}/{file.src_uri}", "listing"
    if file.src_uri in model.public_assets:
        return f"{inventory.CONTENT}/{file.src_uri}", "asset"
    return None, "theme"


def _generated(config: MkDocsConfig, src: str, title: str) -> File:
    # JSON is valid YAML: a safe way to quote any title.
    content = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n"
    return File.generated(config, src, content=content, inclusion=InclusionLevel.NOT_IN_NAV)


def _href(run: _Run, page: Page) -> core.Href:
    def href(src: str) -> str:
        return get_relative_url(run.urls[src], page.url) if src in run.urls else "#"

    return href


def _write_manifest(run: _Run, site_dir: Path, target: Path, verified: bool,
                    known: Callable[[str, os.stat_result], str | None] | None = None) -> None:
    """Every output file with its sha256 and where it came from; refuse files nothing accounts for.

    `known`: the sha256 of a reused page's output, verified when it was read and still that very file (an
    incremental build would otherwise read and hash every page it reused a second time)."""
    files: dict[str, dict[str, str | None]] = {}
    for folder, _dirs, names in os.walk(site_dir):
        for name in names:
            full = Path(folder) / name
            rel = full.relative_to(site_dir).as_posix()
            source, kind = run.kinds.get(rel, (None, "generated"))
            sha256 = known(rel, os.lstat(full)) if known is not None else None
            if sha256 is None:
                sha256 = hashlib.sha256(full.read_bytes()).hexdigest()
            files[rel] = {"sha256": sha256, "source": source, "kind": kind}
    try:
        head = history.git(run.root, ["rev-parse", "HEAD"], check=False).decode("ascii", "replace").strip()
    except history.HistoryUnavailable:
        head = ""
    doc = {"version": MANIFEST_VERSION, "commit": head, "verified": verified, "files": dict(sorted(files.items()))}
    target.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
