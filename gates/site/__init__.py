"""The public site, independent of the generator that builds it.

`model` decides what readers may see (only published 主动公开 pages) and in which order; `render` turns it
into escaped HTML fragments. `gates_mkdocs/plugin.py` is the only place that knows about MkDocs.
"""

from __future__ import annotations

from gates.site.model import (
    PER_PAGE,
    Entry,
    SiteModel,
    assign_index_numbers,
    build_model,
    is_public,
    listing_src,
    parse_listing_src,
)
from gates.site.render import (
    esc,
    Href,
    article_markdown,
    column_markdown,
    disclosure_rows,
    feed_xml,
    footer_html,
    home_markdown,
    meta_tags_html,
    page_tags,
    site_tags,
    source_line_html,
    strip_dead_links,
    template_meta,
)

__all__ = [
    "esc",
    "PER_PAGE",
    "Entry",
    "Href",
    "SiteModel",
    "article_markdown",
    "assign_index_numbers",
    "build_model",
    "column_markdown",
    "disclosure_rows",
    "feed_xml",
    "footer_html",
    "home_markdown",
    "is_public",
    "listing_src",
    "meta_tags_html",
    "page_tags",
    "parse_listing_src",
    "site_tags",
    "source_line_html",
    "strip_dead_links",
    "template_meta",
]
