"""A reader in real headless Chromium, at phone and desktop size: the built demo site served on 127.0.0.1.

Most tests drive Chromium through the DevTools protocol (tests/chrome.py): they click, pick filters, type into
the search box and run axe-core (the accessibility engine, installed from npm into a cache folder) in the page.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.chrome import Chrome, Tab, chromium
from tests.conftest import PROJECT
from tests.gates_mkdocs.test_mkdocs_build import build, make_site, write

PHONE = (390, 844)
DESKTOP = (1280, 900)
SIZES = pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
AXE_VERSION = "4.10.3"
POLICY = "policies/2026-03-12-zhongxiaowei-qiye/"
READING = "policies/2026-03-13-zhongxiaowei-jiedu/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A static server that answers a missing page with the site's own 404.html, as a district's web server does."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(site: Path) -> Iterator[str]:
    handler = functools.partial(_Handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def served(demo_site: Path) -> Iterator[str]:
    yield from serve(demo_site)


@pytest.fixture(scope="module")
def chrome() -> Iterator[Chrome]:
    with Chrome() as browser:
        yield browser


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core from the npm registry (the only network the tests use), cached between runs."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gates-tests" / f"axe-core-{AXE_VERSION}"
    script = cache / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        npm = shutil.which("npm")
        assert npm, "npm is needed for the accessibility tests: apt-get install npm"
        subprocess.run([npm, "install", "--prefix", str(cache), f"axe-core@{AXE_VERSION}", "--no-audit", "--no-fund",
                        "--no-save"], check=True, capture_output=True, timeout=300)
    return script.read_text(encoding="utf-8")


def open_tab(chrome: Chrome, url: str, size: tuple[int, int]) -> Tab:
    return chrome.open(url, width=size[0], height=size[1], mobile=size == PHONE)


def browse(url: str, *extra: str) -> str:
    """The DOM after Chromium has loaded the page and run its scripts, at phone size (plain command line)."""
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--window-size={PHONE[0]},{PHONE[1]}", "--virtual-time-budget=3000",
             *extra, url],
            capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


# ---- what a reader sees ---------------------------------------------------------------------------------


def test_article_renders_with_its_disclosure_table(served: str) -> None:
    dom = browse(f"{served}/policies/2026-02-27-zhengwu-gongkai-yaodian/", "--dump-dom")
    assert "江北区2026年政务公开工作要点" in dom
    assert "江北府办发〔2026〕12号" in dom and "11500105768865765W/2026-00012" in dom
    assert 'name="SiteIDCode" content="5001050001"' in dom
    assert "网站标识码" in dom  # the footer


def test_column_pages_list_articles_newest_first_across_pages(served: str, chrome: Chrome) -> None:
    published = [p for p in (PROJECT / "content" / "news").glob("*.md") if "\nstatus: published" in p.read_text("utf-8")]
    tab = open_tab(chrome, f"{served}/news/", PHONE)
    stamps: list[str] = []
    while True:
        stamps += tab.evaluate("[...document.querySelectorAll('time.gates-list__date')].map(t => t.dateTime)")
        following = tab.evaluate("document.querySelector('.gates-pager a[rel=next]')?.href || ''")
        if not following:
            break
        tab.goto(following)
    assert len(stamps) == len(published) >= 5
    assert stamps == sorted(stamps, reverse=True) and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d\+08:00", s)
                                                         for s in stamps)
    assert len(set(stamps)) == len(stamps), "the demo's pages carry the time of their 签发"


def test_withheld_page_is_not_served(served: str) -> None:
    dom = browse(f"{served}/notices/2026-03-11-yishenqing-dafu/", "--dump-dom")
    assert "404" in dom and "GUANYINQIAO-DAFU-5520" not in dom


@SIZES
def test_breadcrumb_and_active_column_on_an_article_and_listing_page_2(served: str, chrome: Chrome,
                                                                       size: tuple[int, int]) -> None:
    where = "document.querySelector('.gates-crumbs').innerText.replace(/\\s+/g, '')"
    active = "[...document.querySelectorAll('.gates-topnav__link--active')].map(a => a.innerText.trim())"
    visible = ("(() => { const r = document.querySelector('.gates-topnav__link--active').getBoundingClientRect();"
               " return r.width > 0 && r.height > 0; })()")
    tab = open_tab(chrome, f"{served}/news/2026-03-09-yingshang-huanjing/", size)
    assert tab.evaluate(where) == "您的当前位置：首页>工作动态>正文"
    assert tab.evaluate(active) == ["工作动态"] and tab.evaluate(visible)
    tab.goto(f"{served}/news/page/2/")
    assert tab.evaluate(where) == "您的当前位置：首页>工作动态>第2页"
    assert tab.evaluate(active) == ["工作动态"] and tab.evaluate(visible)
    tab.evaluate("[...document.querySelectorAll('.gates-crumbs a')].pop().click()")  # the column
    tab.wait_for("location.pathname === '/news/'")


@SIZES
def test_policy_page_links_its_reading_both_ways(served: str, chrome: Chrome, size: tuple[int, int]) -> None:
    tab = open_tab(chrome, f"{served}/{POLICY}", size)
    links = "[...document.querySelectorAll('.gates-related a')].map(a => new URL(a.href).pathname)"
    assert tab.evaluate(links) == [f"/{READING}"]
    tab.goto(f"{served}/{READING}")
    assert tab.evaluate(links) == [f"/{POLICY}"]


def test_policy_listing_shows_document_numbers(served: str, chrome: Chrome) -> None:
    tab = open_tab(chrome, f"{served}/policies/", DESKTOP)
    numbers = tab.evaluate("[...document.querySelectorAll('.gates-doclist__number')].map(td => td.innerText)")
    assert "江北发改发〔2026〕8号" in numbers and "江北府办发〔2026〕12号" in numbers


@SIZES
def test_a_missing_page_answers_in_chinese(served: str, chrome: Chrome, size: tuple[int, int]) -> None:
    tab = open_tab(chrome, f"{served}/zwgk/no-such-page/", size)
    assert "您访问的页面不存在" in tab.evaluate("document.querySelector('h1').innerText")
    assert tab.evaluate("document.documentElement.lang") == "zh"
    assert "Not Found" not in tab.evaluate("document.body.innerText")
    # Its links are absolute: they work from any depth the reader mistyped.
    home = tab.evaluate("[...document.querySelectorAll('[data-gates-content] a')].map(a => a.href)")[0]
    assert home == f"{served}/index.html"


@SIZES
def test_search_finds_a_word_inside_a_sentence_in_its_article_not_in_a_listing(served: str, chrome: Chrome,
                                                                               size: tuple[int, int]) -> None:
    tab = open_tab(chrome, f"{served}/", size)
    # 贴息 stands in the middle of a sentence of the policy's body, never in a title.
    tab.evaluate("(() => { const q = document.querySelector('.md-search__input'); q.focus(); q.value = '贴息';"
                 " q.dispatchEvent(new Event('input', {bubbles: true})); q.dispatchEvent(new KeyboardEvent('keyup'));"
                 " return 1; })()")
    hits = tab.wait_for("(() => { const a = [...document.querySelectorAll('.md-search-result__item a')]"
                        ".map(a => new URL(a.href).pathname); return a.length ? a : null; })()")
    assert f"/{POLICY}" in hits
    listings = [h for h in hits if re.fullmatch(r"/([a-z]+/)?(page/\d+/)?|/xxgk/|/sitemap/", h)]
    assert listings == []


# ---- 政府信息公开目录 ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalog_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A preview build with documents of two years and two units, so the filters have something to narrow."""
    root = make_site(tmp_path_factory.mktemp("catalog"))
    docs = [("policies/a.md", "fgw", "2025-06-03", "关于印发2025年产业扶持办法的通知", "经济管理", "通知"),
            ("policies/b.md", "qzfb", "2025-11-20", "关于做好2025年冬季供暖保障的通知", "城乡建设", "通知"),
            ("policies/c.md", "fgw", "2026-02-10", "关于2026年重点项目计划的公告", "经济管理", "公告"),
            ("notices/d.md", "qzfb", "2026-03-05", "关于清明节祭扫的通告", "民政", "通告")]
    write(root / "content", "index.md", "---\ntitle: 首页\n---\n")
    for number, (src, unit, day, title, topic, genre) in enumerate(docs, 1):
        code = {"fgw": "115001050092765431", "qzfb": "11500105768865765W"}[unit]
        write(root / "content", src, (
            f"---\ntitle: {title}\ncolumn: {src.split('/')[0]}\nunit: {unit}\ndisclosure: 主动公开\nstatus: published\n"
            f"date: {day}\ntime: \"10:0{number}\"\ntopic: {topic}\ngenre: {genre}\n"
            f"index_number: {code}/{day[:4]}-{number:05d}\n---\n{title}，现予公布。\n"))
    build(root)
    yield from serve(root / "site")


