"""A run split between processes gives what one pass gives: the same findings in the same order, the same
facts gathered across pages, even when a child dies or holds state nobody can merge."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from gates import rules
from gates.actions.check import Checked, checked
from gates.config import load_config
from gates.domain.rule import Context, Gathered, Memo, Rule
from gates.engine import split
from gates.model.finding import Finding
from gates.model.page import Page

TODAY = dt.date(2026, 4, 1)


@pytest.fixture
def many(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo with two pages sharing a 索引号 far apart (FM014 gathers across parts) and a file no page links
    (FM013), and the split threshold lowered so its pages are cut into parts."""
    root = tmp_path / "site"
    shutil.copytree(demo, root, symlinks=True)
    pages = [p for p in sorted((root / "content").rglob("*.md")) if p.name != "index.md"]
    first, last = pages[0], pages[-1]
    number = re.search(r"(?m)^index_number: (.+)$", first.read_text(encoding="utf-8"))
    assert number is not None
    text = last.read_text(encoding="utf-8")
    last.write_text(re.sub(r"(?m)^index_number: .+$", f"index_number: {number.group(1)}", text), encoding="utf-8")
    (root / "content" / "news" / "orphan.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(split, "MIN_PAGES", 1)
    return root


def _check(root: Path, jobs: int, chosen: list[Rule] | None = None) -> Checked:
    return checked(root, load_config(root), chosen or rules.select(), today=TODAY, branch="main", jobs=jobs)


@pytest.mark.parametrize("jobs", [2, 3, 7])
def test_split_run_equals_one_pass(many: Path, jobs: int) -> None:
    one = _check(many, 1)
    assert {"FM013", "FM014"} <= {f.code for f in one.result.findings}, one.result.findings
    assert one.freshness is not None and any(row.published for row in one.freshness.rows)
    parted = _check(many, jobs)
    assert parted.result.findings == one.result.findings
    assert parted.result.files == one.result.files
    assert parted.freshness == one.freshness


def _die_in_a_child(parent: int) -> Rule:
    def check(page: Page, ctx: Context) -> Iterator[Finding]:
        if os.getpid() != parent:
            os._exit(3)
        return iter(())
    return replace(rules.select(["FM003"])[0], code="FM998", check=check)


def test_a_child_that_dies_has_its_pages_checked_here(many: Path) -> None:
    chosen = [*rules.select(), _die_in_a_child(os.getpid())]
    assert _check(many, 3, chosen).result.findings == _check(many, 1, chosen).result.findings


@dataclass
class _Unmergeable:
    """Per-run state that gathers without saying how to merge: a split run must not lose it."""

    seen: int = 0


def _counts(page: Page, ctx: Context) -> Iterator[Finding]:
    ctx.state(_Unmergeable).seen += 1
    return iter(())


def _reports(ctx: Context) -> Iterator[Finding]:
    yield Finding("FM997", "info", "content", 1, f"seen {ctx.state(_Unmergeable).seen}", "3.1")


def test_state_neither_gathered_nor_memo_is_not_split(many: Path) -> None:
    counting = replace(rules.select(["FM003"])[0], code="FM997", check=_counts, finish=_reports)
    one = _check(many, 1, [counting]).result.findings
    assert one[-1].message == f"seen {len(list((many / 'content').rglob('*.md')))}"
    assert _check(many, 2, [counting]).result.findings == one


def test_every_state_a_check_makes_says_how_it_splits(many: Path) -> None:
    from gates.actions.check import context

    ctx = context(many, load_config(many), TODAY, "main", whole_site=True)
    from gates import engine

    engine.run(ctx, rules.select())
    loose = [kind.__name__ for kind, value in ctx._state.items() if not isinstance(value, (Gathered, Memo))]
    assert not loose


def test_a_fork_the_system_refuses_leaves_the_pages_to_this_process(many: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    one = _check(many, 1).result.findings

    def refuse() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(split.os, "fork", refuse)
    assert _check(many, 4).result.findings == one
