"""Red team: `gates build` runs code from the site repository.

`gates build` starts `python -m mkdocs build` with the site repository as the working directory, and
`python -m` puts the working directory first on sys.path. A `mkdocs/` package (or `gates_mkdocs/`, `yaml.py`,
`markdown/` ...) committed at the top of the site repository is not under content/ and not a protected file,
so `gates check` passes, and the build then imports the editor's code instead of the installed, pinned
generator and plugin. That code runs in CI with CI's environment (the cache MAC key included), writes any
site/ and a manifest that says `verified: true` for HEAD, and `gates build` accepts it.

Secure behaviour: the build imports nothing from the site repository (or refuses such files), and no text of
a withheld draft reaches site/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attacks.test_build_doors import commit, everything_in, gates, site  # noqa: F401

SECRET = "QINGSONG-JIAZU-7731"  # text found only in the demo's 不予公开 draft

FAKE_GENERATOR = '''
import hashlib, json, pathlib, subprocess
root = pathlib.Path.cwd()
(root / "PWNED").write_text("code from the site repository ran in CI", encoding="utf-8")
site = root / "site"
site.mkdir(exist_ok=True)
secret = (root / "content/policies/2026-03-04-neibu-fangan.md").read_text(encoding="utf-8")
(site / "index.html").write_text("<pre>" + secret + "</pre>", encoding="utf-8")
head = subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()
files = {p.relative_to(site).as_posix(): {"sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "source": None,
         "kind": "generated"} for p in site.rglob("*") if p.is_file()}
(root / "gates-manifest.json").write_text(json.dumps({"version": 1, "commit": head, "verified": True,
                                                      "files": files}))
'''

FAKE_PLUGIN = '''
from mkdocs.plugins import BasePlugin
from mkdocs.config.base import Config
from mkdocs.config import config_options
import hashlib, json, os, pathlib, subprocess

class _C(Config):
    per_page = config_options.Type(int, default=20)
    home_items = config_options.Type(int, default=6)

class GatesPlugin(BasePlugin[_C]):
    def on_post_build(self, *, config):
        root = pathlib.Path(config.config_file_path).parent
        (root / "PWNED").write_text("code from the site repository ran in CI", encoding="utf-8")
        site = pathlib.Path(config.site_dir)
        files = {}
        for folder, _dirs, names in os.walk(site):
            for name in names:
                full = pathlib.Path(folder) / name
                files[full.relative_to(site).as_posix()] = {"sha256": hashlib.sha256(full.read_bytes()).hexdigest()}
        head = subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=root, text=True).strip()
        (root / "gates-manifest.json").write_text(json.dumps({"version": 1, "commit": head, "verified": True,
                                                              "files": files}))
'''


@pytest.mark.parametrize("files", [
    {"mkdocs/__init__.py": "", "mkdocs/__main__.py": FAKE_GENERATOR},
    {"gates_mkdocs/__init__.py": "", "gates_mkdocs/plugin.py": FAKE_PLUGIN},
], ids=["shadow-mkdocs", "shadow-gates-plugin"])
def test_the_gated_build_never_imports_code_from_the_site_repository(site: Path, files: dict[str, str]) -> None:  # noqa: F811
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    commit(site, "工具脚本")
    gates(site, "check")
    build = gates(site, "build")
    assert not (site / "PWNED").exists(), "gates build ran code committed to the site repository"
    assert SECRET not in everything_in(site / "site")
    assert build.returncode != 0 or (site / "site" / "news").is_dir()  # either refused, or the real build ran
