"""FM013: every file under content/ is a page, an index page or an attachment that a page links."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gates.domain.rule import Context, Gathered, Rule, RunScope
from gates.model import inventory
from gates.model.finding import Finding
from gates.model.links import linked_files
from gates.model.page import Page


@dataclass
class Links(Gathered):
    """Each page's linked files, collected as the engine reads the pages (no second reading of content/)."""

    by_page: dict[str, set[str]] = field(default_factory=dict)

    def merge(self, later: Links) -> None:
        self.by_page.update(later.by_page)


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    body = page.body
    # Most pages link nothing. Every link form linked_files reads has a ] or an =: one-character tests run at
    # memory speed, and the longer ones only follow where they may succeed.
    if ("]" in body or "=" in body) and ("](" in body or "]:" in body or "src" in body or "href" in body):
        ctx.state(Links).by_page[page.path] = linked_files(page.path, body)
    return iter(())


def finish(ctx: Context) -> Iterator[Finding]:
    scope = ctx.state(RunScope)
    if scope.whole:
        for item in inventory.items(ctx.root, ctx.state(Links).by_page):
            if item.kind != "unknown":
                continue
            yield RULE.on(item.path, 1, f"{item.path}：{item.reason}；不能发布的文件不应放在 content/ 中")
        return
    # Only some paths were asked about (the pre-commit stage): judge those by name and place; whether a page
    # links an attachment is known only to a whole run (pre-push and CI).
    for path in scope.paths:
        if not path.startswith(inventory.CONTENT + "/"):
            continue
        full = ctx.root / path
        if full.is_symlink():
            yield RULE.on(path, 1, f"{path}：符号链接不会被发布，也不会被读取：请放入文件本身")
            continue
        kind, reason = inventory.place(path)
        if kind == "unknown":
            yield RULE.on(path, 1, f"{path}：{reason}；不能发布的文件不应放在 content/ 中")


RULE = Rule(
    code="FM013",
    name="known-files-only",
    summary="content/ 中的每个文件须是页面 (.md)、栏目首页或被页面引用的附件；不得有符号链接、网页文件或无人引用的文件",
    article="3.1",
    why="未经审核，不得发布 (附件2 第三条、附件3 第一条)：只有经过检查和审签的内容才能到达网站。以 .markdown 或 .MD "
        "结尾的页面、手写的 .html、指向系统文件的符号链接都绕过了检查，构建时也不会被发布。",
    example="content/news/通知.markdown  (或 content/news/a.html、指向 /etc/passwd 的符号链接)",
    fix="页面改名为小写 .md 结尾并放在 content/<栏目>/ 中；附件须由页面链接引用；删除符号链接和网页文件。",
    check=check,
    finish=finish,
)
