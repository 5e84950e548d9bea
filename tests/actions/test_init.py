"""gates init: a new district site repository that, once its roster is filled in and the principal has signed
the first commit, passes `gates check` and builds through the gated build; and the CI templates it ships."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from gates import __version__
from gates.actions.init import InitRefused, init, repository_files, template
from tests.conftest import PROJECT
from tests.signkit import keys_fixture, roster_text  # noqa: F401


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
           "GATES_CACHE_KEY_FILE": str(tmp_path / "cache-mac.key"), "PYTHONPATH": str(PROJECT),
           "NO_MKDOCS_2_WARNING": "1"}
    for var in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(var, None)
    return env


def _gates(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=root, env=env, capture_output=True, text=True,
                          check=False)


def test_init_then_the_first_principal_signed_commit_checks_and_builds(
        tmp_path: Path, keys: dict[str, Path]) -> None:
    env = _env(tmp_path)
    root = tmp_path / "jiangbei-site"
    proc = _gates(tmp_path, env, "init", str(root))
    assert proc.returncode == 0, proc.stderr
    for words in ("credit_code", "roster.yml", "owner_unit", "git -c gpg.format=ssh", "commit -S"):
        assert words in proc.stdout
    assert f"gates[site]=={__version__}" in (root / "requirements.txt").read_text(encoding="utf-8")
    for name in (".gitlab-ci.yml", ".github/workflows/gates.yml", ".pre-commit-config.yaml", "ci/pre-push",
                 "mkdocs.yml", "overrides", "content/index.md", "content/news/index.md", ".gitignore"):
        assert (root / name).exists(), name
    assert (root / "ci/pre-push").stat().st_mode & 0o111
    # Until the roster is filled in, gates says what is missing, on one line.
    unfilled = _gates(root, env, "check")
    assert unfilled.returncode == 2 and "roster.yml" in unfilled.stderr

    # What the district fills in first: units with credit codes, people and keys, owner_unit.
    (root / "site_config" / "roster.yml").write_text(
        roster_text(keys).replace("{id: qzfb, name: 江北区人民政府办公室}",
                                  "{id: qzfb, name: 江北区人民政府办公室, credit_code: 11500105768865765W}"),
        encoding="utf-8")
    site_yml = root / "site_config" / "site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8").replace("owner_unit: bangongshi", "owner_unit: qzfb"),
                        encoding="utf-8")
    git = ["git", "-c", "user.name=陈刚", "-c", "user.email=chengang@example.gov.cn"]
    subprocess.run([*git, "add", "-A"], cwd=root, env=env, check=True)
    subprocess.run([*git, "-c", "gpg.format=ssh", "-c", f"user.signingkey={keys['chen']}", "commit", "-q", "-S",
                    "-m", "建立站点：名册、栏目与构建配置"], cwd=root, env=env, check=True)

    checked = _gates(root, env, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = _gates(root, env, "build")
    assert built.returncode == 0, built.stdout + built.stderr
    assert (root / "site" / "index.html").is_file() and (root / "gates-manifest.json").is_file()


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("已有文件\n", encoding="utf-8")
    with pytest.raises(InitRefused, match="不是空目录"):
        init(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_repository_keeps_the_templates_it_ships() -> None:
    # ci/templates/ is what the README documents; the package's copies are what init and the demo write.
    for name in ("gitlab-ci.yml", "github/workflows/gates.yml", "pre-push", "pre-commit-config.yaml"):
        assert (PROJECT / "ci" / "templates" / name).read_text(encoding="utf-8") == template(name), name


def _gitlab_commands() -> list[list[str]]:
    """Each job's shell (GitLab runs a job's before_script and script in one shell)."""
    doc = yaml.safe_load(template("gitlab-ci.yml"))
    assert doc["variables"]["GIT_DEPTH"] == "0"
    assert "rm -rf .git/gates" in doc["default"]["before_script"]
    assert "cache" not in doc and all("cache" not in job for job in doc.values() if isinstance(job, dict))
    check = doc["gates-check"]
    assert check["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert check["artifacts"]["when"] == "always"
    return [[*doc["default"]["before_script"], *check["script"]], [*doc["default"]["before_script"],
                                                                  *doc["gates-build"]["script"]]]


def _github_commands() -> list[list[str]]:
    """Each step's shell (GitHub Actions runs every step in its own shell)."""
    doc = yaml.safe_load(template("github/workflows/gates.yml"))
    steps = doc["jobs"]["gates"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif@") for s in steps)
    assert not any("cache" in s.get("uses", "") for s in steps)
    assert "pull_request" in doc[True]  # YAML 1.1 reads the key `on` as True
    return [[s["run"]] for s in steps if "run" in s]


@pytest.mark.parametrize("commands", [_gitlab_commands, _github_commands], ids=["gitlab", "github"])
def test_the_ci_templates_commands_pass_on_the_demo(commands: object, demo: Path, tmp_path: Path) -> None:
    # The demo carries the templates (make_demo writes the same files), so this runs what CI would run there,
    # except installing: gates is this checkout, on PATH as `gates`.
    assert callable(commands)
    site = tmp_path / "site"
    shutil.copytree(demo, site, symlinks=True)
    assert (site / ".gitlab-ci.yml").read_text(encoding="utf-8") == repository_files()[".gitlab-ci.yml"]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "gates"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m gates "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {**_env(tmp_path), "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "GATES_CACHE_KEY_FILE": str(demo.parent / "cache-mac.key")}
    shells = ["\n".join(c for c in shell if not c.startswith(("pip ", "apt-get "))) for shell in commands()]
    assert any("gates check" in s for s in shells) and any("gates build" in s for s in shells)
    for script in shells:
        proc = subprocess.run(["bash", "-e", "-c", script], cwd=site, env=env, capture_output=True, text=True,
                              check=False)
        assert proc.returncode == 0, script + proc.stdout[-3000:] + proc.stderr[-3000:]
    script = "\n".join(shells)
    assert (site / "site" / "index.html").is_file()
    report = site / ("gl-code-quality-report.json" if "gitlab" in script else "gates.sarif")
    json.loads(report.read_text(encoding="utf-8"))


def test_the_gitlab_job_fails_on_an_error_and_still_writes_its_report(demo: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(demo, site, symlinks=True)
    bad = site / "content" / "news" / "2026-11-26-1.md"
    bad.write_text("---\ntitle: 通知\ncolumn: news\nunit: qzfb\nstatus: draft\n---\n正文\n", encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gates").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m gates "$@"\n', encoding="utf-8")
    (bin_dir / "gates").chmod(0o755)
    env = {**_env(tmp_path), "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    check = yaml.safe_load(template("gitlab-ci.yml"))["gates-check"]["script"]
    proc = subprocess.run(["bash", "-e", "-c", "\n".join(check)], cwd=site, env=env, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 1
    issues = json.loads((site / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert any(i["location"]["path"] == "content/news/2026-11-26-1.md" for i in issues)
