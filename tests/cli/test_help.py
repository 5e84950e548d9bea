"""Help and argument errors read in Chinese throughout, and `gates explain` takes a family."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from gates.cli import build_parser, main
from gates.cli.commands import SUMMARIES

BOILERPLATE = ("usage:", "options:", "positional arguments", "show this help", "show program's version",
               "the following arguments", "invalid choice", "unrecognized arguments")


def _parsers() -> list[argparse.ArgumentParser]:
    found = [build_parser()]
    for parser in found:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                found.extend(action.choices.values())
    return found


def test_every_help_reads_in_chinese() -> None:
    parsers = _parsers()
    assert len(parsers) > 12  # gates, every subcommand, and `sources verify`
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith("用法："), parser.prog
        assert not [b for b in BOILERPLATE if b in text.lower()], (parser.prog, text)
        for action in parser._actions:
            if action.help is not argparse.SUPPRESS and not isinstance(action, argparse._SubParsersAction):
                assert action.help and any("\u4e00" <= ch <= "\u9fff" for ch in action.help), (parser.prog, action)


def test_argument_errors_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain"]) == 2
    assert main(["check", "--format", "yaml"]) == 2
    assert main(["new", "news", "标题"]) == 2
    assert main(["check", "--no-such-option"]) == 2
    err = capsys.readouterr().err
    assert "缺少参数：CODE" in err and "无效的选项 'yaml'" in err and "--disclosure" in err and "无法识别的参数" in err
    assert not [b for b in BOILERPLATE if b in err.lower()], err


def test_explain_a_family_lists_its_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "sec"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SEC 族规则")
    assert all(code in out for code in ("SEC001", "SEC002", "SEC003", "SEC004"))
    assert "FM001" not in out
    assert main(["explain", "SECX"]) == 2
    assert "规则族" in capsys.readouterr().err


def test_top_level_help_lists_every_command_without_importing_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out and summary in out for name, summary in SUMMARIES.items())


def test_a_command_imports_only_itself() -> None:
    # Start-up is most of a one-page pre-commit run: `gates rules` must not pay for build, ledger or rescan.
    probe = ("import sys; from gates.cli import main; main(['rules', '--format', 'json']); "
             "print(sorted(m for m in sys.modules if m.startswith('gates.cli.') or m.startswith('gates.actions.')),"
             " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = done.stderr
    assert "gates.cli.rules" in loaded
    assert not [m for m in ("gates.cli.build", "gates.actions.build", "gates.cli.ledger", "gates.cli.rescan",
                            "gates.cli.sign") if f"'{m}'" in loaded], loaded


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--jobs", "0"]) == 2
    assert main(["check", "--jobs", "two"]) == 2
    err = capsys.readouterr().err
    assert err.count("进程数") == 2 and "Traceback" not in err
