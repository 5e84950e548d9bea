"""`gates`: the command line. Each subcommand is one module with add_parser() and run()."""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any, NoReturn

from gates import __version__
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"gates.cli.{name}")


# argparse's own words, in Chinese: its boilerplate comes through gettext, which we leave alone for other
# programs in the process; the few phrases an editor sees are set here instead.
_ERRORS = (
    (re.compile(r"^the following arguments are required: (.*)$"), "缺少参数：{0}"),
    (re.compile(r"^unrecognized arguments: (.*)$"), "无法识别的参数：{0}"),
    (re.compile(r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$"), "参数 {0}：无效的选项 {1} (可选：{2})"),
    (re.compile(r"^argument (.*?): expected one argument$"), "参数 {0} 需要一个值"),
    (re.compile(r"^argument (.*?): invalid (.*?) value: (.*)$"), "参数 {0}：无效的值 {2}"),
    (re.compile(r"^argument (.*?): (.*)$"), "参数 {0}：{1}"),
)


def translate_error(message: str) -> str:
    for pattern, chinese in _ERRORS:
        match = pattern.match(message)
        if match:
            return chinese.format(*match.groups())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors read in Chinese throughout."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints a full usage block; editors want one line, and exit 2 per the contract.
        self.exit(2, f"gates: 参数错误：{translate_error(message)} (运行 gates --help 查看用法)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, every other subcommand is there by name and summary alone, so
    running one command imports that command and nothing else."""
    parser = _Parser(prog="gates", description="政府网站和政务新媒体信息发布检查 (publishing gates)",
                     epilog="运行 gates 命令 --help 查看某个命令的用法，如 gates new --help。")
    parser.add_argument("--version", action="version", version=f"gates {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    for name, summary in SUMMARIES.items():
        if only is None or name == only:
            command_module(name).add_parser(sub)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand argv names (its first word that is not an option), if it names one."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in SUMMARIES else None


def run() -> NoReturn:
    """The `gates` command and `python -m gates`: main(), then straight out of the process."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the report could not be written whole (a closed pipe): never a clean exit
        code = code or 1
    # Without the interpreter's teardown (freeing every module and object one by one, some 10 ms a command, a
    # tenth of a pre-commit run on one page): gates registers no exit handlers, and every file it writes is
    # closed, atomically, before main() returns.
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=_chosen(words) or "")
    try:
        args = parser.parse_args(words)
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
