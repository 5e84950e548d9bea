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
from gates.site.model import Entry, SiteModel, listing_src, parse_listing_src
from gates.model.dates import SHANGHAI

# 栏目类型 as national monitoring names them, by the column kinds of columns.yml.
COLUMN_TYPES = {
    "news": "工作动态", "notice": "通知公告", "policy": "政策文件", "personnel": "人事信息",
    "plan": "规划计划", "overview": "概况信息", "interaction": "互动交流", "newmedia": "政务新媒体",
}
HOME_COLUMN = "首页"
DESCRIPTION_CHARS = 120
Href = Callable[[str], str]  # docs-relative source path -> URL relative to the page being rendered


def esc(value: Any) -> str:
    text = "" if value is None else str(value)
    # Most values (titles, dates, names) hold nothing to escape: five `in` tests cost less than the five
    # replacements html.escape makes, and esc runs some 300,000 times in a 5,000-page build.
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text


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


def template_meta(entry: Entry | None, title: str, searchable: bool = True) -> dict[str, Any]:
    """What a theme may read from page meta, pre-escaped: themes paste page.meta.title raw into <title>.

    Portal pages have no side bars (`hide`); listings and withdrawn stubs stay out of search, so a search
    finds the article itself, never the pages that merely list its title.
    """
    meta: dict[str, Any] = {"title": esc(title), "hide": ["navigation", "toc"]}
    if entry is not None:
        meta["description"] = esc(entry.meta.get("withdrawal", {}).get("reason") if entry.withdrawn
                                  else description(entry))
    if not searchable or (entry is not None and entry.withdrawn):
        meta["search"] = {"exclude": True}
    return meta


# ---- the article page ---------------------------------------------------------------------------


def pub_time(entry: Entry) -> str:
    return entry.date.strftime("%Y-%m-%d %H:%M") if entry.date else ""


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
    parts = [f'<span>发布时间：<time datetime="{esc(_iso(entry))}">{esc(pub_time(entry))}</time></span>'] \
        if entry.date else []
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


def _iso(entry: Entry) -> str:
    return entry.date.strftime("%Y-%m-%dT%H:%M+08:00") if entry.date else ""


def related_html(model: SiteModel, entry: Entry, href: Href) -> str:
    """相关文件 (a policy and its 政策解读): linked both ways, and only to pages that are really public."""
    found = related_entries(model, entry)
    if not found:
        return ""
    items = "".join(f'<li><a href="{esc(href(e.src))}">{esc(e.title)}</a></li>' for e in found)
    return f'<div class="gates-related"><h2>相关文件</h2><ul>{items}</ul></div>'


def related_entries(model: SiteModel, entry: Entry) -> list[Entry]:
    if entry.withdrawn:
        return []
    return [model.entries[src] for src in model.related().get(entry.src, [])]


def withdrawn_markdown(entry: Entry) -> str:
    """The stub at a withdrawn page's URL: its explanation and dates, never its text (SPEC section 7)."""
    withdrawal = entry.meta.get("withdrawal") or {}
    first = f"<p>原发布时间：{esc(pub_time(entry))}</p>" if entry.date else ""
    return (f'<div class="gates-withdrawn" role="note"><p class="gates-withdrawn__title">本文已撤回</p>'
            f"<p>撤回说明：{esc(withdrawal.get('reason'))}</p>"
            f"<p>撤回日期：{esc(_date(withdrawal.get('date')))}</p>{first}</div>\n")


def article_markdown(model: SiteModel, entry: Entry, markdown: str, href: Href | None = None) -> str:
    """The article body with the 公开要素 table and byline above it (blank lines keep them raw HTML)."""
    if entry.withdrawn:
        return withdrawn_markdown(entry)
    table = metadata_table_html(disclosure_rows(model.config, entry))
    related = related_html(model, entry, href) if href is not None else ""
    return f"{table}\n\n{source_line_html(model.config, entry)}\n\n{markdown}\n\n{related}\n"


# ---- listings -----------------------------------------------------------------------------------


WITHDRAWN_PREFIX = "【已撤回】"


def listed_title(entry: Entry) -> str:
    return (WITHDRAWN_PREFIX if entry.withdrawn else "") + entry.title


def _time_tag(entry: Entry) -> str:
    shown = entry.date.strftime("%Y-%m-%d") if entry.date else ""
    return f'<time class="gates-list__date" datetime="{esc(_iso(entry))}">{esc(shown)}</time>'


def listing_html(entries: Iterable[Entry], href: Href) -> str:
    items = "".join(f'<li><a href="{esc(href(e.src))}">{esc(listed_title(e))}</a>{_time_tag(e)}</li>' for e in entries)
    return f'<ul class="gates-list">{items}</ul>' if items else '<p class="gates-empty">本栏目暂无信息。</p>'


