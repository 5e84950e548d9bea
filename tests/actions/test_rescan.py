"""`gates rescan` on the repository's own sample site, built for real with MkDocs: a clean build finds nothing;
each problem planted in it (before or after the build) is found once, by the right rule. Then the same site
served over HTTP on 127.0.0.1, with slow, failing, rate-limited and looping endpoints and links elsewhere."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from gates.actions.rescan import Options, rescan
from gates.config import load_config
from gates.domain.rescan import Scan
from tests.detect.helpers import make_id
from tests.gates_mkdocs.test_mkdocs_build import PROJECT, article, build, make_site, write
from tests.webkit import Handler, Server, guarded, net_guard_fixture  # noqa: F401

TODAY = dt.date(2026, 4, 1)
ID_NUMBER = make_id("50010519800512301")
# The sample's links to the real world (the footer's 备案 links, a reprint's source): never fetched in a test.
OUTSIDE = (r"^https://beian\.(miit|mps)\.gov\.cn/", r"^https://www\.cq\.gov\.cn/", r"^https://zfwzzc\.www\.gov\.cn/")


def sample(root: Path, feed: str | None = None) -> Path:
    """The project's sample content and config in a throwaway site; its drafts stay drafts."""
    make_site(root)
    shutil.rmtree(root / "content")
    shutil.copytree(PROJECT / "content", root / "content")
    columns = root / "site_config" / "columns.yml"
    text = columns.read_text(encoding="utf-8")
    # The sample's account feed names a local preview address; point it where the test serves it (or at nothing).
    text = re.sub(r'feed: "[^"]*"', f'feed: "{feed}"' if feed else "", text).replace(", }", "}")
    columns.write_text(text, encoding="utf-8")
    return root


def scan(root: Path, target: str, **options: object) -> Scan:
    return rescan(root, load_config(root), Options(target, today=TODAY, **options))  # type: ignore[arg-type]


def counts(result: Scan) -> Counter[str]:
    return Counter(f.code for f in result.result.findings)


# ---- a built folder ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = sample(tmp_path_factory.mktemp("clean"))
    build(root)  # the gated build writes gates-manifest.json beside mkdocs.yml
    return root


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = sample(tmp_path_factory.mktemp("planted"))
    c = root / "content"
    write(c, "notices/2026-03-27-gaoling-jintie.md", article(
        "关于2026年第一季度高龄津贴发放名单的公示", "notices", 27,
        "经审核，现将2026年第一季度高龄津贴发放名单公示如下：\n\n"
        f"| 序号 | 姓名 | 身份证号 | 金额（元） |\n|---|---|---|---|\n| 1 | 张某某 | {ID_NUMBER} | 300.00 |\n\n"
        "公示期：2026年3月27日至4月2日。"))
    write(c, "news/2026-03-28-huiyi-jiyao.md", article(
        "区政府第6次常务会议纪要摘要", "news", 28,
        "会议听取了安全生产工作汇报，详见[3月2日会议的部署](2026-03-02-changwu-huiyi.md#anquan-shengchan)，"
        "以及[往期通知](/notices/2025-12-01-dongji-fanghuo/)。"))
    undated = article("区领导调研城市更新项目", "news", 29, "区领导到观音桥街道调研城市更新项目推进情况。")
    write(c, "news/2026-03-29-chengshi-gengxin.md", undated.replace("date: 2026-03-29\n", ""))
    build(root)  # the gated build writes gates-manifest.json beside mkdocs.yml
    # After the approved build: one page edited on the server, one page put there by hand.
    edited = root / "site/policies/2026-03-12-zhongxiaowei-qiye/index.html"
    html = edited.read_text(encoding="utf-8")
    assert "中小微企业" in html
    edited.write_text(html.replace("中小微企业", "中小企业", 1), encoding="utf-8")
    write(root / "site", "news/huodong-2026.html",
          "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>春季活动</title></head>"
          "<body><h1>春季活动报名</h1><p>欢迎报名参加。</p></body></html>")
    return root


def test_the_clean_built_sample_has_no_findings(clean: Path, net_guard: object) -> None:
    result = scan(clean, str(clean / "site"), external=False)
    assert result.result.findings == []
    assert result.pages >= 20 and result.files > result.pages
    assert result.manifest.startswith(str(clean / "gates-manifest.json"))  # the build's manifest, found by default


