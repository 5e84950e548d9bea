"""Small published sites written by hand, for the LINK and PUB rule tests: pages shaped like the gated build's
(monitoring meta tags, the content region marked, the footer with its 备案号), in a folder next to the sample
site_config/, scanned with the real `gates rescan` action."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from pathlib import Path

import pytest

from gates.actions.rescan import Options, rescan
from gates.config import load_config
from gates.domain.rescan import Scan
from gates.model.finding import Finding
from tests.conftest import Site

TODAY = dt.date(2026, 4, 1)


def page_html(title: str, body: str, pubdate: str | None = "2026-03-20 09:00", column: str = "工作动态",
              head_extra: str = "") -> str:
    """An article page as the site renders it; pubdate None leaves PubDate out, '' leaves it empty; a column
    listing is made by passing column and body with no ArticleTitle (article=False via pubdate='-')."""
    tags = [("SiteName", "重庆市江北区人民政府"), ("SiteIDCode", "5001050001"), ("ColumnName", column)]
    if pubdate != "-":
        tags.append(("ArticleTitle", title))
        if pubdate is not None:
            tags.append(("PubDate", pubdate))
    meta = "\n".join(f'<meta name="{n}" content="{html.escape(v)}">' for n, v in tags)
    return f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - 重庆市江北区人民政府</title>
{meta}
{head_extra}
</head>
<body>
<header><a href="/">首页</a> <a href="/news/">工作动态</a></header>
<div class="md-content"><article><div data-gates-content>
<h1 id="top">{html.escape(title)}</h1>
{body}
</div></article></div>
<footer><div class="md-copyright">主办单位：重庆市江北区人民政府办公室 网站标识码：5001050001
<a href="https://beian.miit.gov.cn/">渝ICP备00000000号</a> 渝公网安备 50010502000000号 联系电话：13800138000</div></footer>
</body>
</html>
"""


class Published:
    """A site repository (sample config) with a built-looking `site/` folder and a manifest of it."""

    def __init__(self, site: Site) -> None:
        self.root = site.root
        self.site = site
        self.folder = site.root / "site"
        self.folder.mkdir()
        # The footer's links leave the machine: never checked in a test.
        self.ignore: tuple[str, ...] = (r"^https://beian\.",)
        # Nor the sample's account feed, which names a local preview port that may be anything on this machine.
        columns = site.root / "site_config" / "columns.yml"
        columns.write_text(re.sub(r', feed: "[^"]*"', "", columns.read_text(encoding="utf-8")), encoding="utf-8")

    def write(self, rel: str, text: str | bytes) -> str:
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return rel

    def home(self, *articles: str) -> None:
        """The home page and the 工作动态 listing, linking the given article paths (under news/)."""
        self.write("index.html", page_html("首页", '<p><a href="news/">工作动态</a></p>', pubdate="-", column="首页"))
        items = "".join(f'<li><a href="{a}">文章</a></li>' for a in articles)
        self.write("news/index.html", page_html("工作动态", f"<ul>{items}</ul>", pubdate="-"))

    def manifest(self, sources: dict[str, str] | None = None) -> Path:
        """TEST FIXTURE: a manifest (SPEC section 7 format) of this hand-written folder as it is now; built sites get
        theirs from the gates plugin."""
        files = {}
        for path in sorted(self.folder.rglob("*")):
            if path.is_file():
                rel = path.relative_to(self.folder).as_posix()
                files[rel] = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                              "source": (sources or {}).get(rel), "kind": "page" if rel.endswith(".html") else "asset"}
        target = self.root / "gates-manifest.json"
        target.write_text(json.dumps({"version": 1, "commit": "a" * 40, "files": files}), encoding="utf-8")
        return target

    def scan(self, target: str | None = None, **options: object) -> Scan:
        options.setdefault("external", False)
        options.setdefault("ignore", self.ignore)
        options.setdefault("cache", None)
        return rescan(self.root, load_config(self.root), Options(target or str(self.folder), today=TODAY,
                                                                  **options))  # type: ignore[arg-type]

    def findings(self, code: str, target: str | None = None, **options: object) -> list[Finding]:
        return [f for f in self.scan(target, **options).result.findings if f.code == code]


@pytest.fixture(name="published")
def published_fixture(site: Site) -> Published:
    return Published(site)