def doc_listing_html(entries: Iterable[Entry], href: Href) -> str:
    """A policy column lists documents with their 发文字号, as 政策文件 columns do."""
    rows = "".join(
        f'<tr><td><a href="{esc(href(e.src))}">{esc(listed_title(e))}</a></td>'
        f'<td class="gates-doclist__number">{esc(e.meta.get("doc_number") or "")}</td><td>{_time_tag(e)}</td></tr>'
        for e in entries)
    if not rows:
        return '<p class="gates-empty">本栏目暂无信息。</p>'
    return ('<table class="gates-doclist"><thead><tr><th scope="col">标题</th><th scope="col">发文字号</th>'
            f'<th scope="col">发布日期</th></tr></thead><tbody>{rows}</tbody></table>')


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
    kind = model.config.columns[column].kind if column in model.config.columns else ""
    listed = doc_listing_html(shown, href) if kind == "policy" else listing_html(shown, href)
    return f"{listed}\n\n{pager_html(column, number, len(pages), href)}\n"


def home_markdown(model: SiteModel, per_column: int, href: Href) -> str:
    """The home page: each column's newest items and a link to the rest."""
    blocks = []
    for column in model.config.columns.values():
        latest = model.column_entries(column.id)[:per_column]
        more = f'<a class="gates-more" href="{esc(href(listing_src(column.id, 1)))}">更多</a>'
        blocks.append(f'<section class="gates-home"><h2>{esc(column.name)}{more}</h2>'
                      f"{listing_html(latest, href)}</section>")
    return f'<div class="gates-home-grid">{"".join(blocks)}</div>\n'


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


def footer_links(config: SiteConfig) -> list[tuple[str, str]]:
    """网站地图, 联系我们, 我为政府网站找错: (label, target); a target is a site path or an http(s) URL."""
    site = config.site
    links = [("网站地图", SITEMAP_SRC)]
    contact = _text(site.get("contact_page"))
    if contact:
        links.append(("联系我们", contact if contact.endswith(".md") else safe_url(contact) or ""))
    elif contact_lines(config):
        links.append(("联系我们", CONTACT_SRC))
    report = safe_url(site.get("report_error_url"))
    if report:
        links.append(("我为政府网站找错", report))
    return [(label, target) for label, target in links if target]


def _rfc822(when: dt.datetime) -> str:
    return format_datetime(when.replace(tzinfo=SHANGHAI))


FEED_SRC = "feed.xml"  # the site-wide feed; each column's is <column>/feed.xml


def feed_xml(config: SiteConfig, column: Column | None, entries: Iterable[Entry], site_url: str,
             url_of: Mapping[str, str]) -> str:
    """RSS 2.0 of a column (or of the whole site, column None), so rescan and readers can follow it.

    `lastBuildDate` is the newest item's publication time, never the build's: two builds of the same
    content give the same bytes. Withdrawn stubs are not items.
    """
    base = site_url if site_url.endswith("/") else site_url + "/"
    shown = [e for e in entries if not e.withdrawn]
    items = []
    for e in shown:
        link = urljoin(base, url_of.get(e.src, ""))
        when = _rfc822(e.date) if e.date else ""
        items.append(f"<item><title>{esc(e.title)}</title><link>{esc(link)}</link><guid>{esc(link)}</guid>"
                     f"<pubDate>{esc(when)}</pubDate><description>{esc(description(e))}</description></item>")
    name = config.site.get("site_name", "")
    title = f"{name} - {column.name}" if column else name
    channel = urljoin(base, f"{column.id}/") if column else base
    dates = [e.date for e in shown if e.date]
    built = f"<lastBuildDate>{esc(_rfc822(max(dates)))}</lastBuildDate>" if dates else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title><link>{esc(channel)}</link>"
            f"<description>{esc(column.name if column else name)}</description>"
            f"<language>zh-CN</language>{built}{''.join(items)}</channel></rss>\n")


# ---- where the reader is ------------------------------------------------------------------------

CATALOG_SRC = "xxgk/index.md"  # 政府信息公开目录, generated
SITEMAP_SRC = "sitemap/index.md"  # 网站地图, generated
CONTACT_SRC = "lxwm/index.md"  # 联系我们, generated from site.yml's contact_* keys
CONTACT_TITLE = "联系我们"
_CONTACT_FIELDS = (("contact_unit", "主办单位"), ("contact_address", "通讯地址"), ("contact_postcode", "邮政编码"),
                   ("contact_phone", "联系电话"), ("contact_email", "电子邮箱"), ("contact_hours", "办公时间"))
CATALOG_TITLE = "政府信息公开目录"
SITEMAP_TITLE = "网站地图"


def crumbs(model: SiteModel, src: str) -> list[tuple[str, str | None]]:
    """您的当前位置：首页 > 栏目 > …: (label, source path to link or None for the page itself)."""
    trail: list[tuple[str, str | None]] = [(HOME_COLUMN, "index.md")]
    if src == "index.md":
        return [(HOME_COLUMN, None)]
    if src == CATALOG_SRC:
        return [*trail, (CATALOG_TITLE, None)]
    if src == SITEMAP_SRC:
        return [*trail, (SITEMAP_TITLE, None)]
    if src == CONTACT_SRC:
        return [*trail, (CONTACT_TITLE, None)]
    column = model.column_of(src)
    if column is None:
        return trail
    listing = parse_listing_src(src)
    if listing is not None and listing[1] == 1:
        return [*trail, (column.name, None)]
    trail.append((column.name, listing_src(column.id, 1)))
    if listing is not None:
        return [*trail, (f"第{listing[1]}页", None)]
    return [*trail, ("正文", None)]