def test_each_planted_problem_is_found_once_by_its_family(planted: Path, net_guard: object) -> None:
    result = scan(planted, str(planted / "site"), external=False)
    assert counts(result) == {"SEC002": 1, "LINK001": 1, "LINK002": 1, "LINK004": 1, "PUB001": 1, "PUB002": 1}
    by_code = {f.code: f for f in result.result.findings}
    site = f"{planted / 'site'}/"
    assert by_code["SEC002"].path == site + "notices/2026-03-27-gaoling-jintie/index.html"
    assert ID_NUMBER not in by_code["SEC002"].message  # findings travel into CI logs: masked only
    assert by_code["LINK001"].path == site + "news/2026-03-28-huiyi-jiyao/index.html"
    assert "/notices/2025-12-01-dongji-fanghuo/" in by_code["LINK001"].message
    assert "anquan-shengchan" in by_code["LINK002"].message
    assert by_code["LINK004"].path == site + "news/2026-03-29-chengshi-gengxin/index.html"
    assert by_code["PUB001"].path == site + "policies/2026-03-12-zhongxiaowei-qiye/index.html"
    assert "content/policies/2026-03-12-zhongxiaowei-qiye.md" in by_code["PUB001"].message
    assert by_code["PUB002"].path == site + "news/huodong-2026.html"
    # Each finding points at the line of the page where the problem is.
    html = (planted / "site/news/2026-03-28-huiyi-jiyao/index.html").read_text(encoding="utf-8").splitlines()
    assert "dongji-fanghuo" in html[by_code["LINK001"].line - 1]


def test_without_a_manifest_integrity_is_not_judged_and_says_so(planted: Path, tmp_path: Path,
                                                                net_guard: object) -> None:
    copy = tmp_path / "elsewhere"
    shutil.copytree(planted / "site", copy)
    result = scan(planted, str(copy), external=False)
    assert not any(f.code.startswith("PUB") for f in result.result.findings)
    assert any("未提供构建清单" in note for note in result.notes)


def test_a_file_the_build_made_that_is_gone_is_pub003(clean: Path, tmp_path: Path, net_guard: object) -> None:
    copy = tmp_path / "site"
    shutil.copytree(clean / "site", copy)
    (copy / "news/feed.xml").unlink()
    result = scan(clean, str(copy), external=False, manifest=clean / "gates-manifest.json")
    found = result.result.findings
    assert [(f.code, f.path) for f in found if f.code != "LINK001"] == [("PUB003", f"{copy}/news/feed.xml")]
    # The column's pages announce their feed (<link rel="alternate">): each of them now links a missing file.
    broken = [(f.path, f.message) for f in found if f.code == "LINK001"]
    assert broken and all("feed.xml" in m and "/site/news/" in p for p, m in broken), broken


# ---- a live site on 127.0.0.1 ------------------------------------------------------------------------------


def _slow(handler: Handler) -> None:
    time.sleep(3)
    handler.send(200, b"<html><body>late</body></html>", {"Content-Type": "text/html"})


def _busy_once(path: str) -> object:
    state = {"first": True}

    def route(handler: Handler) -> None:
        if handler.command == "GET" and state["first"]:
            state["first"] = False
            handler.send(429, b"busy", {"Retry-After": "1"})
        else:
            handler.serve_file(path)

    return route


def _head_refused(handler: Handler) -> None:
    if handler.command == "HEAD":
        handler.send(405)
    elif handler.headers.get("Range") == "bytes=0-0":
        handler.send(206, b"<", {"Content-Range": "bytes 0-0/100", "Content-Type": "text/html"})
    else:
        handler.send(200, b"<html>" + b" " * 94, {"Content-Type": "text/html"})


