"""A build or preview of the site prints no jieba dictionary messages (the Chinese search loads jieba)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT


def test_mkdocs_build_prints_no_jieba_messages(demo: Path, tmp_path: Path) -> None:
    site = tmp_path / "site-repo"
    shutil.copytree(demo, site, symlinks=True)
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "NO_MKDOCS_2_WARNING": "1",
           "GATES_CACHE_KEY_FILE": str(demo.parent / "cache-mac.key")}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=site, env=env, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert (site / "site" / "search" / "search_index.json").is_file()  # the Chinese search did run
    assert "Prefix dict" not in proc.stderr and "jieba" not in proc.stderr.lower()
