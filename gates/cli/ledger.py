"""`gates ledger [--format csv|xlsx] [--out FILE] [--forms DIR]`: the 台账 and 审签表 from git history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gates.actions import forms, ledgerfile
from gates.actions.ledger import Filters, ledger
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, date_arg, open_site
from gates.gitrecord.history import HistoryUnavailable
from gates.model.files import write_atomic


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ledger", help=SUMMARIES["ledger"],
                       description="从 git 历史生成信息发布台账 (首次发布、更正后重新发布、撤回、撤回后重新发布、复查)，"
                                   "页面信息取自各次签发时的页面内容；--forms 另生成每次发布的信息发布审签表 (可打印 A4)。")
    p.add_argument("--format", choices=ledgerfile.FORMATS, default="csv", help="csv (UTF-8 带 BOM) 或 xlsx；默认 csv")
    p.add_argument("--out", type=Path, default=None, metavar="FILE", help="写入文件 (默认 csv 输出到标准输出)")
    p.add_argument("--since", type=date_arg, default=None, metavar="YYYY-MM-DD", help="只列这一天及以后的事件")
    p.add_argument("--until", type=date_arg, default=None, metavar="YYYY-MM-DD", help="只列这一天及以前的事件")
    p.add_argument("--column", default=None, metavar="ID", help="只列这一栏目 (columns.yml 的 id)")
    p.add_argument("--unit", default=None, metavar="ID", help="只列这一发布单位 (roster.yml 的 id)")
    p.add_argument("--forms", type=Path, default=None, metavar="DIR", help="把每次发布的审签表 (HTML) 和目录写入 DIR")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    if args.column is not None and args.column not in site.config.columns:
        raise UsageError(f"栏目 {args.column!r} 不在 columns.yml 中")
    if args.unit is not None and args.unit not in site.config.roster.units:
        raise UsageError(f"单位 {args.unit!r} 不在 roster.yml 中")
    if args.since and args.until and args.since > args.until:
        raise UsageError("--since 晚于 --until")
    if args.format == "xlsx" and args.out is None:
        raise UsageError("xlsx 格式须用 --out 指定文件")
    try:
        events = ledger(site.root, site.config, Filters(args.since, args.until, args.column, args.unit))
    except HistoryUnavailable as exc:
        raise UsageError(str(exc)) from None
    data = ledgerfile.to_xlsx(events) if args.format == "xlsx" else ledgerfile.to_csv(events)
    if args.out is not None:
        write_atomic(args.out, data)
        print(f"台账已写入 {args.out}：{len(events)} 条", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if args.forms is not None:
        written = forms.write_forms(events, args.forms)
        print(f"审签表已写入 {args.forms}：{len(written) - 1} 份及目录 index.html", file=sys.stderr)
    return 0
