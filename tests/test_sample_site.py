"""The demo site repository, generated from the sample through the real signing path: the full gate passes
on its own history, and the gated build builds it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def gates(demo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(demo.parent / "cache-mac.key")}
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=demo, capture_output=True, text=True,
                          check=False, env=env)


def test_full_check_of_the_demo_passes(demo: Path) -> None:
    proc = gates(demo, "check", "--format", "json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0, doc["findings"]
    assert doc["summary"]["files"] >= 20


def test_demo_history_is_in_date_order_and_signed(demo: Path) -> None:
    log = subprocess.run(["git", "log", "--reverse", "--format=%ct %G? %s"], cwd=demo, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    stamps = [int(line.split()[0]) for line in log]
    assert stamps == sorted(stamps) and len(log) > 50
    approvals = [line for line in log if "审签:" in line]
    assert len(approvals) >= 48


def test_demo_has_published_pages_of_every_column(demo: Path) -> None:
    published = {p.parent.name for p in (demo / "content").rglob("*.md")
                 if "\nstatus: published" in p.read_text(encoding="utf-8")}
    assert published >= {"news", "notices", "policies", "personnel", "wechat"}


def test_demo_builds_through_the_gated_build(demo_site: Path) -> None:
    assert (demo_site / "index.html").exists()
    assert len(list(demo_site.glob("*/*/index.html"))) >= 16
    manifest = json.loads((demo_site.parent / "gates-manifest.json").read_text(encoding="utf-8"))
    assert manifest["verified"] is True and manifest["files"]["index.html"]["kind"] == "listing"