@SIZES
def test_catalog_filter_narrows_by_year_and_publisher(catalog_site: str, chrome: Chrome,
                                                      size: tuple[int, int]) -> None:
    tab = open_tab(chrome, f"{catalog_site}/xxgk/", size)
    shown = ("[...document.querySelectorAll('.gates-catalog__table tbody tr')].filter(r => !r.hidden)"
             ".map(r => r.querySelector('a').innerText)")
    pick = ("((name, value) => {{ const s = document.querySelector(`select[name=${{name}}]`); s.value = value;"
            " s.dispatchEvent(new Event('change', {{bubbles: true}})); return s.value; }})('{0}', '{1}')")
    assert len(tab.evaluate(shown)) == 4
    assert tab.evaluate(pick.format("year", "2025")) == "2025"
    assert sorted(tab.evaluate(shown)) == sorted(["关于印发2025年产业扶持办法的通知", "关于做好2025年冬季供暖保障的通知"])
    assert tab.evaluate(pick.format("unit", "江北区发展和改革委员会")) == "江北区发展和改革委员会"
    assert tab.evaluate(shown) == ["关于印发2025年产业扶持办法的通知"]
    assert tab.evaluate("document.querySelector('.gates-catalog__count').innerText") == "共 1 条"
    tab.evaluate(pick.format("year", ""))
    assert tab.evaluate(shown) == ["关于2026年重点项目计划的公告", "关于印发2025年产业扶持办法的通知"]  # newest first


