"""The repository's own sample: signed through the real workflow, so the full gate passes on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT


def test_full_check_of_the_sample_content_passes() -> None:
    proc = subprocess.run([sys.executable, "-m", "gates", "check", "--format", "json"], cwd=PROJECT,
                          capture_output=True, text=True, check=False)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0, doc["findings"]
    assert doc["summary"]["files"] >= 20


def test_sample_has_published_pages_of_every_column() -> None:
    published = {p.parent.name for p in (PROJECT / "content").rglob("*.md")
                 if "\nstatus: published" in p.read_text(encoding="utf-8")}
    assert published >= {"news", "notices", "policies", "personnel", "wechat"}


def test_sample_site_builds_strict(tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    out = tmp_path / "site"
    proc = subprocess.run([str(mkdocs), "build", "--strict", "-q", "-d", str(out)], cwd=PROJECT, capture_output=True,
                          text=True, check=False, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    assert (out / "index.html").exists()
    assert len(list(out.glob("*/*/index.html"))) >= 16
