"""Help and argument errors read in Chinese throughout, and `gates explain` takes a family."""

from __future__ import annotations

import argparse

import pytest

from gates.cli import build_parser, main

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
