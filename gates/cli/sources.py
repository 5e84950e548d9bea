"""`gates sources verify`: reprints checked against their sources' RSS/Atom feeds (3.4)."""

from __future__ import annotations

import argparse
import sys

from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, date_arg, open_site
from gates.report import FORMATS
from gates.rules.src import FEED_RULES


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sources", help=SUMMARIES["sources"],
                       description="稿源相关操作 (site_config/sources.yml)。")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    v = actions.add_parser("verify", help="按稿源订阅源 (RSS/Atom) 核对转载稿件，列出应转载未转载的稿件",
                           description=("读取 sources.yml 中配置了 feed 的稿源的订阅源：按 source.url 找到转载稿件的原文，"
                                        "比较标题和正文 (歪曲、篡改为错误)；must_reprint 稿源列出超期未转载的稿件；"
                                        "订阅源无法访问为警告。有错误时退出码为 1。"))
    v.add_argument("--format", choices=sorted(FORMATS), default="text", help="输出格式 (默认 text)")
    v.add_argument("--no-cache", action="store_true",
                   help="不使用本地缓存的订阅源副本，全部重新获取 (缓存在 .git/gates/feeds/)")
    v.add_argument("--today", type=date_arg, default=None, help="按此日期判断转载期限 (YYYY-MM-DD，默认今天)")
    add_root(v)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) != "verify":
        raise UsageError("用法：gates sources verify [--format FORMAT] [--today YYYY-MM-DD] [--no-cache]")
    # Imported here: fetching feeds pulls in the network libraries, which every other command goes without.
    from gates.actions.sources import verify

    site = open_site(args)
    result = verify(site.root, site.config, args.today, use_cache=not args.no_cache)
    sys.stdout.write(FORMATS[args.format](result, FEED_RULES))
    return 1 if result.errors else 0