BUSY = "/personnel/"
HIDDEN = "/personnel/2026-03-15-renqian-gongshi/"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Server, Server]]:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "ok.html").write_text('<html><body><a href="/secret.html">内部</a></body></html>', encoding="utf-8")
    (elsewhere / "secret.html").write_text("<html><body>never crawled</body></html>", encoding="utf-8")
    other = Server(elsewhere).start()
    other.routes["/head405.html"] = _head_refused
    root = tmp_path_factory.mktemp("live")
    main = Server(root / "site")  # bound now, so the page can name its port; started after the build
    sample(root, feed=f"{main.base}wechat/feed.xml")
    write(root / "content", "notices/2026-03-27-lianjie.md", article(
        "政务服务相关网站链接", "notices", 27,
        "\n".join([
            "- [办事指南](/slow/)", "- [在线申报](/fail/)", "- [人事信息](/personnel/)", "- [旧版入口](/loop/)",
            "- [跳转入口](/away/)",
            f"- [市政务服务网]({other.base}ok.html)", f"- [已撤除的原文]({other.base}gone.html)",
            f"- [只接受 GET 的网站]({other.base}head405.html)",
            "- [实例元数据](http://169.254.169.254/latest/meta-data/)", "- [内网系统](http://10.0.0.1/admin/)",
            f"- [本机其他地址](http://127.0.0.2:{main.server_address[1]}/)",
        ])))
    build(root)  # the gated build writes gates-manifest.json beside mkdocs.yml
    (root / "site/robots.txt").write_text(f"User-agent: *\nDisallow: {HIDDEN}\n", encoding="utf-8")
    main.routes.update({
        "/slow/": _slow,
        "/fail/": lambda h: h.send(500, b"error", {"Content-Type": "text/html"}),
        BUSY: _busy_once(BUSY),  # type: ignore[dict-item]
        "/loop/": lambda h: h.send(302, headers={"Location": "/loop2/"}),
        "/loop2/": lambda h: h.send(302, headers={"Location": "/loop/"}),
        "/away/": lambda h: h.send(302, headers={"Location": other.base + "ok.html"}),
    })
    main.start()
    try:
        yield root, main, other
    finally:
        main.stop()
        other.stop()


@pytest.fixture(scope="module")
def live_scan(live: tuple[Path, Server, Server]) -> Scan:
    """Under the network guard: the metadata and intranet links must be refused before any connection is tried
    (the guard fails the scan's fixture on any attempt outside loopback, a name lookup included)."""
    root, main, _other = live
    with guarded():
        # Two worker processes read the pages (fetching stays in this process), whatever this machine's CPUs.
        return scan(root, main.base, manifest=root / "gates-manifest.json", timeout=1.0, max_wait=5.0,
                    ignore=OUTSIDE, cache=None, jobs=2)


def _reasons(result: Scan, code: str) -> dict[str, str]:
    out = {}
    for f in result.result.findings:
        if f.code == code:
            href = re.search(r"链接 (\S+) ", f.message)
            assert href, f.message
            out[href.group(1)] = f.message
    return out


def test_live_same_site_problems(live: tuple[Path, Server, Server], live_scan: Scan) -> None:
    internal = _reasons(live_scan, "LINK001")
    assert set(internal) == {"/slow/", "/fail/", "/loop/", "/away/"}
    assert "超时" in internal["/slow/"]
    assert "HTTP 500" in internal["/fail/"]
    assert "重定向循环" in internal["/loop/"]
    assert "站外" in internal["/away/"]
    page = live[1].base + "notices/2026-03-27-lianjie/"
    # Info notes (a source's items waiting to be reprinted, SRC008) are the sources' business, not the page's.
    assert {f.path for f in live_scan.result.findings if f.severity != "info"} == {page}


def test_live_rate_limit_is_waited_out(live: tuple[Path, Server, Server], live_scan: Scan) -> None:
    _root, main, _other = live
    tries = [h.at for h in main.hits if h.path == BUSY and h.method == "GET"]
    assert len(tries) == 2 and tries[1] - tries[0] >= 0.9  # Retry-After: 1 honoured, then it worked
    assert "/personnel/" not in _reasons(live_scan, "LINK001")


def test_live_external_links_checked_not_crawled(live: tuple[Path, Server, Server], live_scan: Scan) -> None:
    _root, _main, other = live
    outside = _reasons(live_scan, "LINK003")
    assert set(outside) == {other.base + "gone.html", "http://169.254.169.254/latest/meta-data/",
                            "http://10.0.0.1/admin/", f"http://127.0.0.2:{live[1].server_address[1]}/"}
    assert "HTTP 404" in outside[other.base + "gone.html"]
    for blocked in ("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin/"):
        assert "内网" in outside[blocked]
    # Checked with HEAD (then a one-byte GET where HEAD is refused); the other host's own links never followed.
    assert "/secret.html" not in other.paths()
    assert {h.method for h in other.hits if h.path == "/ok.html"} == {"HEAD"}
    assert [(h.method, h.headers.get("Range")) for h in other.hits if h.path == "/head405.html"] == [
        ("HEAD", None), ("GET", "bytes=0-0")]


