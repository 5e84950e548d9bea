"""`gates`: the command line. Each subcommand is one module with add_parser() and run()."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from gates import __version__
from gates.cli import build, check, explain, freshness, ledger, rescan, rules, sign, sources, withdraw
from gates.cli.common import UsageError


def _commands() -> list[ModuleType]:
    # Explicit, so `gates --help` lists commands in the order a newcomer meets them.
    return [check, sign, withdraw, ledger, build, freshness, rescan, sources, rules, explain]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints a full usage block; editors want one line, and exit 2 per the contract.
        self.exit(2, f"gates: 参数错误：{message} (运行 gates --help 查看用法)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gates", description="政府网站和政务新媒体信息发布检查 (publishing gates)")
    parser.add_argument("--version", action="version", version=f"gates {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _commands():
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, bad arguments: return the code, as main(argv) -> int should
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """The one error boundary: usage and config errors exit 2 with one line, so do failures of the
    environment (a missing program, an unreadable folder); a refusal or an error finding exits 1 from the
    command itself. Nobody reading the output should ever see a traceback."""
    try:
        return int(args.run(args))
    except UsageError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        return _fail(f"运行环境错误：{exc.strerror or exc.__class__.__name__}"
                     f"{' (' + str(exc.filename) + ')' if exc.filename else ''}")
    except Exception as exc:  # the last line of defence: a bug still gets one Chinese line, not a traceback
        return _fail(f"内部错误 ({exc.__class__.__name__}: {exc})；请把这一行报告给网站技术负责人")


def _fail(message: str) -> int:
    print(f"gates: {message}", file=sys.stderr)
    return 2
