"""`gates new COLUMN TITLE --disclosure ATTR`: start a draft page for the current git user."""

from __future__ import annotations

import argparse
import sys

from gates import rules
from gates.actions.new import NewRefused, new_page
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, add_today, open_site
from gates.model.finding import Result
from gates.report import text as text_report


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help=SUMMARIES["new"],
                       description="在 content/<栏目>/ 下新建一篇草稿 (status: draft)：单位取自名册中当前 git 用户 "
                                   "(user.email) 的任职，文件名为当天日期加短名，正文末尾是与公开属性一致的附注。"
                                   "建好后立即运行内容检查。")
    p.add_argument("column", metavar="栏目", help="栏目代码或名称，如 news 或 工作动态")
    p.add_argument("title", metavar="标题", help="稿件标题")
    p.add_argument("--disclosure", required=True, metavar="公开属性",
                   help="必填 (源头认定，附件1)：主动公开、依申请公开 或 不予公开")
    p.add_argument("--unit", default=None, metavar="单位",
                   help="制作单位代码或名称；你在名册中于多个单位任职时必填")
    p.add_argument("--slug", default=None, metavar="短名",
                   help="文件名中日期后的部分 (小写字母、数字、连字符)，如 anquan-jiancha；默认用序号")
    add_today(p)
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    try:
        made = new_page(site.root, site.config, args.column, args.title, args.disclosure, unit=args.unit,
                        slug=args.slug, today=args.today)
    except NewRefused as exc:
        raise UsageError(str(exc)) from None
    print(f"已新建草稿：{made.path}")
    result = Result(findings=made.findings, files=1)
    if made.findings:
        print("内容检查发现以下待完善之处：")
        sys.stdout.write(text_report.render(result, rules.RULES))
    else:
        print("内容检查通过。写好正文后 git add、git commit，再运行 gates sign 交付审核。")
    return 1 if result.errors else 0
