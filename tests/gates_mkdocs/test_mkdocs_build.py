"""Real `mkdocs build --strict` runs of small throwaway sites built with the project's mkdocs.yml and
site_config/ and the installed gates plugin. Run from another directory, so the plugin has to find
site_config/ itself. These sites have no history, so they are preview builds (`verify: false`): what is
rendered is tested here; the gated build's verification is tested in test_gated_build.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SPONSOR = "测试主办单位甲乙丙"  # written into the temp site.yml: the footer must come from config
# Distinctive text of each page that must never reach site/ (ASCII too: JSON may \u-escape Chinese).
SECRETS = {
    "on_request": ("REQ-TOKEN-4471", "依申请专有语句"),
    "withheld": ("WITHHELD-TOKEN-9902", "不予公开专有语句"),
    "draft": ("DRAFT-TOKEN-1180", "草稿专有语句"),
    "withdrawn": ("WITHDRAWN-TOKEN-5530", "撤稿专有语句"),
    "attachment": ("ATTACH-TOKEN-7207", "附件专有语句"),
    "retracted": ("RETRACTED-TOKEN-6604", "已撤回正文专有语句"),
    "retracted_attachment": ("RETRACTED-ATTACH-8815", "已撤回附件专有语句"),
}
PUBLIC_TOKEN = "PUBLIC-TOKEN-3141"
SCRIPT_TITLE = "关于<script>alert(1)</script>的通知"


def write(root: Path, relpath: str, text: str) -> None:
    path = root / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def article(title: str, column: str, day: int, body: str, *, status: str = "published",
            disclosure: str = "主动公开", extra: str = "") -> str:
    date = f"date: 2026-03-{day:02d}\n" if status == "published" else ""
    # JSON quoting is valid YAML and keeps <script> and quotes intact.
    return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ncolumn: {column}\nunit: qzfb\n"
            f"disclosure: {disclosure}\nstatus: {status}\n{date}{extra}---\n{body}\n")


def make_site(root: Path, per_page: int = 20) -> Path:
    shutil.copytree(PROJECT / "site_config", root / "site_config")
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"per_page: \d+", f"per_page: {per_page}\n      verify: false", config)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    site_yml = root / "site_config" / "site.yml"
    site_yml.write_text(re.sub(r"(?m)^sponsor: .*$", f"sponsor: {SPONSOR}", site_yml.read_text(encoding="utf-8")),
                        encoding="utf-8")
    (root / "content").mkdir()
    return root


def build(root: Path) -> subprocess.CompletedProcess[str]:
    elsewhere = root / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml")],
                            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def every_text(site: Path) -> dict[str, str]:
    """Every file of the built site as text; JSON files also decoded, so \\u-escaped text is found."""
    texts = {}
    for path in site.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            if path.suffix == ".json":
                text += json.dumps(json.loads(text), ensure_ascii=False)
            texts[path.relative_to(site).as_posix()] = text
    return texts


def head(html: str) -> str:
    return html.split("</head>", 1)[0]


def navigation(html: str) -> str:
    """The column navigation and the primary (drawer) navigation (up to where the page content starts)."""
    tabs = re.search(r'<nav class="gates-topnav".*?</nav>', html, re.DOTALL)
    primary = re.search(r'<nav class="md-nav md-nav--primary.*?<div class="md-content"', html, re.DOTALL)
    assert tabs and primary, "navigation not found"
    return tabs.group(0) + primary.group(0)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Public pages, one of each kind of page that must stay hidden, a hostile title, a paginated column."""
    root = make_site(tmp_path_factory.mktemp("mixed"), per_page=2)
    c = root / "content"
    write(c, "index.md", "---\ntitle: 首页\n---\n")
    for column, name in (("news", "工作动态"), ("notices", "通知公告"), ("policies", "政策文件")):
        write(c, f"{column}/index.md", f"---\ntitle: {name}\n---\n")
    # personnel/ and wechat/ have no index.md: the hook must generate them.
    for day in (3, 11, 7, 9, 5):
        write(c, f"news/n{day}.md", article(f"第{day}日动态", "news", day, f"{day}日正文。"))
    write(c, "policies/open.md", article(
        "关于印发政务公开工作要点的通知", "policies", 12,
        f"{PUBLIC_TOKEN} 现印发给你们。另见[内部方案](secret.md)。\n\n（此件公开发布）",
        extra="doc_number: 江北府办发〔2026〕12号\nindex_number: 11500105768865765W/2026-00012\n"
              "written_date: 2026-03-10\ntopic: 政务公开\ngenre: 通知\nvalidity: 有效\n"))
    write(c, "notices/script.md", article(SCRIPT_TITLE, "notices", 13, "正文。"))
    write(c, "notices/on_request.md", article("依申请页面", "notices", 4, " ".join(SECRETS["on_request"]),
                                              disclosure="依申请公开", extra="disclosure_reason: 条例第二十七条\n"))
    write(c, "policies/secret.md", article(
        "内部方案", "policies", 6, " ".join(SECRETS["withheld"]) + "\n\n[附件](files/plan.txt)", disclosure="不予公开",
        extra="disclosure_reason: 条例第十六条\nreview_due: 2026-09-01\n"))
    write(c, "policies/files/plan.txt", " ".join(SECRETS["attachment"]))
    write(c, "news/draft.md", article("草稿页面", "news", 8, " ".join(SECRETS["draft"]), status="draft"))
    write(c, "news/withdrawn.md", article("撤回页面", "news", 10, " ".join(SECRETS["withdrawn"]), status="withdrawn"))
    # Withdrawn after publication, with its public explanation: a stub at its URL, its attachment gone.
    write(c, "notices/retracted.md", article(
        "关于调整春季招聘考试时间的通知", "notices", 14,
        " ".join(SECRETS["retracted"]) + "\n\n[报名表](files/form.txt)", status="published",
        extra='time: "16:20"\nwithdrawal: {reason: 考试安排已另行通知，本文撤回, date: 2026-03-20}\n',
    ).replace("status: published", "status: withdrawn"))
    write(c, "notices/files/form.txt", " ".join(SECRETS["retracted_attachment"]))
    # A policy and its 政策解读, linked from the 解读 only: the site links them both ways.
    write(c, "policies/jiedu.md", article(
        "《政务公开工作要点》政策解读", "policies", 13, "现就工作要点解读如下。", extra=(
            'time: "09:15"\ngenre: 政策解读\ntopic: 政务公开\nrelated: [policies/open.md, policies/secret.md]\n'
            "index_number: 11500105768865765W/2026-00013\n")))
    build(root)
    return root / "site"