def test_live_robots_and_integrity(live: tuple[Path, Server, Server], live_scan: Scan) -> None:
    _root, main, _other = live
    assert HIDDEN not in main.paths()
    assert any("robots.txt" in note for note in live_scan.notes)
    assert not any(f.code.startswith(("PUB", "SEC", "LINK004", "LINK005")) for f in live_scan.result.findings)
    assert live_scan.pages >= 20
    # The canonical links name the public domain: read as this site's pages, never fetched from that domain.
    assert live_scan.external_links == 6


def test_live_pages_read_in_worker_processes_report_what_one_process_does(live: tuple[Path, Server, Server],
                                                                          live_scan: Scan) -> None:
    root, main, _other = live
    with guarded():
        one = scan(root, main.base, manifest=root / "gates-manifest.json", timeout=1.0, max_wait=5.0,
                   ignore=OUTSIDE, cache=None, jobs=1)

    def report(result: Scan) -> list[tuple[str, int, str, str]]:
        # A live site's pages come back in the order the server answers: the reporters sort what they print.
        return sorted((f.path, f.line, f.code, f.message) for f in result.result.findings)

    assert report(one) == report(live_scan) and len(report(one)) > 5
    assert (one.pages, one.files, one.unchecked, sorted(one.notes)) == (
        live_scan.pages, live_scan.files, live_scan.unchecked, sorted(live_scan.notes))


def test_live_page_limit(live: tuple[Path, Server, Server], net_guard: object) -> None:
    root, main, _other = live
    before = len(main.hits)
    result = scan(root, main.base, external=False, max_pages=5, timeout=1.0)
    assert len([h for h in main.hits[before:] if h.path != "/robots.txt"]) <= 5
    assert any("页面上限" in note for note in result.notes)
    assert not any(f.code == "PUB003" for f in result.result.findings)  # not fetched is not missing


def test_an_unreadable_feed_is_a_warning(live: tuple[Path, Server, Server], tmp_path: Path,
                                         net_guard: object) -> None:
    root, main, _other = live
    columns = root / "site_config" / "columns.yml"
    original = columns.read_text(encoding="utf-8")
    try:
        columns.write_text(original.replace("wechat/feed.xml", "wechat/no-feed.xml"), encoding="utf-8")
        result = scan(root, str(root / "site"), ignore=(*OUTSIDE, re.escape(main.base[:-1]), r"^http://(10|169|127)\."),
                      manifest=root / "gates-manifest.json")
    finally:
        columns.write_text(original, encoding="utf-8")
    feeds = [f for f in result.result.findings if f.code == "LINK005"]
    assert len(feeds) == 1 and feeds[0].severity == "warning" and "微信公众号" in feeds[0].message



def test_reprints_are_checked_against_their_sources_feed(clean: Path, net_guard: object) -> None:
    """The sample's reprint of the municipal government's news, against that source's feed on 127.0.0.1."""
    from tests.feeds.samples import BUSINESS, rss
    from tests.feeds.server import feed_server

    path = clean / "site_config" / "sources.yml"
    original = path.read_text(encoding="utf-8")
    try:
        with feed_server() as server:
            url = server.serve("/cq/rss.xml", rss([BUSINESS], full_text=True))
            path.write_text(original.replace("domains: [www.cq.gov.cn], must_reprint: true",
                                             f'domains: [www.cq.gov.cn], feed: "{url}"')
                            .replace("cache_minutes: 30", "cache_minutes: 0"), encoding="utf-8")
            faithful = scan(clean, str(clean / "site"), ignore=OUTSIDE, manifest=clean / "gates-manifest.json")
            changed = type(BUSINESS)("全区优化营商环境大会召开", BUSINESS.link, BUSINESS.date,
                                     "<p>区长主持召开全区大会，部署招商引资。</p>")
            server.serve("/cq/rss.xml", rss([changed], full_text=True))
            distorted = scan(clean, str(clean / "site"), ignore=OUTSIDE, manifest=clean / "gates-manifest.json")
    finally:
        path.write_text(original, encoding="utf-8")
    assert not [f for f in faithful.result.findings if f.code.startswith("SRC") and f.severity != "info"]
    [finding] = [f for f in distorted.result.findings if f.code == "SRC006"]
    assert finding.path == "content/news/2026-03-24-quanshi-yingshang-dahui.md" and finding.severity == "error"
