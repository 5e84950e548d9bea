"""Shared fixtures: a throwaway site with the sample configuration, and ways to check pages in it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest

from gates import engine
from gates.actions.check import context
from gates.config import load_config
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules import RULES

PROJECT = Path(__file__).resolve().parent.parent


class Site:
    """A directory with site_config/ (the project's sample config) and a content/ to write pages into."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(PROJECT / "site_config", root / "site_config")
        (root / "content").mkdir()

    def write(self, relpath: str, text: str | bytes) -> str:
        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return relpath

    def page(self, relpath: str, body: str = "正文。\n", **meta: object) -> str:
        """An article with valid defaults for every required key, overridden or removed (None) by meta."""
        column = relpath.split("/")[1]
        fields: dict[str, object] = {
            "title": "关于开展冬季安全生产检查的通知", "column": column, "unit": "qzfb",
            "disclosure": "主动公开", "status": "draft",
        }
        fields.update(meta)
        lines = ["---"]
        for key, value in fields.items():
            if value is None:
                continue
            lines.append(f"{key}: {value}")
        lines.append("---")
        return self.write(relpath, "\n".join(lines) + "\n" + textwrap.dedent(body))

    def ctx(self, today: dt.date | None = None) -> Context:
        return context(self.root, load_config(self.root), today or dt.date(2026, 11, 25))

    def check(self, *paths: str, rules: Sequence[Rule] = RULES, today: dt.date | None = None) -> list[Finding]:
        return engine.run(self.ctx(today), list(rules), list(paths)).findings


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path)


def codes(findings: Sequence[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo site repository, generated from the sample through the real signing path (SPEC section 7)."""
    dest = tmp_path_factory.mktemp("demo") / "site-repo"
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(dest.parent / "cache-mac.key")}
    for var in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(var, None)
    subprocess.run([sys.executable, str(PROJECT / "sample" / "make_demo.py"), str(dest)], env=env, check=True,
                   capture_output=True)
    return dest


@pytest.fixture(scope="session")
def demo_site(demo: Path) -> Path:
    """The demo built through the gated build (`gates build`)."""
    subprocess.run([sys.executable, "-m", "gates", "build"], cwd=demo, check=True, capture_output=True,
                   env={**os.environ, "GATES_CACHE_KEY_FILE": str(demo.parent / "cache-mac.key")})
    return demo / "site"