def test_public_article_renders_meta_tags_and_disclosure_table(mixed: Path) -> None:
    html = (mixed / "policies/open/index.html").read_text(encoding="utf-8")
    tags = head(html)
    for name, value in (("SiteName", "重庆市江北区人民政府"), ("SiteDomain", "www.cqjb.gov.cn"),
                        ("SiteIDCode", "5001050001"), ("ColumnName", "政策文件"), ("ColumnType", "政策文件"),
                        ("ArticleTitle", "关于印发政务公开工作要点的通知"), ("PubDate", "2026-03-12 00:00"),
                        ("ContentSource", "江北区人民政府办公室"), ("Keywords", "政务公开,政策文件")):
        assert f'<meta name="{name}" content="{value}">' in tags
    assert '<meta name="Description" content="PUBLIC-TOKEN-3141 现印发给你们。另见内部方案。">' in tags
    for label, value in (("索引号", "11500105768865765W/2026-00012"), ("发文字号", "江北府办发〔2026〕12号"),
                         ("主题分类", "政务公开"), ("体裁分类", "通知"), ("发布机构", "江北区人民政府办公室"),
                         ("成文日期", "2026-03-10"), ("发布日期", "2026-03-12"), ("有效性", "有效"),
                         ("公开属性", "主动公开")):
        assert f'<th scope="row">{label}</th><td>{value}</td>' in html
    assert "（此件公开发布）" in html


