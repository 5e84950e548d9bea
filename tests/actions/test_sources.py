"""`gates sources verify` end to end: a temp site, its reprints, and the sources' feeds on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import subprocess

from gates.actions.sources import verify
from gates.config import load_config
from gates.model.finding import Finding
from tests.conftest import Site
from tests.feeds.samples import BUSINESS, ELDERLY, FLOOD, NEWS_ATOM_ITEM, Item, atom, rss
from tests.feeds.server import FeedServer, feed_server

TODAY = dt.date(2026, 3, 26)

# The sample's reprint, as the district site carries it: the original's text plus the attribution line.
BUSINESS_BODY = """3月23日，全市优化营商环境大会召开。会议总结去年全市优化营商环境工作，部署今年重点任务，动员全市上下以更大力度打造市场化、法治化、国际化一流营商环境。

会议强调，要聚焦经营主体需求，深化“高效办成一件事”改革，持续降低制度性交易成本，推动更多政务服务事项“一网通办、一次办成”。

会议要求，各区县、各部门要压实工作责任，强化协同联动，确保各项任务落地见效。

（本文转载自重庆市人民政府网站）
"""
# The same page after an editor "localised" it: the municipal meeting became a district one, the demands changed.
DISTORTED_BODY = """3月23日，全区优化营商环境大会召开。区长在会上讲话，总结我区去年营商环境工作成绩，
要求各街道加大招商引资力度，全年引进项目不少于100个。

会议强调，各部门要主动上门服务企业，对企业诉求做到件件有回应。
"""
FLOOD_BODY = """各区县（自治县）人民政府，市政府各部门，有关单位：

为切实做好2026年防汛抗旱工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下。

一、压实防汛抗旱责任。各级行政首长负总责，层层落实责任，确保责任到人、措施到位。

