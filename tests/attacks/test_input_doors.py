"""Attacks through the input itself: a tiny page that expands, and a tampered local verdict cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.signkit import Repo, codes, keys_fixture, repo_fixture  # noqa: F401

BOMB_LEVELS = 9


def bomb_front_matter() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, BOMB_LEVELS):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines)


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str, float, int]:
    """exit code, stdout, seconds and peak resident memory (KB) of one child process."""
    start = time.monotonic()
    with subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        out = proc.stdout.read().decode("utf-8")
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, out, time.monotonic() - start, usage.ru_maxrss


def test_a_yaml_bomb_in_a_published_page_is_reported_fast_and_small(demo: Path, tmp_path: Path) -> None:
    site = tmp_path / "repo"
    shutil.copytree(demo, site, symlinks=True, ignore=shutil.ignore_patterns("site", "gates-manifest.json"))
    page = next((site / "content" / "news").glob("2026-03-02-*.md"))
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("\n---\n", "\n" + bomb_front_matter() + "\n---\n", 1), encoding="utf-8")
    assert len(bomb_front_matter()) < 600
    subprocess.run(["git", "-c", "user.name=m", "-c", "user.email=m@example.com", "commit", "-qam", "bomb"],
                   cwd=site, check=True)
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(tmp_path / "mac.key")}
    code, out, seconds, peak_kb = run_measured([sys.executable, "-m", "gates", "check", "--format", "json"], site, env)
    found = json.loads(out)["findings"]
    assert code == 1 and "FM002" in [f["code"] for f in found]
    assert any("别名" in f["message"] for f in found if f["code"] == "FM002")
    # Bounds, not a benchmark: the old code ran past 3 minutes and 5 GB here.
    assert seconds < 60 and peak_kb < 200 * 1024


def test_a_forged_local_cache_never_makes_a_forged_approval_pass(repo: Repo) -> None:
    page = repo.page()
    repo.sign(page, "wang")
    forged = repo.approval(page, "li", "section_head", key="mallory")  # 李明's name, Mallory's key
    repo.approval(page, "zhang", "deputy")
    repo.write(page, repo.read(page).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    assert "SIGN001" in codes(repo.check())  # this run wrote the (sealed) caches
    cache = repo.root / ".git" / "gates" / "signoff-cache.json"
    index = repo.root / ".git" / "gates" / "signoff-index.json"
    raw = cache.read_bytes()
    header, _, payload = raw.partition(b"\n")
    data = json.loads(payload)
    li_key = " ".join((Path(f"{repo.keys['li']}.pub")).read_text().split()[:2])
    data["commits"][forged][2][3] = li_key  # "the signature verified with 李明's key"
    tampered = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    index.unlink()
    # Keeping the old MAC, and writing no MAC at all: neither is believed.
    for attempt in (header + b"\n" + tampered, tampered):
        cache.write_bytes(attempt)
        assert "SIGN001" in codes(repo.check())


@pytest.mark.parametrize("shape", ["duplicate", "alias"])
def test_front_matter_tricks_fail_the_content_stage(repo: Repo, shape: str) -> None:
    extra = "disclosure: 主动公开" if shape == "duplicate" else "x: &x [1]\ny: *x"
    repo.write("content/news/a.md", f"---\ntitle: 标题\ncolumn: news\nunit: qzfb\ndisclosure: 不予公开\n{extra}\n"
                                    "status: draft\n---\n正文\n")
    assert "FM002" in codes(repo.check(codes_prefix="FM"))
