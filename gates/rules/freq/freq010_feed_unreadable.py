"""FREQ010: a new-media account's own feed could not be read (gates freshness and rescan only)."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.freshness import AccountFeeds
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, column_label, column_line


def finish(ctx: Context) -> Iterator[Finding]:
    feeds = ctx.state(AccountFeeds)
    for account, problem in sorted(feeds.problems.items()):
        column = ctx.config.columns.get(account)
        url = column.feed if column is not None else ""
        yield RULE.on(COLUMNS_FILE, column_line(ctx, account),
                      f"{column_label(ctx, account)}的订阅源 {url} 无法读取：{problem}；本次只按 content/ 中的页面计算其更新情况")


RULE = Rule(
    code="FREQ010",
    name="feed-unreadable",
    summary="新媒体账号的订阅源 (columns.yml 的 feed) 无法读取 (只在 gates freshness 和 rescan 中读取)",
    article="3.5",
    why=("政务新媒体账号的更新按其实际发布计算 (附件3 第五条)：读不到订阅源时只能按 content/ 中记录的页面判断，"
         "可能把仍在更新的账号算作超期。gates check 从不访问网络。"),
    example="columns.yml 中 wechat 的 feed 地址无法连接、超时，或返回的不是 RSS/Atom",
    fix="核对 columns.yml 中该账号的 feed 地址能否在运行检查的机器上访问；地址变更的，由主要领导签名提交修改。",
    severity="warning",
    finish=finish,
)
