"""`gates init DIR`: create a district's site repository, and say what to fill in first."""

from __future__ import annotations

import argparse
from pathlib import Path

from gates.actions.init import NEXT_STEPS, InitRefused, init
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=SUMMARIES["init"],
                       description="在空目录 DIR 中创建一个区县政府网站的站点仓库 (git)：content/ (首页和栏目首页)、"
                                   "待填写的 site_config/、mkdocs.yml、overrides/、.pre-commit-config.yaml、"
                                   "固定 gates 版本的 requirements.txt 和 CI 模板 (GitLab、GitHub)。")
    p.add_argument("dir", metavar="DIR", type=Path, help="新站点仓库的目录 (须不存在或为空)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        done = init(args.dir)
    except InitRefused as exc:
        raise UsageError(str(exc)) from None
    print(f"已创建站点仓库：{done.root} ({len(done.files)} 个文件)")
    print(NEXT_STEPS, end="")
    return 0
