"""SIGN007: no record or config commit is dated before the history it sits on (a backdated commit)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    idx = ctx.approvals()
    if idx.unavailable:
        return  # SIGN006 reports it once, when a page needs history
    for f in idx.future:
        yield RULE.on("site_config/", 1,
                      f"提交 {f.commit[:10]} 的日期 {f.day.isoformat()} 在未来：提交日期不可信，按当前时间计；"
                      "请查明是谁以错误的时钟或有意改写的日期提交的")
    for b in idx.backdated:
        yield RULE.on(b.path or "site_config/", 1,
                      f"提交 {b.commit[:10]} 的日期 {b.day.isoformat()} 早于它所在历史的日期 {b.parent_day.isoformat()} "
                      "(日期倒退)：审签和配置的生效日期以其在历史中的位置为准，倒签的提交不被采信")


RULE = Rule(
    code="SIGN007",
    name="no-backdated-records",
    summary="审签提交和配置修改提交的日期不得早于其父提交 (不得倒签)；任何提交的日期不得在未来",
    article="3.1",
    why="“谁签发、谁把关” (附件3 第一条)：提交日期可以任意填写，角色到期的人若把日期改回任期内，就能冒充当时的审签。"
        "审签按提交在历史中的位置确定生效日期，日期倒退一天以上的提交本身就是伪造的迹象。",
    example="GIT_COMMITTER_DATE=2025-01-01 git commit -S …  (父提交的日期是 2026-03-01)",
    fix="不要修改提交日期；由当前有权的审签人重新运行 gates sign。",
    stage="signoff",
    finish=finish,
)
