"""Red team 2: a symlink inside a dot-folder under content/ hangs the gated build, and `gates check` passes.

The inventory (model/inventory.py `walk`) never descends into a folder whose name starts with `.`, so neither
FM013 nor the plugin's symlink refusal sees what is inside it. MkDocs walks docs_dir with
`os.walk(followlinks=True)` and descends into dot-folders too (it only marks their files excluded), so three
symlinks `content/.cache/{a,b,c} -> .` make it walk 3**40 paths: an editor with push rights stalls every
publication with a commit `gates check` calls clean. A link to `/` walks the CI machine's whole filesystem.

Secure behaviour: `gates check` reports the symlinks (FM013) and the gated build refuses promptly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.attacks.test_build_doors import commit, site  # noqa: F401

LIMIT = 60  # seconds; the demo builds in about 2


def _gates(root: Path, *args: str) -> tuple[int | None, str]:
    """Run gates in its own process group; on timeout kill the group (the build's MkDocs child too)."""
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(root.parent / "cache-mac.key"), "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "gates", *args], cwd=root, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=LIMIT)
        return proc.returncode, out
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, f"timed out after {LIMIT} s"


def test_symlinks_hidden_in_a_dot_folder_are_refused_and_do_not_hang_the_build(site: Path) -> None:  # noqa: F811
    hidden = site / "content" / ".cache"
    hidden.mkdir()
    for name in ("a", "b", "c"):
        (hidden / name).symlink_to(".")
    commit(site, "编辑器缓存")
    check_rc, check_out = _gates(site, "check")
    build_rc, build_out = _gates(site, "build")
    assert build_rc is not None, "the gated build hung on symlinks gates check never looked at"
    assert check_rc == 1 and "FM013" in check_out, check_out
    assert build_rc == 1, build_out
