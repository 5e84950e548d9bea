"""`gates init DIR`: a district's site repository (SPEC section 7), made from the templates shipped with gates.

The templates (site_template/, package data) are the one source of the repository-level files: `gates init`
writes them for a real district, and sample/make_demo.py writes the same ones into the demo. Files whose names
start with a dot are stored without it, so packaging and the CI of this project leave them alone."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from gates import __version__
from gates.config.columns import parse_columns

# Stored name -> name in the site repository.
_DOTTED = {"gitignore": ".gitignore", "pre-commit-config.yaml": ".pre-commit-config.yaml",
           "gitlab-ci.yml": ".gitlab-ci.yml", "github/workflows/gates.yml": ".github/workflows/gates.yml",
           "pre-push": "ci/pre-push"}
# The repository-level files a site and the demo share (everything but site_config/, mkdocs.yml and content/).
REPOSITORY_FILES = ("gitignore", "requirements.txt", "pre-commit-config.yaml", "gitlab-ci.yml",
                    "github/workflows/gates.yml", "pre-push")
EXECUTABLE = frozenset({"pre-push"})


class InitRefused(Exception):
    """gates init will not write; str() is the Chinese reason, and nothing was written."""


@dataclass(frozen=True)
class Initialised:
    root: Path
    files: list[str]  # written, relative to root


def _node(name: str) -> Traversable:
    node = resources.files("gates.actions").joinpath("site_template")
    for part in name.split("/"):
        node = node.joinpath(part)
    return node


def template(name: str) -> str:
    """A shipped template's text, with this gates version filled in (the pin, SPEC section 7)."""
    return _node(name).read_text(encoding="utf-8").replace("{version}", __version__)


def repository_files() -> dict[str, str]:
    """Path in the site repository -> text, for the files every site repository (and the demo) carries."""
    return {_DOTTED.get(name, name): template(name) for name in REPOSITORY_FILES}


def write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if rel.endswith("pre-push"):
            path.chmod(0o755)


def init(root: Path, git: bool = True) -> Initialised:
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InitRefused(f"{root} 已存在且不是空目录：gates init 只在空目录或新目录中创建站点仓库")
    files = {**repository_files(), "mkdocs.yml": template("mkdocs.yml"), "overrides/.gitkeep": ""}
    for name in ("roster.yml", "columns.yml", "site.yml", "sources.yml", "terms.yml", "ads.yml"):
        files[f"site_config/{name}"] = template(f"site_config/{name}")
    files["content/index.md"] = "---\ntitle: 首页\n---\n"
    for column in parse_columns(files["site_config/columns.yml"]).values():
        files[f"content/{column.id}/index.md"] = f"---\ntitle: {column.name}\n---\n"
    root.mkdir(parents=True, exist_ok=True)
    write_files(root, files)
    if git and not (root / ".git").exists():
        subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True, capture_output=True)
    return Initialised(root, sorted(files))


NEXT_STEPS = """\
下一步 (按顺序)：
  1. site_config/roster.yml：填写各单位 (units：id、全称、18 位统一社会信用代码 credit_code)，
     以及每个起草和审签的人 (people：姓名、邮箱、公钥 signing_key、角色)。
     每人在自己电脑上生成密钥：ssh-keygen -t ed25519 -f ~/.ssh/gates_ed25519，把 .pub 文件的内容交给管理员；
     私钥只留在本人电脑上，权限须为 600 (chmod 600 ~/.ssh/gates_ed25519)。
  2. site_config/site.yml：网站名称、域名、网站标识码、备案号，以及 owner_unit (主办单位的单位代码)；
     mkdocs.yml 的 site_name 和 site_url；site_config/columns.yml：本站的栏目 (每个栏目在 content/ 下有目录
     和 index.md)。
  3. 第一次提交由主办单位的主要领导签名 (这是信任根：此后名册和构建配置的修改都须主要领导签名)：
       git add -A
       git -c gpg.format=ssh -c user.signingkey=~/.ssh/gates_ed25519 commit -S -m "建立站点：名册、栏目与构建配置"
  4. 检查和构建：gates check，然后 gates build。每个克隆安装一次钩子：pre-commit install。
  5. CI：.gitlab-ci.yml (GitLab) 或 .github/workflows/gates.yml (GitHub) 已就绪；把“流水线必须成功”设为合并条件。
写稿：gates new 栏目 "标题" --disclosure 主动公开；审签：gates sign 页面路径；进度：gates status 页面路径。
"""
