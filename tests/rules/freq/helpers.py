"""A site with its own columns.yml, pages published some days before a fixed today, and a whole-site run."""

from __future__ import annotations

import datetime as dt
import itertools

from gates import engine, rules
from gates.config import load_config
from gates.model.finding import Finding, Severity
from gates.rules import freq
from tests.conftest import Site

TODAY = dt.date(2026, 11, 25)
_serial = itertools.count(1)

TITLES = {
    "news": "区政府召开常务会议研究部署安全生产工作",
    "notice": "关于开展2026年度城镇燃气安全专项检查的通知",
    "policy": "重庆市江北区促进中小微企业发展若干措施",
    "newmedia": "一图读懂｜在江北开办企业，最快半天办结",
}


def columns(site: Site, *rows: str, head: str = "") -> None:
    """Replace the sample columns.yml by these rows, each the inside of one flow mapping."""
    text = head + "columns:\n" + "".join(f"  - {{{row}}}\n" for row in rows)
    (site.root / "site_config" / "columns.yml").write_text(text, encoding="utf-8")


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def published(site: Site, column: str, days: int | None, kind: str = "news", **meta: object) -> str:
    """A published 主动公开 page of `column`, dated `days` before TODAY (None: no date)."""
    fields: dict[str, object] = {"title": TITLES.get(kind, TITLES["news"]), "status": "published"}
    if days is not None:
        fields["date"] = ago(days).isoformat()
    fields.update(meta)
    return site.page(f"content/{column}/p{next(_serial):05d}.md", **fields)


def run(site: Site, today: dt.date = TODAY, site_level: Severity = "warning", whole_site: bool = True,
        codes: tuple[str, ...] = ()) -> list[Finding]:
    """The FREQ rules over the whole site (as `gates check` runs them with no paths)."""
    ctx = rules.context(site.root, load_config(site.root), today, whole_site=whole_site, site_level=site_level)
    chosen = [r for r in freq.RULES if not codes or r.code in codes]
    return engine.run(ctx, chosen).findings


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def line_of(site: Site, path: str, key: str) -> int:
    lines = (site.root / path).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if line.startswith(f"{key}:"))