# ---- accessibility, larger text, screenshots -----------------------------------------------------------


@SIZES
@pytest.mark.parametrize("page", ["", "news/", POLICY, "xxgk/"], ids=["home", "listing", "policy", "catalog"])
def test_axe_finds_no_serious_or_critical_violation(served: str, chrome: Chrome, axe_source: str, page: str,
                                                    size: tuple[int, int]) -> None:
    tab = open_tab(chrome, f"{served}/{page}", size)
    tab.evaluate(axe_source + ";0")
    found = tab.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
                         ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                         ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))")
    assert found == [], json.dumps(found, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("page", [POLICY, "xxgk/", ""], ids=["policy", "catalog", "home"])
def test_largest_text_does_not_break_the_phone_layout(served: str, chrome: Chrome, page: str) -> None:
    tab = open_tab(chrome, f"{served}/{page}", PHONE)
    base = tab.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    tab.evaluate("document.querySelector('[data-gates-font=xlarge]').click()")
    larger = tab.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    assert larger >= base * 1.3
    # Nothing sticks out sideways: the page never scrolls horizontally (wide tables scroll inside their box).
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    tab.goto(f"{served}/{page}")  # the choice is remembered
    assert tab.evaluate("document.documentElement.classList.contains('gates-font--xlarge')")
    tab.evaluate("document.querySelector('[data-gates-font=\"\"]').click()")


def test_screenshots_of_a_policy_page_and_the_catalog(served: str, chrome: Chrome, tmp_path: Path) -> None:
    for name, page, size in (("policy-phone", POLICY, PHONE), ("policy-desktop", POLICY, DESKTOP),
                             ("catalog-desktop", "xxgk/", DESKTOP), ("catalog-phone", "xxgk/", PHONE)):
        shot = open_tab(chrome, f"{served}/{page}", size).screenshot(tmp_path / f"{name}.png")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert width == size[0] and height >= size[1]
    print(f"screenshots: {tmp_path}")