二、加强监测预警。强化雨情水情监测，及时发布预警信息，提前转移受威胁群众。
"""


def sources(site: Site, cq_feed: str | None, news_feed: str | None = None, **verify: object) -> None:
    settings = {"reprint_days": 7, "timeout": 1, "cache_minutes": 30, **verify}
    cq = f", feed: \"{cq_feed}\"" if cq_feed else ""
    news = f", feed: \"{news_feed}\"" if news_feed else ""
    site.write("site_config/sources.yml", f"""
        sources:
          - {{name: 中国政府网, kind: government, domains: [www.gov.cn]}}
          - {{name: 重庆市人民政府, kind: government, domains: [www.cq.gov.cn], must_reprint: true{cq}}}
          - {{name: 新华网, kind: designated, domains: [www.news.cn], aliases: [新华社]{news}}}
        verify: {{{", ".join(f"{k}: {v}" for k, v in settings.items())}}}
        """)


def reprint(site: Site, path: str, item: Item, body: str, title: str | None = None, status: str = "published",
            name: str = "重庆市人民政府") -> str:
    return site.page(path, body=body, title=title or item.title, status=status,
                     source=f"{{type: reprint, name: {name}, url: \"{item.link}\"}}")


def run(site: Site, today: dt.date = TODAY, use_cache: bool = True) -> list[Finding]:
    return verify(site.root, load_config(site.root), today, use_cache).findings


def git_init(site: Site) -> None:
    subprocess.run(["git", "init", "-q", str(site.root)], check=True)


def by_code(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def serve_cq(server: FeedServer, items: list[Item], full_text: bool = True, **options: object) -> str:
    return server.serve("/cq/rss.xml", rss(items, full_text=full_text), **options)


def test_faithful_reprint_passes_and_distorted_one_fails(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [BUSINESS, FLOOD]))
        reprint(site, "content/news/good.md", BUSINESS, BUSINESS_BODY)
        reprint(site, "content/news/bad.md", BUSINESS, DISTORTED_BODY, title="全区优化营商环境大会召开")
        reprint(site, "content/policies/flood.md", FLOOD, FLOOD_BODY)
        found = run(site)
    distorted = by_code(found, "SRC006")
    assert [f.path for f in distorted] == ["content/news/bad.md"]
    assert distorted[0].severity == "error" and "相似度" in distorted[0].message
    assert "正文与原文全文" in distorted[0].message and BUSINESS.link in distorted[0].message
    assert distorted[0].line == 7  # the source key
    assert by_code(found, "SRC009") == []


def test_changed_title_alone_is_reported(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [FLOOD]))
        reprint(site, "content/policies/flood.md", FLOOD, FLOOD_BODY, title="关于全面停止防汛工作的通知")
        [finding] = by_code(run(site), "SRC006")
    assert "标题与原文《" in finding.message and "正文" not in finding.message.split("：", 1)[1].split("。")[0]


def test_summary_feed_compares_the_summary(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [BUSINESS], full_text=False))
        reprint(site, "content/news/good.md", BUSINESS, BUSINESS_BODY)
        reprint(site, "content/news/bad.md", BUSINESS, DISTORTED_BODY)
        found = by_code(run(site), "SRC006")
    assert [f.path for f in found] == ["content/news/bad.md"] and "正文与原文摘要" in found[0].message


def test_threshold_is_configurable(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [BUSINESS]), text_similarity=0.2, title_similarity=0.2)
        reprint(site, "content/news/bad.md", BUSINESS, DISTORTED_BODY, title="全区优化营商环境大会召开")
        assert by_code(run(site), "SRC006") == []


def test_atom_feed_of_a_designated_source(site: Site) -> None:
    with feed_server() as server:
        news = server.serve("/news/atom.xml", atom([NEWS_ATOM_ITEM]), content_type="application/atom+xml")
        sources(site, None, news)
        body = ("国务院总理主持召开国务院常务会议，部署进一步稳就业举措。\n\n"
                "会议指出，就业是最基本的民生，要加大对重点群体就业支持力度，拓宽高校毕业生就业渠道。\n")
        reprint(site, "content/news/jobs.md", NEWS_ATOM_ITEM, body, name="新华社")
        reprint(site, "content/news/jobs2.md", NEWS_ATOM_ITEM, "会议决定，暂停高校毕业生招聘。\n", name="新华网")
        found = run(site)
    assert [f.path for f in by_code(found, "SRC006")] == ["content/news/jobs2.md"]


def test_gb2312_feed_without_declaration(site: Site) -> None:
    with feed_server() as server:
        url = server.serve("/cq/gb.xml", rss([BUSINESS], encoding=None).encode("gb2312"), content_type="text/xml")
        sources(site, url)
        reprint(site, "content/news/good.md", BUSINESS, BUSINESS_BODY)
        found = run(site)
    assert by_code(found, "SRC006") == [] and by_code(found, "SRC009") == [] and by_code(found, "SRC007") == []


def test_original_no_longer_in_the_feed_is_told_once(site: Site) -> None:
    git_init(site)
    with feed_server() as server:
        url = serve_cq(server, [BUSINESS, FLOOD])
        sources(site, url)
        reprint(site, "content/policies/flood.md", FLOOD, FLOOD_BODY)
        assert by_code(run(site, use_cache=False), "SRC007") == []
        serve_cq(server, [BUSINESS])  # the feed rolled over
        [gone] = by_code(run(site, use_cache=False), "SRC007")
        assert gone.severity == "info" and "已不在" in gone.message and gone.path == "content/policies/flood.md"
        assert by_code(run(site, use_cache=False), "SRC007") == []  # once


def test_never_seen_original_is_told_as_not_in_feed(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [BUSINESS]))
        reprint(site, "content/policies/flood.md", FLOOD, FLOOD_BODY)
        [note] = by_code(run(site), "SRC007")
    assert "不在重庆市人民政府的订阅源中" in note.message and "已不在" not in note.message


def test_must_reprint_items_overdue_pending_and_drafted(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [BUSINESS, FLOOD, ELDERLY]))
        reprint(site, "content/news/good.md", BUSINESS, BUSINESS_BODY)  # published: done
        reprint(site, "content/policies/elderly.md", ELDERLY, "现将实施方案印发给你们。\n", status="draft")
        found = by_code(run(site, today=dt.date(2026, 3, 20)), "SRC008")
    by_title = {f.message.split("《")[1].split("》")[0]: f for f in found}
    assert set(by_title) == {FLOOD.title, ELDERLY.title}
    assert by_title[FLOOD.title].severity == "warning" and "超过 7 天未转载" in by_title[FLOOD.title].message
    assert by_title[ELDERLY.title].severity == "info" and "期限 2026-03-25" in by_title[ELDERLY.title].message
    assert "content/policies/elderly.md 已在转载但尚未发布" in by_title[ELDERLY.title].message
    assert all(f.path == "site_config/sources.yml" and f.line == 3 for f in found)


def test_must_reprint_source_without_feed_is_a_note(site: Site) -> None:
    sources(site, None)
    [note] = by_code(run(site), "SRC008")
    assert note.severity == "info" and "未配置 feed" in note.message


def test_failing_slow_and_malformed_feeds_are_one_warning_each(site: Site) -> None:
    with feed_server() as server:
        failing = server.serve("/cq/rss.xml", "error", status=500, content_type="text/html")
        slow = server.serve("/news/atom.xml", atom([NEWS_ATOM_ITEM]), delay=3)
        sources(site, failing, slow)
        reprint(site, "content/news/a.md", BUSINESS, BUSINESS_BODY)
        reprint(site, "content/news/b.md", FLOOD, FLOOD_BODY)
        reprint(site, "content/news/c.md", NEWS_ATOM_ITEM, "国务院常务会议。\n", name="新华网")
        found = run(site)
        troubles = by_code(found, "SRC009")
        assert (troubles[0].severity, "HTTP 500" in troubles[0].message) == ("warning", True)
        assert len(troubles) == 2 and "超时" in troubles[1].message
        server.serve("/cq/rss.xml", rss([BUSINESS]).replace("</channel></rss>", "<item><title>"))
        server.serve("/news/atom.xml", "<html><body>页面不存在</body></html>", content_type="text/html")
        troubles = by_code(run(site), "SRC009")
    assert len(troubles) == 2 and all(t.severity == "warning" for t in troubles)
    assert "格式不规范" in troubles[0].message and "可能不全" in troubles[0].message
    assert "格式错误" in troubles[1].message and "不是 RSS 或 Atom" in troubles[1].message
    assert not any(f.code == "SRC006" for f in found)


def test_cache_saves_fetches_but_never_hides_a_failure(site: Site) -> None:
    git_init(site)
    with feed_server() as server:
        url = serve_cq(server, [BUSINESS], etag='"v1"')
        sources(site, url)
        reprint(site, "content/news/good.md", BUSINESS, BUSINESS_BODY)
        run(site)
        run(site)
        assert server.hits["/cq/rss.xml"] == 1  # the second run used the fresh copy
        sources(site, url, cache_minutes=0)
        assert not by_code(run(site), "SRC009")
        assert server.hits["/cq/rss.xml"] == 2  # asked again, answered 304, the copy reused
        server.serve("/cq/rss.xml", "down", status=503, content_type="text/plain")
        [trouble] = by_code(run(site), "SRC009")
    assert "HTTP 503" in trouble.message and trouble.severity == "warning"


def test_check_never_fetches(site: Site) -> None:
    with feed_server() as server:
        sources(site, serve_cq(server, [BUSINESS]))
        reprint(site, "content/news/good.md", BUSINESS, BUSINESS_BODY)
        site.check()
        assert server.hits == {}
