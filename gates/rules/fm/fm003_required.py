"""FM003: an article carries every key the publication record needs."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.model.vocabulary import ARTICLE_KEYS, label

# `disclosure` is required too, but ATTR001 owns it: one missing key, one finding.
REQUIRED = {key: label(key) for key in ARTICLE_KEYS if key != "disclosure"}
INDEX_REQUIRED = {"title": label("title")}


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    keys = REQUIRED if not page.is_index else INDEX_REQUIRED
    for key, name in keys.items():
        value = page.meta.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            yield RULE.at(page, page.key_line(key), f"缺少必填项 {key} ({name})")
    if not page.is_index and page.status == "published" and page.meta.get("date") is None:
        yield RULE.at(page, page.key_line("status"), "已发布页面缺少 date (发布日期)")


RULE = Rule(
    code="FM003",
    name="required-keys",
    summary="文章须有标题、栏目、发布单位、状态；已发布的须有发布日期",
    article="3.1",
    why="“谁签发、谁把关，谁发布、谁负责” (附件3 第一条)：没有发布单位和状态，就无法确定责任和审签链。",
    example="---\ntitle: 关于开展安全检查的通知\ncolumn: notices\nstatus: draft\n---  (缺 unit)",
    fix="在头信息中补全缺少的键，例如 unit: qzfb (单位代码见 site_config/roster.yml)。",
    check=check,
)
