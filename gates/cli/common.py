"""What several subcommands share: finding the repository root and loading its config."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gates.config import ConfigError, SiteConfig, load_config


class UsageError(Exception):
    """Bad arguments or config: the CLI prints one line and exits 2."""


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


def load(root: Path) -> SiteConfig:
    try:
        return load_config(root)
    except ConfigError as exc:
        raise UsageError(f"配置错误：{exc}") from None


def fail(message: str) -> int:
    print(f"gates: {message}", file=sys.stderr)
    return 2
