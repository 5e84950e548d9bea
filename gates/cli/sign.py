"""`gates sign PATH [--role ROLE]`: approve a page's current content as one SSH-signed commit."""

from __future__ import annotations

import argparse
import sys

from gates.actions.sign import Refusal, sign
from gates.cli.commands import SUMMARIES
from gates.cli.common import add_root, open_site
from gates.model.vocabulary import CHAIN_ROLES, ROLE_LABELS


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sign", help=SUMMARIES["sign"],
                       description="以当前 git 用户 (user.email, user.signingkey) 审签一个页面的当前内容。"
                                   "审签链最后一级 (签发) 同时把 status 设为 published。")
    p.add_argument("path", metavar="PATH", help="要审签的页面，如 content/news/a.md")
    p.add_argument("--role", choices=CHAIN_ROLES,
                   help="审签层级：" + "、".join(f"{r} ({ROLE_LABELS[r]})" for r in CHAIN_ROLES) + "；默认取你可签的下一级")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    try:
        done = sign(site.root, args.path, site.config, role=args.role)
    except Refusal as exc:
        print(f"gates sign: 拒绝审签：{exc}", file=sys.stderr)
        return 1
    what = "已签发，页面状态设为 published" if done.published else "已审签"
    print(f"{what}：{args.path} ({done.slot.label}) 提交 {done.commit[:10]}")
    return 0
