"""`gates build`: the gated build, the only way CI makes a site it publishes (SPEC section 7).

It runs the site generator (MkDocs, or ProperDocs) as a separate process, so the gate core never imports
either, and it holds the result to account rather than trusting the configuration:

- before: the configuration must enable the `gates` plugin with sign-off verification on. A commit that
  removes the plugin from mkdocs.yml is a protected change (SIGN004), and on top of that this command refuses
  such a configuration, so a build without the gates cannot produce a site CI would publish;
- after: the plugin's manifest must exist, be fresh (written by this run, for HEAD, verified), and account
  for every file in site/ with the right sha256. Anything else in site/ means something bypassed the plugin.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from gates.gitrecord import history

REUSE_ENVIRONMENT = "GATES_BUILD_REUSE"  # read by the gates plugin (gates_mkdocs/reuse.py)


class BuildRefused(Exception):
    """The gated build will not produce or accept this site; str() is the Chinese reason."""


@dataclass(frozen=True)
class Built:
    site_dir: Path
    manifest: Path
    files: int


def build(root: Path, config_file: str = "mkdocs.yml", *, incremental: bool = False) -> Built:
    settings = _read_config(root / config_file)
    plugin = _gates_plugin(settings)
    site_dir = root / str(settings.get("site_dir") or "site")
    manifest = root / str(plugin.get("manifest") or "gates-manifest.json")
    started = time.time()
    _run_generator(root, config_file, incremental)
    return _accept(root, site_dir, manifest, started)


class _Lenient(yaml.SafeLoader):
    """mkdocs.yml may carry tags (!ENV, !!python/name): read them as plain values, never construct objects."""


_Lenient.add_multi_constructor("", lambda loader, _suffix, node: None)


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Lenient)
    except (OSError, yaml.YAMLError) as exc:
        raise BuildRefused(f"无法读取 {path.name}：{exc.__class__.__name__}") from None
    if not isinstance(data, dict):
        raise BuildRefused(f"{path.name} 应为键值映射")
    return data


def _gates_plugin(settings: dict[str, Any]) -> dict[str, Any]:
    for item in settings.get("plugins") or []:
        name, options = (item, {}) if isinstance(item, str) else next(iter(item.items()), ("", {}))
        if name == "gates":
            options = options if isinstance(options, dict) else {}
            if options.get("verify") is False:
                raise BuildRefused("gates 插件设置了 verify: false (预览构建)，不能作为发布构建")
            return options
    raise BuildRefused("构建配置没有启用 gates 插件 (plugins: [search, gates])：拒绝构建，未经检查的站点不能发布")


def _run_generator(root: Path, config_file: str, incremental: bool = False) -> None:
    tool = "mkdocs" if importlib.util.find_spec("mkdocs") else "properdocs"
    # Incremental: the plugin reuses the previous build's output for every page it proves unchanged (and
    # renders the rest); the check before and the manifest after are the same as a full build's.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", REUSE_ENVIRONMENT: "1" if incremental else "0"}
    # -I: isolated mode. Python would otherwise import a `mkdocs/` or `gates_mkdocs/` package committed to the
    # site repository (the working directory) before the installed one, and run it with CI's environment.
    # The generator imports the gates plugin from the folder this very gates was loaded from (never from the
    # site, never from PYTHONPATH): the code that checked the site is the code that builds it.
    code = str(Path(__file__).resolve().parents[2])
    launcher = (f"import runpy, sys; sys.path.insert(0, {code!r}); "
                f"runpy.run_module({tool!r}, run_name='__main__', alter_sys=True)")
    proc = subprocess.run([sys.executable, "-I", "-c", launcher, "build", "--strict", "--clean", "-q", "-f", config_file],
                          cwd=root, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip() and "jieba" not in line.lower()
                 and "prefix dict" not in line.lower() and "model" not in line.lower()]
        raise BuildRefused("站点构建失败：" + ("；".join(lines[-5:]) or f"{tool} 退出码 {proc.returncode}"))


def _accept(root: Path, site_dir: Path, manifest: Path, started: float) -> Built:
    try:
        if manifest.stat().st_mtime < started - 1:
            raise BuildRefused(f"{manifest.name} 不是本次构建写出的：gates 插件没有运行")
        doc = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildRefused(f"构建没有写出 {manifest.name}：gates 插件没有运行") from None
    except (OSError, ValueError):
        raise BuildRefused(f"无法读取 {manifest.name}") from None
    head = history.git(root, ["rev-parse", "HEAD"], check=False).decode("ascii", "replace").strip()
    if not doc.get("verified") or doc.get("commit") != head:
        raise BuildRefused(f"{manifest.name} 不是针对当前提交、经审签核验的构建")
    listed: dict[str, Any] = doc.get("files") or {}
    on_disk = {p.relative_to(site_dir).as_posix(): p for p in site_dir.rglob("*") if p.is_file() or p.is_symlink()}
    extra = sorted(set(on_disk) - set(listed))
    changed = sorted(name for name, path in on_disk.items() if name in listed and
                     (path.is_symlink() or hashlib.sha256(path.read_bytes()).hexdigest() != listed[name]["sha256"]))
    if extra or changed:
        raise BuildRefused(f"site/ 中有清单之外或被改动的文件：{'、'.join((extra + changed)[:5])}")
    return Built(site_dir, manifest, len(on_disk))