def test_every_page_carries_the_site_tags(mixed: Path) -> None:
    for page in ("index.html", "news/index.html", "404.html", "news/page/2/index.html"):
        assert '<meta name="SiteIDCode" content="5001050001">' in head((mixed / page).read_text(encoding="utf-8"))


def test_hostile_title_is_escaped_everywhere(mixed: Path) -> None:
    texts = every_text(mixed)
    leaked = [name for name, text in texts.items() if "<script>alert(1)" in text]
    assert leaked == []
    escaped = "关于&lt;script&gt;alert(1)&lt;/script&gt;的通知"
    article_html = texts["notices/script/index.html"]
    assert f"<title>{escaped} - 重庆市江北区人民政府</title>" in article_html
    assert f'<meta name="ArticleTitle" content="{escaped}">' in article_html
    assert escaped in texts["notices/index.html"]  # the listing
    assert escaped in texts["index.html"]  # the home page's latest items


def test_non_public_pages_never_reach_the_site(mixed: Path) -> None:
    texts = every_text(mixed)
    assert PUBLIC_TOKEN in texts["search/search_index.json"]  # the check below can see into the index
    for kind, tokens in SECRETS.items():
        for token in tokens:
            found = [name for name, text in texts.items() if token in text]
            assert found == [], f"{kind}: {token} in {found}"
    for slug in ("on_request", "secret", "draft", "withdrawn", "plan.txt", "form.txt"):
        assert not any(slug in name for name in texts), slug
        assert slug not in texts["sitemap.xml"]


def test_link_to_a_withheld_page_becomes_plain_text(mixed: Path) -> None:
    html = (mixed / "policies/open/index.html").read_text(encoding="utf-8")
    assert "另见内部方案。" in html and "secret" not in html


def test_column_listing_is_newest_first_and_paginated(mixed: Path) -> None:
    first = (mixed / "news/index.html").read_text(encoding="utf-8")
    second = (mixed / "news/page/2/index.html").read_text(encoding="utf-8")
    third = (mixed / "news/page/3/index.html").read_text(encoding="utf-8")
    titles = [re.findall(r"第(\d+)日动态</a>", page) for page in (first, second, third)]
    assert titles == [["11", "9"], ["7", "5"], ["3"]]
    assert not (mixed / "news/page/4").exists()
    assert 'href="page/2/" rel="next"' in first and "第 1 / 3 页" in first
    assert 'href="../../" rel="prev"' in second and 'href="../3/" rel="next"' in second


def test_nav_has_home_and_columns_only(mixed: Path) -> None:
    for page in ("index.html", "news/n11/index.html"):
        nav = navigation((mixed / page).read_text(encoding="utf-8"))
        for name in ("首页", "工作动态", "通知公告", "政策文件", "人事信息", "微信公众号"):
            assert name in nav
        assert "动态</" not in nav.replace("工作动态</", "") and "的通知" not in nav
    assert (mixed / "personnel/index.html").exists() and (mixed / "wechat/index.html").exists()


def test_footer_carries_the_configured_values(mixed: Path) -> None:
    html = (mixed / "news/n3/index.html").read_text(encoding="utf-8")
    footer = html.split('<div class="md-copyright">', 1)[1]
    for value in (f"主办单位：{SPONSOR}", "网站标识码：5001050001", "渝ICP备00000000号", "渝公网安备 50010502000000号"):
        assert value in footer


def test_column_feed_lists_public_articles(mixed: Path) -> None:
    feed = (mixed / "news/feed.xml").read_text(encoding="utf-8")
    assert "第11日动态" in feed and "草稿页面" not in feed
    assert "&lt;script&gt;" in (mixed / "notices/feed.xml").read_text(encoding="utf-8")


