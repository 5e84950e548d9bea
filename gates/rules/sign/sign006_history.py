"""SIGN006: sign-off can be verified at all: the site is a git repository with its full history."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page
from gates.rules.sign.chains import NeededHistory, needs_history, usable_index


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if needs_history(page):
        usable_index(page, ctx)  # notes the page when history is unavailable
    return iter(())


def finish(ctx: Context) -> Iterator[Finding]:
    idx = ctx.approvals()
    needed = ctx.state(NeededHistory).paths
    if idx.unavailable and needed:
        # One finding for the run, not one per page: the cause is the repository, not the pages.
        others = f" 等 {len(set(needed))} 个页面" if len(set(needed)) > 1 else ""
        yield RULE.on(sorted(needed)[0], 1, f"无法核验审签 ({sorted(needed)[0]}{others})：{idx.unavailable}")


RULE = Rule(
    code="SIGN006",
    name="history-available",
    summary="已发布或带 signers 的页面须能对照 git 完整历史核验审签",
    article="2.3",
    why="git 历史是审签记录 (附件2 第三条 “未经审查和批准，不得对外公开发布”)；没有历史就无法证明审签发生过。",
    example="在不是 git 仓库的目录、或 CI 的浅克隆中运行 gates check。",
    fix="在站点仓库根目录运行；CI 检出完整历史 (如 actions/checkout 的 fetch-depth: 0)。",
    stage="signoff",
    check=check,
    finish=finish,
)
