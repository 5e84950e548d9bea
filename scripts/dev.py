#!/usr/bin/env python3
"""Set up .venv/ and run one of the project's jobs. Needs only Python 3.11+ and git.

    python3 scripts/dev.py site   # generate the demo site repository, check it, build it, print where it is
    python3 scripts/dev.py test   # lint, type-check, run the whole test suite
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".gates-installed"


def sh(*cmd: str | Path, **env: str) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env={**os.environ, **env}, check=False)
    if result.returncode != 0:
        sys.exit(result.returncode)


def ensure_venv() -> None:
    """Create .venv and install the project with its extras; again only when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before the venv exists, on any python3
        sys.exit("gates needs Python 3.11 or newer")
    if not (BIN / "python").exists():
        sh(sys.executable, "-m", "venv", VENV)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == want:
        return
    sh(BIN / "python", "-m", "pip", "install", "-q", "--upgrade", "pip")
    # The first install takes about a minute: show pip's progress rather than a silent wait.
    print("Installing gates and its dependencies into .venv (about a minute the first time) …", flush=True)
    sh(BIN / "python", "-m", "pip", "install", "--progress-bar", "on", "-e", ".[site,dev]")
    STAMP.write_text(want)


def ensure_chromium() -> None:
    """The browser tests open the built site in real headless Chromium; install it from Debian if missing."""
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        sys.exit("The browser tests need Chromium: install the `chromium` package (as root: apt-get install chromium)")
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    sh("apt-get", "update", "-qq", **env)
    # fonts-wqy-microhei: without a CJK font Chromium draws the Chinese text as empty boxes.
    sh("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-wqy-microhei", **env)


DEMO = ROOT / "build" / "demo-site"


def site() -> None:
    """Generate the demo site repository from the sample, check it, and build it the way CI publishes."""
    sh(BIN / "python", ROOT / "sample" / "make_demo.py", DEMO, "--force")
    sh(BIN / "gates", "check", "--root", DEMO)
    sh(BIN / "gates", "build", "--root", DEMO)
    print(f"\n站点已生成 (site built): {DEMO / 'site' / 'index.html'}")
    print(f"本地预览 (preview): cd {DEMO} && {BIN / 'mkdocs'} serve  ->  http://127.0.0.1:8000/")


def test() -> None:
    ensure_chromium()
    sh(BIN / "ruff", "check", "gates", "gates_mkdocs", "tests", "benchmarks", "scripts")
    sh(BIN / "mypy")
    sh(BIN / "pytest", "tests", "-p", "no:cacheprovider", NO_MKDOCS_2_WARNING="1")
    sh(BIN / "pre-commit", "run", "--all-files", "--show-diff-on-failure")


JOBS = {"site": site, "test": test}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in JOBS:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_venv()
    JOBS[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
