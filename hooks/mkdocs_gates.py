"""MkDocs 1.6 hooks: the thin adapter between MkDocs and `gates.site`, where all site logic lives.

Enabled in mkdocs.yml with `hooks: [hooks/mkdocs_gates.py]`. What it does, event by event:

- on_config: load site_config/ from the folder of mkdocs.yml (not the working directory); build the nav
  from columns.yml when mkdocs.yml has none, so the sidebar is 首页 + column index pages only.
- on_files: read every page's front matter once. Pages that are not published 主动公开 (drafts, withdrawn,
  依申请公开, 不予公开, unreadable) and attachments only they link to are marked EXCLUDED: MkDocs never
  renders them, not even in `mkdocs serve`, so they reach neither site/, the search index nor the sitemap.
  They stay in the file list on purpose: a public page linking to one then gets an INFO message ("excluded
  from the built site") instead of a "not found" WARNING, so `--strict` does not fail the remaining pages;
  on_page_content turns such links into plain text. Articles are NOT_IN_NAV; listing pages 2..n are
  generated.
- on_page_markdown: the 公开要素 table and 来源 line above articles, listings on column and home pages,
  and page.meta replaced by escaped values (Material pastes page.meta.title into <title> unescaped).
- on_page_context / on_env: monitoring meta tags and the footer for overrides/.
- on_post_build: one RSS feed per column at <column>/feed.xml.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

try:
    import gates.site as core
except ImportError:  # a checkout where gates is not installed: it sits next to hooks/
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import gates.site as core
from gates.config import ConfigError, SiteConfig, load_config

log = logging.getLogger("mkdocs.hooks.gates")  # under "mkdocs", so --strict counts our warnings
HOME = "index.md"
HOME_ITEMS = 6


@dataclass
class _State:
    config: SiteConfig
    per_page: int
    home_items: int
    model: core.SiteModel | None = None
    urls: dict[str, str] = field(default_factory=dict)  # docs-relative source -> site URL
    dead: set[str] = field(default_factory=set)  # site URLs of excluded files, without slashes


_state: _State | None = None


def _get() -> _State:
    if _state is None:
        raise PluginError("gates: on_config 尚未运行")
    return _state


def _model() -> core.SiteModel:
    model = _get().model
    if model is None:
        raise PluginError("gates: on_files 尚未运行")
    return model


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _state
    root = Path(config.config_file_path).resolve().parent
    try:
        site_config = load_config(root)
    except ConfigError as exc:
        raise PluginError(str(exc)) from None
    options = config.extra.get("gates") or {}
    _state = _State(site_config, int(options.get("per_page", core.PER_PAGE)),
                    int(options.get("home_items", HOME_ITEMS)))
    if config.nav is None:
        config.nav = [{"首页": HOME}] + [{c.name: f"{c.id}/index.md"} for c in site_config.columns.values()]
    return config


def _generated(config: MkDocsConfig, src: str, title: str) -> File:
    # JSON is valid YAML: a safe way to quote any title.
    content = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n"
    return File.generated(config, src, content=content, inclusion=InclusionLevel.NOT_IN_NAV)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = _get()
    srcs = [f.src_uri for f in files.documentation_pages() if not f.generated_by]
    model = core.build_model(state.config, Path(config.docs_dir), srcs)
    for src, why in model.broken.items():
        log.warning(f"{src}: 无法读取，未发布 ({why})")
    for unit in sorted(model.uncoded_units):
        log.info(f"gates: 单位 {unit} 尚无写明的索引号，无从得知其统一社会信用代码，生成的索引号以单位代码开头")
    for file in files:
        if file.src_uri in model.hidden or file.src_uri in model.hidden_assets:
            file.inclusion = InclusionLevel.EXCLUDED
        elif file.src_uri in model.entries:
            file.inclusion = InclusionLevel.NOT_IN_NAV
    for column in state.config.columns.values():
        index = core.listing_src(column.id, 1)
        if files.get_file_from_path(index) is None:
            files.append(_generated(config, index, column.name))
            model.index_titles[index] = column.name
        for number in range(2, len(model.listing(column.id, state.per_page)) + 1):
            files.append(_generated(config, core.listing_src(column.id, number), f"{column.name}（第{number}页）"))
    excluded = [f for f in files if f.inclusion == InclusionLevel.EXCLUDED]
    log.info(f"gates: 发布 {len(model.entries)} 篇，排除未公开/未发布的文件 {len(excluded)} 个")
    state.model = model
    state.urls = {f.src_uri: f.url for f in files}
    state.dead = {f.url.strip("/") for f in excluded}
    return files


def _href(page: Page) -> core.Href:
    urls = _get().urls

    def href(src: str) -> str:
        return get_relative_url(urls[src], page.url) if src in urls else "#"

    return href


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state, model = _get(), _model()
    src = page.file.src_uri
    entry = model.entries.get(src)
    title = entry.title if entry else str(page.meta.get("title") or model.index_titles.get(src) or "")
    page.meta = core.template_meta(entry, title)
    if entry is not None:
        return core.article_markdown(model, entry, markdown)
    if src == HOME:
        return markdown + "\n\n" + core.home_markdown(model, state.home_items, _href(page))
    listing = core.parse_listing_src(src)
    if listing and listing[0] in state.config.columns:
        return markdown + "\n\n" + core.column_markdown(model, listing[0], listing[1], state.per_page, _href(page))
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return core.strip_dead_links(html, page.url, _get().dead)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    context["gates_head"] = core.meta_tags_html(core.page_tags(_model(), page.file.src_uri))
    return context


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    site_config = _get().config
    env.globals["gates_footer"] = core.footer_html(site_config)
    env.globals["gates_site_head"] = core.meta_tags_html(core.site_tags(site_config))
    return env


def on_post_build(config: MkDocsConfig) -> None:
    state, model = _get(), _model()
    site_url = config.site_url or f"https://{state.config.site.get('site_domain', 'localhost')}/"
    for column in state.config.columns.values():
        entries = model.column_entries(column.id)[: state.per_page]
        target = Path(config.site_dir) / column.id / "feed.xml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(core.feed_xml(state.config, column, entries, site_url, state.urls), encoding="utf-8")
