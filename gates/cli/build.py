"""`gates build`: the gated build: check everything, build with the gates plugin, account for every file."""

from __future__ import annotations

import argparse
import sys

from gates.actions.build import BuildRefused, build
from gates.cli.commands import SUMMARIES
from gates.cli.common import add_root, open_site


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help=SUMMARIES["build"],
                       description="用 gates 插件构建站点 (mkdocs.yml)；构建前核验每个页面的审签，构建后写出并核对清单。"
                                   "CI 只发布本命令生成的 site/。")
    p.add_argument("--config-file", default="mkdocs.yml", help="构建配置文件 (默认 mkdocs.yml)")
    p.add_argument("--incremental", action="store_true",
                   help="增量构建：沿用上次构建中可证明未变的页面，只重新生成受影响的页面 (结果与完整构建逐字节相同)")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    try:
        built = build(site.root, args.config_file, incremental=args.incremental)
    except BuildRefused as exc:
        print(f"gates build: 拒绝发布：{exc}", file=sys.stderr)
        return 1
    print(f"站点已生成：{built.site_dir} (共 {built.files} 个文件，清单 {built.manifest.name})")
    return 0
