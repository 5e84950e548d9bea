"""`gates freshness`: every column's freshness as a table; exit 1 when a site-level condition is met."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, add_today, open_site
from gates.report import FORMATS, json_out
from gates.report import freshness as freshness_report
from gates.rules import select


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("freshness", help=SUMMARIES["freshness"],
                       description=("按国家检查指标 (国办秘函〔2019〕19号) 列出各栏目、首页和政务新媒体账号的更新情况和剩余天数，"
                                    "并读取新媒体账号的订阅源 (columns.yml 的 feed)。触发站点级单项否决条件、"
                                    "栏目声明超过上限或发布日期在将来时退出码为 1。"))
    p.add_argument("--format", choices=sorted(FORMATS), default="text",
                   help="输出格式 (默认 text：更新情况表和问题清单；json 另含 freshness 表)")
    add_today(p)
    p.add_argument("--warn-days", type=_days, default=None, metavar="N",
                   help="提前几天预警 (默认取 columns.yml 的 warn_days，未设为 3)")
    p.add_argument("--offline", action="store_true", help="不读取订阅源，只按 content/ 中的页面计算")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="读取每个订阅源的超时秒数 (默认 10)")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: reading feeds pulls in the network and feed libraries, which `gates check` never needs.
    from gates.actions.freshness import freshness
    from gates.feeds.account import TIMEOUT

    if args.timeout is None:
        args.timeout = TIMEOUT
    site = open_site(args)
    config = site.config
    if args.warn_days is not None:
        config = dataclasses.replace(config, pace=dataclasses.replace(config.pace, warn_days=args.warn_days))
    if not 0 < args.timeout <= 300:
        raise UsageError("--timeout 应为 0 到 300 之间的秒数")
    done = freshness(site.root, config, args.today, read_feeds=not args.offline, timeout=args.timeout)
    chosen = select(["FREQ"])
    if args.format == "text" and done.freshness is not None:
        out = freshness_report.render(done.freshness) + "\n" + FORMATS["text"](done.result, chosen)
    elif args.format == "json" and done.freshness is not None:
        doc = json_out.document(done.result)
        doc["freshness"] = freshness_report.to_json(done.freshness)
        out = json_out.dumps(doc)
    else:
        out = FORMATS[args.format](done.result, chosen)
    sys.stdout.write(out)
    return 1 if done.result.errors else 0


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 366:
        raise argparse.ArgumentTypeError(f"{text!r} 应为 0 到 366 之间的天数")
    return value
