"""The public site, independent of the generator that builds it.

`model` decides what readers may see (only published 主动公开 pages) and in which order; `render` turns it
into escaped HTML fragments. `gates_mkdocs/plugin.py` is the only place that knows about MkDocs.
"""

from __future__ import annotations

from gates.config import Column
from gates.site.model import (
    PER_PAGE,
    Entry,
    SiteModel,
    build_model,
    is_public,
    listing_src,
    parse_listing_src,
)
from gates.site.render import (
    CATALOG_SRC,
    CATALOG_TITLE,
    FEED_SRC,
    SITEMAP_SRC,
    SITEMAP_TITLE,
    Href,
    active_column,
    article_markdown,
    catalog_markdown,
    column_markdown,
    crumbs,
    disclosure_rows,
    esc,
    feed_xml,
    footer_html,
    footer_links,
    home_markdown,
    meta_tags_html,
    page_tags,
    site_tags,
    sitemap_markdown,
    source_line_html,
    strip_dead_links,
    template_meta,
)

__all__ = [
    "CATALOG_SRC",
    "CATALOG_TITLE",
    "FEED_SRC",
    "PER_PAGE",
    "SITEMAP_SRC",
    "SITEMAP_TITLE",
    "Column",
    "Entry",
    "Href",
    "SiteModel",
    "active_column",
    "article_markdown",
    "build_model",
    "catalog_markdown",
    "column_markdown",
    "crumbs",
    "disclosure_rows",
    "esc",
    "feed_xml",
    "footer_html",
    "footer_links",
    "home_markdown",
    "is_public",
    "listing_src",
    "meta_tags_html",
    "page_tags",
    "parse_listing_src",
    "site_tags",
    "sitemap_markdown",
    "source_line_html",
    "strip_dead_links",
    "template_meta",
]