def test_the_sample_site_with_every_page_published(tmp_path: Path) -> None:
    """The repository's own content with its remaining drafts (依申请公开, 不予公开) flipped to published:
    status alone must not put a page that is not 主动公开 on the site."""
    root = make_site(tmp_path)
    shutil.rmtree(root / "content")
    shutil.copytree(PROJECT / "content", root / "content")
    public = flipped = 0
    for path in (root / "content").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        day = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
        if "\nstatus: draft\n" in text and day:
            text = text.replace("\nstatus: draft\n", f"\nstatus: published\ndate: {day.group(1)}\n", 1)
            path.write_text(text, encoding="utf-8")
            flipped += 1
        if "\nstatus: published\n" in text and "\ndisclosure: 主动公开\n" in text:
            public += 1
    build(root)
    site = root / "site"
    articles = [p for p in site.glob("*/*/index.html") if p.parent.name != "page"]
    assert flipped >= 2 and public >= 16 and len(articles) == public
    texts = every_text(site)
    for token in ("QINGSONG-JIAZU-7731", "GUANYINQIAO-DAFU-5520"):
        assert not [name for name, text in texts.items() if token in text]


def test_a_hostile_column_name_is_escaped_in_tabs_sidebar_and_heading(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    hostile = '动态<img src=x onerror="alert(1)">'
    columns = root / "site_config" / "columns.yml"
    columns.write_text(columns.read_text(encoding="utf-8").replace("name: 工作动态", f"name: '{hostile}'"),
                       encoding="utf-8")
    write(root / "content", "index.md", "---\ntitle: 首页\n---\n")
    write(root / "content", "news/a.md", article("第一条动态", "news", 3, "正文。"))
    build(root)
    texts = every_text(root / "site")
    assert [name for name, text in texts.items() if "<img src=x" in text] == []
    escaped = "动态&lt;img src=x onerror="
    news = texts["news/index.html"]
    assert escaped in navigation(news) and f"<h1>{escaped}" in news


# ---- the portal: where the reader is, 公开目录, feeds, withdrawn stubs, related documents ---------------


def crumbs_of(html: str) -> str:
    found = re.search(r'<nav class="gates-crumbs".*?</nav>', html, re.DOTALL)
    assert found, "no breadcrumb"
    return re.sub(r"<[^>]+>", "", found.group(0)).replace("&gt;", ">")


def active_of(html: str) -> list[str]:
    return re.findall(r'class="gates-topnav__link--active"[^>]*>([^<]*)</a>', html)


def test_breadcrumb_and_active_column_on_articles_and_later_listing_pages(mixed: Path) -> None:
    article_html = (mixed / "news/n11/index.html").read_text(encoding="utf-8")
    second = (mixed / "news/page/2/index.html").read_text(encoding="utf-8")
    home = (mixed / "index.html").read_text(encoding="utf-8")
    assert crumbs_of(article_html) == "您的当前位置：首页 > 工作动态 > 正文"
    assert crumbs_of(second) == "您的当前位置：首页 > 工作动态 > 第2页"
    assert active_of(article_html) == active_of(second) == ["工作动态"]
    assert active_of(home) == ["首页"] and "<h1>首页</h1>" not in home


def test_no_generator_tag_no_theme_logo_and_a_chinese_404(mixed: Path) -> None:
    for page in ("index.html", "news/n11/index.html", "404.html"):
        html = (mixed / page).read_text(encoding="utf-8")
        assert 'name="generator"' not in html
        assert "md-logo" not in html or "<svg" not in html.split('md-logo', 1)[1].split("</a>", 1)[0]
    not_found = (mixed / "404.html").read_text(encoding="utf-8")
    assert "您访问的页面不存在" in not_found and "Not found" not in not_found


def test_footer_links_sitemap_contact_and_error_report(mixed: Path) -> None:
    footer = (mixed / "news/n3/index.html").read_text(encoding="utf-8").split('class="gates-footer-links"', 1)[1]
    assert re.search(r'href="../../sitemap/">网站地图</a>', footer)
    assert ">联系我们</a>" in footer and ">我为政府网站找错</a>" in footer
    assert "工作动态" in (mixed / "sitemap/index.html").read_text(encoding="utf-8")


def test_policy_listing_has_a_document_number_column(mixed: Path) -> None:
    html = (mixed / "policies/index.html").read_text(encoding="utf-8")
    assert '<th scope="col">发文字号</th>' in html
    assert re.search(r'关于印发政务公开工作要点的通知</a></td><td class="gates-doclist__number">江北府办发〔2026〕12号', html)


def test_catalog_lists_disclosed_documents_and_is_a_generated_file(mixed: Path) -> None:
    html = (mixed / "xxgk/index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr data-topic=.*?</tr>", html)
    public = [p for p in mixed.glob("*/*/index.html") if p.parent.name != "page"]
    assert len(rows) == len(public) - 1  # every article but the withdrawn stub
    assert "11500105768865765W/2026-00012" in html and "江北府办发〔2026〕12号" in html
    assert 'data-year="2026"' in html and '<option value="政务公开">' in html
    assert "调整春季招聘考试时间" not in html and "撤回页面" not in html
    manifest = json.loads((mixed.parent / "gates-manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"]["xxgk/index.html"]["kind"] == "generated"
    assert manifest["files"]["feed.xml"]["kind"] == "generated"


def test_feeds_site_wide_discoverable_dated_by_their_newest_item_and_longer_than_a_page(mixed: Path) -> None:
    site_feed = ET.fromstring((mixed / "feed.xml").read_bytes())
    news_feed = ET.fromstring((mixed / "news/feed.xml").read_bytes())
    assert len(news_feed.findall("./channel/item")) == 5  # the listing shows 2 a page
    items = site_feed.findall("./channel/item")
    titles = [i.findtext("title") for i in items]
    assert "第11日动态" in titles and "关于印发政务公开工作要点的通知" in titles and SCRIPT_TITLE in titles
    assert "关于调整春季招聘考试时间的通知" not in titles
    newest = max(parsedate_to_datetime(i.findtext("pubDate") or "") for i in items)
    assert parsedate_to_datetime(site_feed.findtext("./channel/lastBuildDate") or "") == newest
    article_html = (mixed / "news/n11/index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/rss+xml" title="重庆市江北区人民政府" href="../../feed.xml">' in article_html
    assert 'href="../feed.xml"' in article_html


def test_listing_pages_are_not_search_hits(mixed: Path) -> None:
    index = json.loads((mixed / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "news/n11/" in locations and "policies/open/" in locations
    assert not {"", "news/", "news/page/2/", "xxgk/", "sitemap/", "notices/retracted/"} & locations


def test_withdrawn_page_is_a_stub_with_its_explanation(mixed: Path) -> None:
    html = (mixed / "notices/retracted/index.html").read_text(encoding="utf-8")
    assert "关于调整春季招聘考试时间的通知" in html
    assert "撤回说明：考试安排已另行通知，本文撤回" in html and "撤回日期：2026-03-20" in html
    assert "报名表" not in html and "索引号" not in html
    assert "【已撤回】关于调整春季招聘考试时间的通知" in (mixed / "notices/index.html").read_text(encoding="utf-8")
    assert not (mixed / "notices/files/form.txt").exists()


def test_related_documents_are_linked_both_ways_when_public(mixed: Path) -> None:
    policy = (mixed / "policies/open/index.html").read_text(encoding="utf-8")
    reading = (mixed / "policies/jiedu/index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="../jiedu/">《政务公开工作要点》政策解读</a>', policy)
    assert re.search(r'<a href="../open/">关于印发政务公开工作要点的通知</a>', reading)
    assert "内部方案" not in reading  # related to a 不予公开 page: no link, not even its title
    assert '<meta name="PubDate" content="2026-03-13 09:15">' in reading


# ---- ProperDocs, the maintained continuation of MkDocs 1.x ---------------------------------------------


def test_properdocs_builds_the_same_site_byte_for_byte(tmp_path: Path) -> None:
    """MkDocs 1.6.1 is the last 1.x; ProperDocs continues it as a drop-in. The same site, built by each, must be
    the same files with the same bytes, and the same manifest."""
    root = make_site(tmp_path)
    c = root / "content"
    write(c, "index.md", "---\ntitle: 首页\n---\n")
    for day in (3, 5, 7):
        write(c, f"news/n{day}.md", article(f"第{day}日动态", "news", day, f"区政府召开会议，研究第{day}日贴息政策。"))
    write(c, "policies/open.md", article("关于印发政务公开工作要点的通知", "policies", 12, "现印发给你们。",
                                         extra="doc_number: 江北府办发〔2026〕12号\ntopic: 政务公开\n"))
    trees = {}
    for tool in ("mkdocs", "properdocs"):
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT)}
        result = subprocess.run([sys.executable, "-m", tool, "build", "--strict", "-f", str(root / "mkdocs.yml"),
                                 "-d", str(tmp_path / tool)], cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, result.stderr
        manifest = json.loads((root / "gates-manifest.json").read_text(encoding="utf-8"))
        trees[tool] = ({p.relative_to(tmp_path / tool).as_posix(): p.read_bytes()
                        for p in (tmp_path / tool).rglob("*") if p.is_file()}, manifest["files"])
    assert "xxgk/index.html" in trees["mkdocs"][0] and "news/n7/index.html" in trees["mkdocs"][0]
    assert trees["mkdocs"] == trees["properdocs"]


def test_rjieba_cuts_the_search_index_as_jieba_does(tmp_path: Path) -> None:
    """The faster segmenter is chosen by default, and the index it makes is jieba's to the byte."""
    root = make_site(tmp_path)
    c = root / "content"
    write(c, "index.md", "---\ntitle: 首页\n---\n")
    body = ("为进一步优化营商环境，区政府研究制定了中小微企业贷款贴息实施办法。\n\n"
            "## 申报条件\n\n注册地在江北区、依法纳税的企业，可向区财政局申请一次性贴息补助；"
            "重庆市江北区人民政府办公室负责解释。南京市长江大桥于今日恢复通行。")
    for day in (3, 5):
        write(c, f"news/n{day}.md", article(f"关于第{day}批贴息资金拨付的公示", "news", day, body))
    config = root / "mkdocs.yml"
    plain = config.read_text(encoding="utf-8")
    indexes = {}
    for segmenter in ("jieba", "auto"):
        config.write_text(plain.replace("verify: false", f'verify: false\n      segment_cache: ""\n      segmenter: {segmenter}'),
                          encoding="utf-8")
        result = build(root)
        assert ("分词：rjieba" in result.stderr) == (segmenter == "auto")
        indexes[segmenter] = (root / "site/search/search_index.json").read_bytes()
    assert indexes["auto"] == indexes["jieba"]
    assert "\u200b贴息\u200b" in json.loads(indexes["auto"])["docs"][-1]["text"]


def test_the_segmentation_cache_changes_no_byte_of_the_search_index(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    c = root / "content"
    write(c, "index.md", "---\ntitle: 首页\n---\n")
    for day in (3, 5):
        write(c, f"news/n{day}.md", article(f"第{day}日动态", "news", day, f"区政府召开会议，研究第{day}日贴息政策。"))
    cache = root / ".cache" / "gates" / "segments.json"
    config = root / "mkdocs.yml"
    plain = config.read_text(encoding="utf-8")
    config.write_text(plain.replace("verify: false", 'verify: false\n      segment_cache: ""'), encoding="utf-8")
    build(root)
    uncached = (root / "site/search/search_index.json").read_bytes()
    assert not cache.exists()
    config.write_text(plain, encoding="utf-8")
    cold = build(root)
    assert (root / "site/search/search_index.json").read_bytes() == uncached and cache.is_file()
    warm = build(root)
    assert (root / "site/search/search_index.json").read_bytes() == uncached
    assert "新分词 0 段" in warm.stderr and "新分词 0 段" not in cold.stderr
    # A planted entry that adds words to a sentence is not used: the index still holds only the page's text.
    doc = json.loads(cache.read_text(encoding="utf-8"))
    sentence = next(text for text in doc["words"] if "贴息" in text)
    doc["words"][sentence] = [*doc["words"][sentence], "未经审签的文字"]
    cache.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    build(root)
    assert (root / "site/search/search_index.json").read_bytes() == uncached