def active_column(model: SiteModel, src: str) -> str:
    """The column highlighted in the top navigation: the page's own, on articles and listing pages alike."""
    if src == "index.md":
        return ""
    column = model.column_of(src)
    return column.id if column else ""


# ---- 政府信息公开目录 and 网站地图 -------------------------------------------------------------------


def catalog_markdown(model: SiteModel, href: Href) -> str:
    """Disclosed documents, filterable by 主题分类, 体裁分类, 发布机构 and year in the browser (no server):
    every row carries its values in data- attributes; a small script hides the rows that do not match."""
    entries = model.published()
    config = model.config
    rows = []
    for e in entries:
        meta = e.meta
        unit = unit_name(config, meta.get("unit"))
        year = str(e.date.year) if e.date else ""
        rows.append(
            f'<tr data-topic="{esc(_text(meta.get("topic")))}" data-genre="{esc(_text(meta.get("genre")))}" '
            f'data-unit="{esc(unit)}" data-year="{esc(year)}">'
            f'<td data-label="索引号">{esc(e.index_number)}</td>'
            f'<td data-label="发文字号">{esc(_text(meta.get("doc_number")))}</td>'
            f'<td data-label="标题"><a href="{esc(href(e.src))}">{esc(e.title)}</a></td>'
            f'<td data-label="发布机构">{esc(publisher(config, meta))}</td>'
            f'<td data-label="发布日期">{_time_tag(e)}</td></tr>')
    filters = []
    for key, label in (("topic", "主题分类"), ("genre", "体裁分类"), ("unit", "发布机构"), ("year", "年份")):
        values = sorted({_filter_value(model, e, key) for e in entries} - {""}, reverse=key == "year")
        options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
        filters.append(f'<label>{label}<select data-gates-filter="{key}" name="{key}">'
                       f'<option value="">全部</option>{options}</select></label>')
    table = ('<table class="gates-catalog__table"><thead><tr><th scope="col">索引号</th><th scope="col">发文字号</th>'
             '<th scope="col">标题</th><th scope="col">发布机构</th><th scope="col">发布日期</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>')
    return (f'<form class="gates-catalog__filters" data-gates-catalog role="search" aria-label="筛选公开目录">'
            f'{"".join(filters)}<output class="gates-catalog__count" aria-live="polite">共 {len(entries)} 条</output>'
            f"</form>\n\n<div class=\"gates-catalog\">{table}</div>\n")


def _filter_value(model: SiteModel, entry: Entry, key: str) -> str:
    if key == "unit":
        return unit_name(model.config, entry.meta.get("unit"))
    if key == "year":
        return str(entry.date.year) if entry.date else ""
    return _text(entry.meta.get(key))


def contact_lines(config: SiteConfig) -> list[tuple[str, str]]:
    found = [(label, _text(config.site.get(key))) for key, label in _CONTACT_FIELDS]
    return [(label, value) for label, value in found if value]


def contact_markdown(config: SiteConfig) -> str:
    rows = "".join(f'<tr><th scope="row">{esc(label)}</th><td>{esc(value)}</td></tr>'
                   for label, value in contact_lines(config))
    return f'<div class="gates-meta"><table class="gates-meta__table gates-contact"><tbody>{rows}</tbody></table></div>\n'


def sitemap_markdown(model: SiteModel, href: Href) -> str:
    items = [f'<li><a href="{esc(href("index.md"))}">{HOME_COLUMN}</a></li>']
    items += [f'<li><a href="{esc(href(listing_src(c.id, 1)))}">{esc(c.name)}</a></li>'
              for c in model.config.columns.values()]
    items.append(f'<li><a href="{esc(href(CATALOG_SRC))}">{CATALOG_TITLE}</a></li>')
    return f'<ul class="gates-sitemap">{"".join(items)}</ul>\n'


# ---- links to pages that were not published ------------------------------------------------------

_ANCHOR = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def _link_target(href: str, base: str) -> str | None:
    """The in-site path (no slashes around it) an <a href> points to, None for another site."""
    target = urlsplit(urljoin(base, html.unescape(href)))
    return target.path.strip("/") if target.netloc == "site.invalid" else None


def strip_dead_links(content: str, page_url: str, dead_urls: set[str]) -> str:
    """Turn links to unpublished pages into plain text, so a 404 does not even leak the file name."""
    if not dead_urls or "<a" not in content:
        return content
    base = "http://site.invalid/" + page_url

    def replace(match: re.Match[str]) -> str:
        return match.group(2) if _link_target(match.group(1), base) in dead_urls else match.group(0)

    return _ANCHOR.sub(replace, content)


def link_targets(content: str, page_url: str) -> set[str]:
    """Every in-site path strip_dead_links judges in `content`: what its result depends on besides the text."""
    if "<a" not in content:
        return set()
    base = "http://site.invalid/" + page_url
    found = {_link_target(m.group(1), base) for m in _ANCHOR.finditer(content)}
    return {t for t in found if t is not None}
