"""HTML fragments the public site shows: meta tags, the 公开要素 table, 来源, listings, footer, feeds.

Every value that comes from front matter or site_config passes through `esc` here, so a generator
that pastes these fragments verbatim cannot be tricked into running script (SPEC section 8).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Mapping
from email.utils import format_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from gates.config import Column, SiteConfig
from gates.model.vocabulary import DISCLOSURE_ALIASES
from gates.site.model import Entry, SiteModel, listing_src

# 栏目类型 as national monitoring names them, by the column kinds of columns.yml.
COLUMN_TYPES = {
    "news": "工作动态", "notice": "通知公告", "policy": "政策文件", "personnel": "人事信息",
    "plan": "规划计划", "overview": "概况信息", "interaction": "互动交流", "newmedia": "政务新媒体",
}
HOME_COLUMN = "首页"
DESCRIPTION_CHARS = 120
Href = Callable[[str], str]  # docs-relative source path -> URL relative to the page being rendered


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value)


def pub_date(entry: Entry) -> str:
    """`YYYY-MM-DD HH:MM` as monitoring expects; a date-only page is stamped 00:00."""
    return entry.date.strftime("%Y-%m-%d %H:%M") if entry.date else ""


def unit_name(config: SiteConfig, unit: Any) -> str:
    found = config.roster.units.get(_text(unit))
    return found.name if found else _text(unit)


def publisher(config: SiteConfig, meta: Mapping[str, Any]) -> str:
    """发布机构: the lead unit, then any co-producing units (谁制作、谁认定)."""
    names = [unit_name(config, meta.get("unit"))]
    co_units = meta.get("co_units")
    if isinstance(co_units, list):
        names += [unit_name(config, u) for u in co_units]
    return "、".join(n for n in names if n)


def reprint(meta: Mapping[str, Any]) -> Mapping[str, Any] | None:
    source = meta.get("source")
    if isinstance(source, dict) and source.get("type") == "reprint" and source.get("name"):
        return source
    return None


def content_source(config: SiteConfig, meta: Mapping[str, Any]) -> str:
    source = reprint(meta)
    return _text(source["name"]) if source else unit_name(config, meta.get("unit"))


def keywords(entry: Entry, column: Column | None) -> str:
    value = entry.meta.get("keywords")
    if isinstance(value, list):
        return ",".join(_text(v) for v in value if _text(v))
    if _text(value):
        return _text(value)
    return ",".join(v for v in (_text(entry.meta.get("topic")), column.name if column else "") if v)


_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>]+>|[*_`#>|]")


def description(entry: Entry) -> str:
    """The front matter description, else the opening of the body with the Markdown taken out."""
    given = _text(entry.meta.get("description"))
    if given:
        return given
    for paragraph in entry.body.split("\n\n"):
        if paragraph.lstrip().startswith(("#", "|")):
            continue
        # Chinese wraps lines without spaces; other runs of white space stay one space (Latin words).
        text = _MARKUP.sub(lambda m: m.group(1) or "", paragraph)
        text = re.sub(r"\s+", " ", re.sub(r"\s*\n\s*", "", text)).strip()
        # The 主送机关 line of an official document ("各镇人民政府……：") says nothing about it.
        if text and not text.endswith(("：", ":")):
            return text[:DESCRIPTION_CHARS] + ("…" if len(text) > DESCRIPTION_CHARS else "")
    return entry.title


# ---- <head> -------------------------------------------------------------------------------------


def site_tags(config: SiteConfig) -> list[tuple[str, str]]:
    site = config.site
    return [("SiteName", site.get("site_name", "")), ("SiteDomain", site.get("site_domain", "")),
            ("SiteIDCode", site.get("site_id_code", ""))]


def column_tags(column: Column | None) -> list[tuple[str, str]]:
    if column is None:
        return [("ColumnName", HOME_COLUMN), ("ColumnType", HOME_COLUMN)]
    return [("ColumnName", column.name), ("ColumnType", COLUMN_TYPES.get(column.kind, column.name))]


def article_tags(config: SiteConfig, entry: Entry, column: Column | None) -> list[tuple[str, str]]:
    return [("ArticleTitle", entry.title), ("PubDate", pub_date(entry)),
            ("ContentSource", content_source(config, entry.meta)), ("Keywords", keywords(entry, column)),
            ("Description", description(entry))]


def page_tags(model: SiteModel, src: str) -> list[tuple[str, str]]:
    """The monitoring meta tags of one page: site and column always, article tags on articles."""
    column = model.column_of(src)
    tags = site_tags(model.config) + column_tags(column)
    entry = model.entries.get(src)
    if entry is not None:
        tags += article_tags(model.config, entry, column)
    return tags


def meta_tags_html(tags: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f'<meta name="{esc(name)}" content="{esc(value)}">' for name, value in tags)


def template_meta(entry: Entry | None, title: str) -> dict[str, str]:
    """What a theme may read from page meta, pre-escaped: themes paste page.meta.title raw into <title>."""
    meta = {"title": esc(title)}
    if entry is not None:
        meta["description"] = esc(description(entry))
    return meta


# ---- the article page ---------------------------------------------------------------------------


def disclosure_rows(config: SiteConfig, entry: Entry) -> list[tuple[str, str]]:
    """公开要素 in the order district sites print them; only the fields present."""
    meta = entry.meta
    disclosure = meta.get("disclosure")
    rows = [
        ("索引号", entry.index_number), ("发文字号", _text(meta.get("doc_number"))),
        ("主题分类", _text(meta.get("topic"))), ("体裁分类", _text(meta.get("genre"))),
        ("发布机构", publisher(config, meta)), ("成文日期", _date(meta.get("written_date"))),
        ("发布日期", _date(meta.get("date"))), ("有效性", _text(meta.get("validity"))),
        ("公开属性", DISCLOSURE_ALIASES.get(disclosure, "") if isinstance(disclosure, str) else ""),
    ]
    return [(label, value) for label, value in rows if value]


def metadata_table_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><th scope="row">{esc(label)}</th><td>{esc(value)}</td></tr>' for label, value in rows)
    return f'<div class="gates-meta"><table class="gates-meta__table"><caption>公开要素</caption><tbody>{cells}</tbody></table></div>'


def safe_url(url: Any) -> str | None:
    """Only http(s) links from front matter: escaping does not defuse a javascript: URL."""
    text = _text(url)
    return text if urlsplit(text).scheme in ("http", "https") else None


def source_line_html(config: SiteConfig, entry: Entry) -> str:
    """日期 and 来源 under the title; a reprint names and links its source (3.4)."""
    parts = [f'<span>发布日期：{esc(_date(entry.meta.get("date")))}</span>'] if entry.date else []
    source = reprint(entry.meta)
    if source is None:
        parts.append(f"<span>来源：{esc(unit_name(config, entry.meta.get('unit')))}</span>")
    else:
        name = esc(source.get("name"))
        url = safe_url(source.get("url"))
        linked = f'<a href="{esc(url)}" rel="noopener" target="_blank">{name}</a>' if url else name
        title = _text(source.get("title"))
        parts.append(f"<span>来源：{linked}" + (f"《{esc(title)}》" if title else "") + "</span>")
    return f'<p class="gates-byline">{"".join(parts)}</p>'


def article_markdown(model: SiteModel, entry: Entry, markdown: str) -> str:
    """The article body with the 公开要素 table and byline above it (blank lines keep them raw HTML)."""
    table = metadata_table_html(disclosure_rows(model.config, entry))
    return f"{table}\n\n{source_line_html(model.config, entry)}\n\n{markdown}"


# ---- listings -----------------------------------------------------------------------------------


def listing_html(entries: Iterable[Entry], href: Href) -> str:
    items = "".join(
        f'<li><a href="{esc(href(e.src))}">{esc(e.title)}</a>'
        f'<time class="gates-list__date">{esc(e.date.strftime("%Y-%m-%d") if e.date else "")}</time></li>'
        for e in entries
    )
    return f'<ul class="gates-list">{items}</ul>' if items else '<p class="gates-empty">本栏目暂无信息。</p>'


def pager_html(column: str, number: int, total: int, href: Href) -> str:
    if total <= 1:
        return ""
    links = []
    if number > 1:
        links.append(f'<a href="{esc(href(listing_src(column, number - 1)))}" rel="prev">上一页</a>')
    links.append(f"<span>第 {number} / {total} 页</span>")
    if number < total:
        links.append(f'<a href="{esc(href(listing_src(column, number + 1)))}" rel="next">下一页</a>')
    return f'<div class="gates-pager" role="navigation" aria-label="分页">{"".join(links)}</div>'


def column_markdown(model: SiteModel, column: str, number: int, per_page: int, href: Href) -> str:
    pages = model.listing(column, per_page)
    shown = pages[number - 1] if 0 < number <= len(pages) else []
    return f"{listing_html(shown, href)}\n\n{pager_html(column, number, len(pages), href)}\n"


def home_markdown(model: SiteModel, per_column: int, href: Href) -> str:
    """The home page: each column's newest items and a link to the rest."""
    blocks = []
    for column in model.config.columns.values():
        latest = model.column_entries(column.id)[:per_column]
        more = f'<a class="gates-more" href="{esc(href(listing_src(column.id, 1)))}">更多</a>'
        blocks.append(f'<section class="gates-home"><h2>{esc(column.name)}{more}</h2>'
                      f"{listing_html(latest, href)}</section>")
    return "\n\n".join(blocks) + "\n"


