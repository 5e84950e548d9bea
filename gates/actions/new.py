"""`gates new`: start a draft page with the front matter its column needs, for the current git user.

The disclosure attribute is chosen when the page is made (源头认定, 附件1 第一条), the unit comes from the
editor's roster entry (谁制作、谁认定), and the page is checked by the content gates as soon as it exists."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from gates import engine
from gates import rules as rule_registry
from gates.config import Column, Person, SiteConfig
from gates.gitrecord import history
from gates.model import dates
from gates.model.files import write_atomic
from gates.model.finding import Finding
from gates.model.frontmatter import parse_page
from gates.model.vocabulary import disclosure_of

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
# The 附注 (ATTR005) that goes with each attribute, and what the editor must still write for it.
NOTES = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}
_TODO = {
    "依申请公开": ["disclosure_reason:  # 必填：不主动公开的理由及依据，如 条例第十五条 (附件1 第四条)"],
    "不予公开": ["disclosure_reason:  # 必填：不予公开的理由及依据，如 条例第十四条 (附件1 第四条)",
                 "review_due:  # 必填：下次复核日期 YYYY-MM-DD (附件1 第五条)"],
}


class NewRefused(Exception):
    """gates new will not make the page; str() is the Chinese message, and nothing was written."""


@dataclass(frozen=True)
class Created:
    path: str  # relative to the site root
    findings: list[Finding]  # the content gates on the new page


def new_page(root: Path, config: SiteConfig, column: str, title: str, disclosure: str, unit: str | None = None,
             slug: str | None = None, today: dt.date | None = None, email: str | None = None) -> Created:
    day = today or dates.today()
    col = find_column(config, column)
    attribute = disclosure_of(disclosure.strip())
    if attribute is None:
        raise NewRefused(f"公开属性 {disclosure!r} 无效：须为 主动公开、依申请公开 或 不予公开 (附件1 第一条，源头认定)")
    title = title.strip()
    if not title or "\n" in title or "\r" in title:
        raise NewRefused("标题不能为空，也不能换行")
    person = _editor(root, config, email)
    chosen = _unit(config, person, unit, day)
    relpath = _free_path(root, col.id, day, slug)
    text = page_text(title, col.id, chosen, attribute)
    target = root / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text.encode("utf-8"))
    page = parse_page(relpath, text.encode("utf-8"))
    ctx = rule_registry.context(root, config, day)
    return Created(relpath, engine.check_page(page, rule_registry.select(stages=("content",)), ctx))


def find_column(config: SiteConfig, wanted: str) -> Column:
    """A column by its id or its Chinese name (编辑常写栏目名称)."""
    wanted = wanted.strip()
    if wanted in config.columns:
        return config.columns[wanted]
    for column in config.columns.values():
        if column.name == wanted:
            return column
    known = "、".join(f"{c.id} ({c.name})" for c in config.columns.values())
    raise NewRefused(f"没有栏目 {wanted!r}：可用栏目代码或名称 {known}")


def page_text(title: str, column: str, unit: str, disclosure: str) -> str:
    # json.dumps gives a double-quoted string YAML reads back exactly, whatever the title holds (：, #, 《》).
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", f"column: {column}", f"unit: {unit}",
             f"disclosure: {disclosure}", *_TODO.get(disclosure, []), "status: draft", "---",
             "", "在此撰写正文。", "", NOTES[disclosure], ""]
    return "\n".join(lines)


def _editor(root: Path, config: SiteConfig, email: str | None) -> Person:
    if email is None:
        out = history.git(root, ["config", "--get", "user.email"], check=False)
        email = out.decode("utf-8", "replace").strip()
    if not email:
        raise NewRefused("未配置 git user.email，无法确定经办人员 (git config user.email 你的邮箱)")
    person = config.roster.by_email(email)
    if person is None:
        raise NewRefused(f"{email} 不在名册 site_config/roster.yml 中：请先由主要领导签名提交名册变更，把你加入名册")
    return person


def _unit(config: SiteConfig, person: Person, wanted: str | None, day: dt.date) -> str:
    mine = sorted({g.unit for g in person.roles if g.covers(g.role, g.unit, day)})
    if wanted is not None:
        if wanted in mine:
            return wanted
        by_name = [u for u in mine if u in config.roster.units and config.roster.units[u].name == wanted]
        if by_name:
            return by_name[0]
        raise NewRefused(f"{person.name} 在 {day.isoformat()} 不在单位 {wanted!r} 任职 (名册中可选：{_listed(config, mine)})")
    if not mine:
        raise NewRefused(f"{person.name} 在 {day.isoformat()} 在名册中没有任何有效角色，无法确定单位")
    if len(mine) > 1:
        raise NewRefused(f"{person.name} 在多个单位任职，请用 --unit 指明本页的制作单位：{_listed(config, mine)}")
    return mine[0]


def _listed(config: SiteConfig, units: list[str]) -> str:
    names = config.roster.units
    return "、".join(f"{u} ({names[u].name})" if u in names else u for u in units) or "无"


def _free_path(root: Path, column: str, day: dt.date, slug: str | None) -> str:
    folder = f"content/{column}"
    if slug is not None:
        if not SLUG.fullmatch(slug):
            raise NewRefused(f"--slug {slug!r} 只能用小写字母、数字和连字符 (最长 60 个字符)，如 anquan-jiancha")
        relpath = f"{folder}/{day.isoformat()}-{slug}.md"
        if (root / relpath).exists():
            raise NewRefused(f"{relpath} 已存在，请换一个 --slug")
        return relpath
    n = 1
    while (root / f"{folder}/{day.isoformat()}-{n}.md").exists():
        n += 1
    return f"{folder}/{day.isoformat()}-{n}.md"
