"""`gates check [PATH...]`: every document gate on the given pages; CI's publish gate."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from gates import rules
from gates.actions.check import checked
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, add_today, open_site
from gates.report import FORMATS
from gates.report import freshness as freshness_report


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=SUMMARIES["check"],
                       description=("对页面运行全部发布检查；有错误时退出码为 1。检查全部页面时，文本输出先列出"
                                    "各栏目的更新情况；站点级的更新时限条件在这里是警告 (gates freshness 中为错误)。"))
    p.add_argument("paths", nargs="*", metavar="PATH", help="要检查的文件或目录 (默认 content/)")
    p.add_argument("--format", choices=sorted(FORMATS), default="text", help="输出格式 (默认 text)")
    p.add_argument("--stage", choices=("content", "all"), default="all",
                   help="content：只做内容检查 (pre-commit 用)；all：含审签 (默认)")
    p.add_argument("--select", action="append", metavar="CODE", help="只运行这些规则或规则族 (可重复)，如 SEC")
    p.add_argument("--ignore", action="append", metavar="CODE", help="跳过这些规则或规则族 (可重复)")
    p.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="用几个进程检查 (默认：本机可用的处理器核数)；页面很多时才会分开检查，结果与单进程相同")
    add_today(p)
    p.add_argument("--branch", default=None,
                   help="按哪个分支的规则检查 (默认当前分支)；非发布分支上审签链不全只是提示")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    for path in args.paths:
        # A mistyped path would otherwise check nothing and pass: say so instead.
        full = Path(path) if Path(path).is_absolute() else site.root / path
        if not path.strip() or not (full.exists() or full.is_symlink()):
            raise UsageError(f"路径不存在：{path!r} (路径相对于站点仓库根目录 {site.root})")
        # Nor may it name something that holds no page of the site (site_config/, a file elsewhere).
        where = Path(os.path.normpath(full if full.is_absolute() else site.root / full))
        top = Path(os.path.normpath(site.root.resolve()))
        if where not in (top, top / "content") and top / "content" not in where.parents:
            raise UsageError(f"只检查 content/ 下的页面：{path!r} 不在 content/ 中")
    chosen = _rules(args)
    done = checked(site.root, site.config, chosen, args.paths, args.today, args.branch, args.jobs)
    out = FORMATS[args.format](done.result, chosen)
    if args.format == "text" and done.freshness is not None:
        out = freshness_report.render(done.freshness) + "\n" + out
    sys.stdout.write(out)
    return 1 if done.result.errors else 0


def _rules(args: argparse.Namespace) -> list[rules.Rule]:
    for name in (args.select or []) + (args.ignore or []):
        if not any(r.code == name.upper() or r.family == name.upper() for r in rules.RULES):
            raise UsageError(f"没有规则或规则族 {name!r} (运行 gates rules 查看全部规则)")
    stages = ("content",) if args.stage == "content" else ("content", "signoff")
    return rules.select(args.select, args.ignore, stages)


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"进程数 {text!r} 应为正整数")
    return int(text)