# ---- footer and feeds ---------------------------------------------------------------------------


def footer_html(config: SiteConfig) -> str:
    """主办单位, 网站标识码, ICP备案号, 公安机关备案号: the lines every government site ends with."""
    site = config.site
    lines = [("主办单位", esc(site.get("sponsor")), None), ("网站标识码", esc(site.get("site_id_code")), None),
             ("", esc(site.get("icp")), "https://beian.miit.gov.cn/"),
             ("", esc(site.get("police_record")), "https://beian.mps.gov.cn/")]
    spans = []
    for label, value, link in lines:
        if not value:
            continue
        shown = f'<a href="{link}" target="_blank" rel="noopener">{value}</a>' if link else value
        spans.append(f"<span>{label + '：' if label else ''}{shown}</span>")
    return f'<div class="gates-footer">{"".join(spans)}</div>'


def feed_xml(config: SiteConfig, column: Column, entries: Iterable[Entry], site_url: str,
             url_of: Mapping[str, str]) -> str:
    """RSS 2.0 of a column, so rescan (and readers) can follow it; text escaped like everywhere else."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    items = []
    for e in entries:
        link = urljoin(base, url_of.get(e.src, ""))
        when = format_datetime(e.date.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))) if e.date else ""
        items.append(f"<item><title>{esc(e.title)}</title><link>{esc(link)}</link><guid>{esc(link)}</guid>"
                     f"<pubDate>{esc(when)}</pubDate><description>{esc(description(e))}</description></item>")
    title = f"{config.site.get('site_name', '')} - {column.name}"
    channel = urljoin(base, f"{column.id}/")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title><link>{esc(channel)}</link><description>{esc(column.name)}</description>"
            f"<language>zh-CN</language>{''.join(items)}</channel></rss>\n")


# ---- links to pages that were not published ------------------------------------------------------

_ANCHOR = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def strip_dead_links(content: str, page_url: str, dead_urls: set[str]) -> str:
    """Turn links to unpublished pages into plain text, so a 404 does not even leak the file name."""
    if not dead_urls or "<a" not in content:
        return content
    base = "http://site.invalid/" + page_url

    def replace(match: re.Match[str]) -> str:
        target = urlsplit(urljoin(base, html.unescape(match.group(1))))
        if target.netloc != "site.invalid":
            return match.group(0)
        return match.group(2) if target.path.strip("/") in dead_urls else match.group(0)

    return _ANCHOR.sub(replace, content)
