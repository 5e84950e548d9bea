"""gates.site: what the public site shows, in what order, and that front matter never lands unescaped."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from gates.config import load_config
from gates.site import (
    build_model,
    disclosure_rows,
    feed_xml,
    footer_html,
    is_public,
    listing_src,
    meta_tags_html,
    page_tags,
    parse_listing_src,
    source_line_html,
    strip_dead_links,
    template_meta,
)
from gates.site.model import Entry, SiteModel, linked_files
from gates.site.render import column_markdown, description
from tests.conftest import Site

QZFB = "11500105768865765W"


def model_of(site: Site) -> SiteModel:
    docs = site.root / "content"
    srcs = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    return build_model(load_config(site.root), docs, srcs)


def entry(src: str = "news/a.md", **meta: Any) -> Entry:
    fields: dict[str, Any] = {"title": "标题", "unit": "qzfb", "disclosure": "主动公开", "status": "published",
                              "date": dt.date(2026, 3, 2)}
    fields.update(meta)
    date = fields.get("date")
    when = dt.datetime(date.year, date.month, date.day) if isinstance(date, dt.date) else None
    return Entry(src, src.split("/")[0], str(fields["title"]), when, fields, "正文第一段。\n", f"{QZFB}/2026-00001")


# ---- is_public ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "disclosure", "shown"), [
    ("published", "主动公开", True),
    ("published", "proactive", True),
    ("draft", "主动公开", False),
    ("withdrawn", "主动公开", False),
    ("published", "依申请公开", False),
    ("published", "on_request", False),
    ("published", "不予公开", False),
    ("published", "withheld", False),
    ("published", None, False),
    (None, "主动公开", False),
    ("published", ["主动公开"], False),
    ("Published", "主动公开", False),
])
def test_only_published_proactive_pages_are_public(status: Any, disclosure: Any, shown: bool) -> None:
    meta = {k: v for k, v in {"status": status, "disclosure": disclosure}.items() if v is not None}
    assert is_public(meta) is shown


def test_model_sorts_pages_into_shown_hidden_and_broken(site: Site) -> None:
    site.write("content/index.md", "---\ntitle: 首页\n---\n")
    site.write("content/news/index.md", "---\ntitle: 工作动态\n---\n")
    site.page("content/news/pub.md", status="published", date="2026-03-02")
    site.page("content/news/draft.md")
    site.page("content/news/req.md", status="published", date="2026-03-02", disclosure="依申请公开")
    site.write("content/news/bad.md", "---\ntitle: [未闭合\n---\n正文")
    model = model_of(site)
    assert set(model.entries) == {"news/pub.md"}
    assert model.hidden == {"news/draft.md", "news/req.md", "news/bad.md"}
    assert set(model.broken) == {"news/bad.md"}
    assert set(model.index_titles) == {"index.md", "news/index.md"}


def test_attachment_of_a_hidden_page_is_hidden_unless_a_public_page_links_it(site: Site) -> None:
    site.page("content/policies/secret.md", body="见[附件](files/plan.pdf)与![图](../img/shared.png)\n",
              status="published", date="2026-03-02", disclosure="不予公开")
    site.page("content/news/pub.md", body="![图](../img/shared.png)\n", status="published", date="2026-03-02")
    assert model_of(site).hidden_assets == {"policies/files/plan.pdf"}


def test_linked_files_ignores_pages_external_links_and_escapes_from_docs() -> None:
    body = '[a](b.md) [c](https://x.cn/d.pdf) [e](../../../etc/f.pdf) <img src="g.png"> [h](sub/i.xlsx#p)'
    assert linked_files("news/a.md", body) == {"news/g.png", "news/sub/i.xlsx"}


# ---- 索引号 ---------------------------------------------------------------------------------------


def test_the_site_shows_each_page_its_own_index_number_and_never_computes_one(site: Site) -> None:
    # A legacy page without one shows no 索引号 at all, rather than a number the next build might change.
    site.page("content/news/a.md", status="published", date="2026-03-02", index_number=f"{QZFB}/2026-00012")
    site.page("content/news/b.md", status="published", date="2026-03-01")
    before = model_of(site)
    site.page("content/news/0-draft.md", written_date="2026-01-01", index_number=f"{QZFB}/2026-00099")
    site.page("content/news/0-early.md", status="published", date="2026-01-02")
    after = model_of(site)
    assert before.entries["news/a.md"].index_number == after.entries["news/a.md"].index_number == f"{QZFB}/2026-00012"
    assert after.entries["news/b.md"].index_number == "" and after.entries["news/0-early.md"].index_number == ""
    assert ("索引号", "") not in disclosure_rows(load_config(site.root), after.entries["news/b.md"])
    assert all(label != "索引号" for label, _ in disclosure_rows(load_config(site.root), after.entries["news/b.md"]))


def test_pub_date_takes_its_time_from_the_time_written_at_signing(site: Site) -> None:
    site.page("content/news/a.md", status="published", date="2026-03-02", time="14:35")
    site.page("content/news/b.md", status="published", date="2026-03-02", time="25:00")  # not a time: 00:00
    model = model_of(site)
    assert dict(page_tags(model, "news/a.md"))["PubDate"] == "2026-03-02 14:35"
    assert dict(page_tags(model, "news/b.md"))["PubDate"] == "2026-03-02 00:00"
    assert "2026-03-02 14:35" in source_line_html(model.config, model.entries["news/a.md"])


def test_same_day_pages_list_newest_first_by_time_then_by_signing_order(site: Site) -> None:
    site.page("content/news/a-morning.md", status="published", date="2026-03-09", time="09:00",
              index_number=f"{QZFB}/2026-00003")
    site.page("content/news/b-evening.md", status="published", date="2026-03-09", time="17:30",
              index_number=f"{QZFB}/2026-00004")
    site.page("content/news/c-first.md", status="published", date="2026-03-10", time="08:00",
              index_number=f"{QZFB}/2026-00005")
    site.page("content/news/d-second.md", status="published", date="2026-03-10", time="08:00",
              index_number=f"{QZFB}/2026-00006")
    order = [e.src for e in model_of(site).column_entries("news")]
    assert order == ["news/d-second.md", "news/c-first.md", "news/b-evening.md", "news/a-morning.md"]


# ---- listings -------------------------------------------------------------------------------------


def test_column_listing_is_newest_first_and_paginates(site: Site) -> None:
    for day in (3, 1, 7, 5, 9):
        site.page(f"content/news/d{day}.md", status="published", date=f"2026-03-0{day}", title=f"第{day}日")
    site.page("content/news/same.md", status="published", date="2026-03-09", title="同日")
    site.page("content/notices/n.md", status="published", date="2026-03-10")
    model = model_of(site)
    pages = model.listing("news", per_page=4)
    assert [[e.src for e in p] for p in pages] == [
        ["news/same.md", "news/d9.md", "news/d7.md", "news/d5.md"], ["news/d3.md", "news/d1.md"]]
    assert model.listing("personnel", per_page=4) == ((),)  # an empty column still has one (empty) page
    html = column_markdown(model, "news", 2, 4, lambda src: "/" + src)
    assert html.index("第3日") < html.index("第1日")
    assert 'href="/news/index.md" rel="prev"' in html and "第 2 / 2 页" in html and "下一页" not in html


def test_listing_sources_round_trip() -> None:
    assert listing_src("news", 1) == "news/index.md"
    assert listing_src("news", 3) == "news/page/3.md"
    assert parse_listing_src("news/page/3.md") == ("news", 3)
    assert parse_listing_src("news/index.md") == ("news", 1)
    assert parse_listing_src("news/a.md") is None


# ---- what the page says ---------------------------------------------------------------------------


def test_article_meta_tags(site: Site) -> None:
    site.page("content/policies/a.md", status="published", date="2026-03-02 09:30", topic="政务公开",
              body="各镇人民政府：\n\n现将工作要点印发给你们。\n")
    tags = dict(page_tags(model_of(site), "policies/a.md"))
    assert tags == {
        "SiteName": "重庆市江北区人民政府", "SiteDomain": "www.cqjb.gov.cn", "SiteIDCode": "5001050001",
        "ColumnName": "政策文件", "ColumnType": "政策文件", "ArticleTitle": "关于开展冬季安全生产检查的通知",
        "PubDate": "2026-03-02 09:30", "ContentSource": "江北区人民政府办公室", "Keywords": "政务公开,政策文件",
        "Description": "现将工作要点印发给你们。",
    }


def test_home_page_tags_have_no_article_tags(site: Site) -> None:
    site.write("content/index.md", "---\ntitle: 首页\n---\n")
    tags = dict(page_tags(model_of(site), "index.md"))
    assert tags["ColumnName"] == "首页" and "ArticleTitle" not in tags


def test_reprint_names_its_source_as_content_source() -> None:
    e = entry(source={"type": "reprint", "name": "重庆市人民政府", "url": "https://www.cq.gov.cn/a.html"})
    model = SiteModel(load_config(Path(__file__).resolve().parents[2]), {e.src: e})
    assert dict(page_tags(model, e.src))["ContentSource"] == "重庆市人民政府"


def test_meta_tags_are_escaped() -> None:
    html = meta_tags_html([("ArticleTitle", '"><script>alert(1)</script>')])
    assert html == '<meta name="ArticleTitle" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'


def test_disclosure_rows_list_the_fields_present_in_order(site: Site) -> None:
    config = load_config(site.root)
    e = entry("policies/a.md", doc_number="江北府办发〔2026〕12号", written_date=dt.date(2026, 2, 26),
              co_units=["fgw"], disclosure="proactive")
    assert disclosure_rows(config, e) == [
        ("索引号", f"{QZFB}/2026-00001"), ("发文字号", "江北府办发〔2026〕12号"),
        ("发布机构", "江北区人民政府办公室、江北区发展和改革委员会"), ("成文日期", "2026-02-26"),
        ("发布日期", "2026-03-02"), ("公开属性", "主动公开"),
    ]


def test_reprint_source_line_escapes_and_refuses_script_urls(site: Site) -> None:
    config = load_config(site.root)
    good = source_line_html(config, entry(source={"type": "reprint", "name": "重庆市人民政府",
                                                  "url": "https://www.cq.gov.cn/a?x=1&y=2", "title": "标题<b>"}))
    assert '来源：<a href="https://www.cq.gov.cn/a?x=1&amp;y=2"' in good and "《标题&lt;b&gt;》" in good
    bad = source_line_html(config, entry(source={"type": "reprint", "name": "<i>某网</i>",
                                                 "url": "javascript:alert(1)"}))
    assert "javascript" not in bad and "href" not in bad and "来源：&lt;i&gt;某网&lt;/i&gt;" in bad
    own = source_line_html(config, entry())
    assert "来源：江北区人民政府办公室" in own


def test_description_skips_the_addressee_line_and_markup() -> None:
    e = entry()
    e = Entry(e.src, e.column, e.title, e.date, e.meta, "各镇人民政府、街道办事处：\n\n## 标题\n\n**现将**[要点](a.md)印发。\n",
              e.index_number)
    assert description(e) == "现将要点印发。"


def test_template_meta_is_escaped() -> None:
    assert template_meta(None, "<script>x</script>")["title"] == "&lt;script&gt;x&lt;/script&gt;"


def test_footer_carries_config_values_escaped(site: Site) -> None:
    config = load_config(site.root)
    config.site["sponsor"] = "<b>主办</b>"
    html = footer_html(config)
    assert "主办单位：&lt;b&gt;主办&lt;/b&gt;" in html
    assert "网站标识码：5001050001" in html and "渝ICP备00000000号" in html and "渝公网安备 50010502000000号" in html


def test_feed_is_well_formed_and_escaped(site: Site) -> None:
    config = load_config(site.root)
    e = entry("wechat/a.md", title="<script>&</script>")
    xml = feed_xml(config, config.columns["wechat"], [e], "https://www.cqjb.gov.cn", {"wechat/a.md": "wechat/a/"})
    root = ET.fromstring(xml)
    assert root.findtext("channel/item/title") == "<script>&</script>"
    assert root.findtext("channel/item/link") == "https://www.cqjb.gov.cn/wechat/a/"
    assert "<script>" not in xml


def test_links_to_unpublished_pages_become_plain_text() -> None:
    html = '<p><a href="../secret/">内部方案</a> 和 <a href="../open/#x">公开文件</a> <a href="https://a.cn/secret/">外</a></p>'
    out = strip_dead_links(html, "news/a/", {"news/secret"})
    assert out == '<p>内部方案 和 <a href="../open/#x">公开文件</a> <a href="https://a.cn/secret/">外</a></p>'
