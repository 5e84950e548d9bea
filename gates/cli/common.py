"""What several subcommands share: one way to open a site (root and config), and the errors the CLI maps."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from gates.config import ConfigError, SiteConfig, load_config
from gates.model.dates import parse_date


class UsageError(Exception):
    """Bad arguments or config: the CLI prints one line and exits 2."""


@dataclass(frozen=True)
class Site:
    root: Path
    config: SiteConfig


def add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=None,
                        help="站点仓库根目录 (默认：从当前目录向上查找 site_config/)")


def find_root(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit.resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "site_config").is_dir():
            return folder
    return here


def open_site(args: argparse.Namespace) -> Site:
    """The site the command works on: --root, or the nearest folder up with site_config/, and its config."""
    root = find_root(getattr(args, "root", None))
    try:
        return Site(root, load_config(root))
    except ConfigError as exc:
        raise UsageError(f"配置错误：{exc}") from None


def add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=date_arg, default=None, metavar="YYYY-MM-DD",
                        help="按这一天判断日期和更新时限 (默认今天，Asia/Shanghai)；CI 示例和测试用它固定结果")


def date_arg(text: str) -> dt.date:
    """--today and other date options: YYYY-MM-DD only."""
    day = parse_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"日期 {text!r} 应为 YYYY-MM-DD")
    return day
