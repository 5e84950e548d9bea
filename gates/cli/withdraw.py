"""`gates withdraw PATH --reason TEXT [--urgent]`: take a published page down, keeping its URL and history."""

from __future__ import annotations

import argparse
import sys

from gates.actions.sign import Refusal
from gates.actions.withdraw import withdraw
from gates.cli.commands import SUMMARIES
from gates.cli.common import add_root, open_site


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("withdraw", help=SUMMARIES["withdraw"],
                       description="发起撤回：把页面改为 status: withdrawn 并写入撤回说明，同一提交即你的审签 "
                                   "(计为经办人员一级)；其余各级用 gates sign 审签，最后一级写入撤回日期。"
                                   "--urgent (科室负责人及以上)：立即撤下，撤回说明再从你这一级起审签。")
    p.add_argument("path", metavar="PATH", help="要撤回的页面，如 content/news/a.md")
    p.add_argument("--reason", required=True, metavar="TEXT", help="面向公众的撤回说明")
    p.add_argument("--urgent", action="store_true", help="紧急撤除 (泄密等)：立即生效，由科室负责人及以上发起")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    try:
        done = withdraw(site.root, args.path, site.config, args.reason, urgent=args.urgent)
    except Refusal as exc:
        print(f"gates withdraw: 拒绝撤回：{exc}", file=sys.stderr)
        return 1
    if done.published:
        print(f"已紧急撤回：{args.path} ({done.slot.label}) 提交 {done.commit[:10]}；"
              "撤回说明须由本级起逐级审签 (gates sign)")
    else:
        print(f"已发起撤回：{args.path} (计为经办人员一级) 提交 {done.commit[:10]}；请其余各级用 gates sign 审签")
    return 0
