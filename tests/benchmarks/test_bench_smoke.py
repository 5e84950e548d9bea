"""The benchmarks cannot rot: the corpus generator's properties, and the one command at smoke size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import generate
from tests.conftest import PROJECT


def gates(repo: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(repo.parent / "mac.key")}
    proc = subprocess.run([sys.executable, "-m", "gates", *args, "--format", "json", "--today", "2025-01-01"],
                          cwd=repo, capture_output=True, text=True, check=False, env=env)
    doc: dict[str, object] = json.loads(proc.stdout)
    return doc


def test_the_corpus_is_a_real_repository_with_only_its_planted_findings(tmp_path: Path) -> None:
    repo = generate(tmp_path / "policy", 150, "policy", signed_share=0.02, seed=3)
    pages = list((repo / "content").rglob("*-p*.md"))
    assert len(pages) == 150 and (repo / ".git").is_dir()
    sizes = sorted(p.stat().st_size for p in pages)
    assert sizes[len(sizes) // 2] > 9000  # policy pages are long
    assert sum("保守国家秘密" in p.read_text(encoding="utf-8") or "机密级" in p.read_text(encoding="utf-8")
               for p in pages) > 100  # and quote the secrecy law
    planted = sum(any(s in p.read_text(encoding="utf-8") for s in ("身份证号：", "手机：", "收款账号：", "机密★1年"))
                  for p in pages)
    doc = gates(repo, "check")
    found = [f for f in doc["findings"] if f["severity"] == "error"]  # type: ignore[union-attr]
    # Every error is a planted one (no false positives on policy text), and the signed pages pass sign-off.
    assert {f["code"] for f in found} <= {"SEC001", "SEC002", "SEC003", "SEC004"}  # type: ignore[index]
    assert len({f["path"] for f in found}) == planted  # type: ignore[index]
    published = [p for p in pages if "status: published" in p.read_text(encoding="utf-8")]
    assert len(published) == 3


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", 20, "news", seed=5)
    b = generate(tmp_path / "b", 20, "news", seed=5)
    files = sorted(p.relative_to(a) for p in (a / "content").rglob("*.md"))
    assert files == sorted(p.relative_to(b) for p in (b / "content").rglob("*.md"))
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)


def test_the_one_command_runs_every_row(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
                   check=True, capture_output=True, timeout=300)
    text = out.read_text(encoding="utf-8")
    for row in ("1. gates check vs floor", "2. pre-commit stage", "2. gates start-up", "3. sign-off verification"):
        assert row in text
    assert "growth exponent" in text
