"""Real git repositories and real ed25519 keys (made by ssh-keygen) for the sign-off tests.

Import the fixtures into a test module with
`from tests.signkit import keys_fixture, repo_fixture  # noqa: F401` (they register as `keys` and `repo`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from gates import engine
from gates.actions.check import context
from gates.actions.sign import Signed, sign
from gates.config import load_config
from gates.domain.signoff import Trailers, commit_message, content_hash
from gates.model.dates import today as gates_today
from gates.model.finding import Finding
from gates.rules import RULES
from tests.conftest import PROJECT

# name, email, outsourced, roles (role, unit, from, until)
PEOPLE: dict[str, tuple[str, str, bool, list[tuple[str, str, str, str | None]]]] = {
    "wang": ("王晓", "wangxiao@example.gov.cn", False, [("drafter", "qzfb", "2024-01-01", None)]),
    "li": ("李明", "liming@example.gov.cn", False, [("section_head", "qzfb", "2024-01-01", None)]),
    "zhang": ("张华", "zhanghua@example.gov.cn", False, [("deputy", "qzfb", "2024-01-01", None)]),
    "chen": ("陈刚", "chengang@example.gov.cn", False,
             [("principal", "qzfb", "2024-01-01", None), ("principal", "fgw", "2024-01-01", None)]),
    "liu": ("刘芳", "liufang@example.gov.cn", False, [("deputy", "fgw", "2024-01-01", None)]),
    "zhao": ("赵强", "zhaoqiang@example.gov.cn", False,
             [("drafter", "fgw", "2024-01-01", None), ("section_head", "fgw", "2024-01-01", None)]),
    "zhou": ("周婷", "zhouting@example.gov.cn", True, [("drafter", "qzfb", "2024-01-01", None)]),
    "sun": ("孙丽", "sunli@example.gov.cn", False, [("section_head", "qzfb", "2024-01-01", "2025-06-30")]),
}
OUTSIDERS = {"mallory": ("马洛", "mallory@example.com")}
TODAY = gates_today()


@pytest.fixture(scope="session", name="keys")
def keys_fixture(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One ed25519 key pair per person, made once per test session."""
    folder = tmp_path_factory.mktemp("keys")
    out = {}
    for who in [*PEOPLE, *OUTSIDERS]:
        path = folder / who
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", who, "-f", str(path)], check=True)
        out[who] = path
    return out


def roster_text(keys: dict[str, Path], people: Sequence[str] = tuple(PEOPLE)) -> str:
    lines = ["units:", "  - {id: qzfb, name: 江北区人民政府办公室}", "  - {id: fgw, name: 江北区发展和改革委员会}", "people:"]
    for who in people:
        name, email, outsourced, roles = PEOPLE[who] if who in PEOPLE else (*OUTSIDERS[who], False,
                                                                            [("deputy", "qzfb", "2024-01-01", None)])
        pub = " ".join(Path(f"{keys[who]}.pub").read_text().split()[:2])
        lines += [f"  - name: {name}", f"    email: {email}", f'    signing_key: "{pub}"',
                  f"    outsourced: {'true' if outsourced else 'false'}", "    roles:"]
        for role, unit, start, until in roles:
            end = f", until: {until}" if until else ""
            lines.append(f"      - {{role: {role}, unit: {unit}, from: {start}{end}}}")
    return "\n".join(lines) + "\n"


class Repo:
    def __init__(self, root: Path, keys: dict[str, Path], date: str | None = None) -> None:
        self.root = root
        self.keys = keys
        (root / "site_config").mkdir(parents=True)
        for name in ("columns.yml", "sources.yml", "terms.yml", "site.yml"):
            if (PROJECT / "site_config" / name).exists():
                shutil.copy(PROJECT / "site_config" / name, root / "site_config" / name)
        (root / "site_config" / "roster.yml").write_text(roster_text(keys), encoding="utf-8")
        (root / "content" / "news").mkdir(parents=True)
        self.git("init", "-q", "-b", "main")
        self.commit_all("初始化站点 (信任根)", "chen", sign=True, date=date)

    # ---- git --------------------------------------------------------------------------------------

    def git(self, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> str:
        proc = subprocess.run(["git", *args], cwd=self.root, capture_output=True, text=True, check=False,
                              env={**os.environ, **(env or {})}, input=input)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    def who(self, who: str) -> tuple[str, str]:
        if who in PEOPLE:
            return PEOPLE[who][0], PEOPLE[who][1]
        return OUTSIDERS[who]

    def as_user(self, who: str, key: str | None = None) -> None:
        """Make `who` the current git user, signing with their own key or another's."""
        name, email = self.who(who)
        self.git("config", "user.name", name)
        self.git("config", "user.email", email)
        self.git("config", "user.signingkey", str(self.keys[key or who]))

    def commit(self, message: str, who: str, *paths: str, sign: bool = False, key: str | None = None,
               date: str | None = None, allow_empty: bool = False) -> str:
        name, email = self.who(who)
        args = ["-c", f"user.name={name}", "-c", f"user.email={email}"]
        if sign:
            args += ["-c", "gpg.format=ssh", "-c", f"user.signingkey={self.keys[key or who]}"]
        env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else {}
        cmd = [*args, "commit", "-q", "-F", "-", *(["-S"] if sign else ["--no-gpg-sign"])]
        cmd += ["--allow-empty"] if allow_empty else []
        self.git(*cmd, *(["--", *paths] if paths else []), env=env, input=message)
        return self.head()

    def commit_all(self, message: str, who: str, sign: bool = False, key: str | None = None,
                   date: str | None = None) -> str:
        self.git("add", "-A")
        return self.commit(message, who, sign=sign, key=key, date=date)

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").strip()

    def status(self) -> str:
        return self.git("status", "--porcelain")

    # ---- pages ------------------------------------------------------------------------------------

    def write(self, relpath: str, text: str) -> str:
        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return relpath

    def page(self, relpath: str = "content/news/a.md", body: str = "本周区政府办公室开展了安全检查。\n",
             commit: bool = True, at: str | None = None, **meta: object) -> str:
        column = relpath.split("/")[1]
        fields: dict[str, object] = {"title": "关于开展冬季安全生产检查的通知", "column": column, "unit": "qzfb",
                                     "disclosure": "主动公开", "status": "draft"}
        fields.update(meta)
        lines = ["---", *(f"{k}: {v}" for k, v in fields.items() if v is not None), "---"]
        self.write(relpath, "\n".join(lines) + "\n" + body)
        if commit:
            self.commit_all(f"编辑 {relpath}", "wang", date=at)
        return relpath

    def read(self, relpath: str) -> str:
        return (self.root / relpath).read_text(encoding="utf-8")

    def hash_of(self, relpath: str) -> str:
        from gates.model.frontmatter import read_page

        page = read_page(self.root, relpath)
        return content_hash(page.meta, page.body)

    # ---- sign and check ---------------------------------------------------------------------------

    def sign(self, relpath: str, who: str, role: str | None = None, key: str | None = None,
             today: dt.date | None = None) -> Signed:
        self.as_user(who, key)
        return sign(self.root, relpath, load_config(self.root), role=role, today=today)

    def sign_chain(self, relpath: str, *people: str) -> None:
        for who in people:
            self.sign(relpath, who)

    def approval(self, relpath: str, who: str, role: str, unit: str = "qzfb", sign: bool = True,
                 key: str | None = None, date: str | None = None, digest: str | None = None) -> str:
        """An approval commit made by hand (not through gates sign): for forgeries and odd dates."""
        trailers = Trailers(relpath, role, unit, digest or self.hash_of(relpath))
        return self.commit(commit_message(trailers, self.who(who)[0]), who, sign=sign, key=key, date=date,
                           allow_empty=True)

    def check(self, today: dt.date | None = None, codes_prefix: str = "SIGN") -> list[Finding]:
        ctx = context(self.root, load_config(self.root), today or TODAY)
        found = engine.run(ctx, list(RULES), []).findings
        return [f for f in found if f.code.startswith(codes_prefix)]


@pytest.fixture(name="repo")
def repo_fixture(tmp_path: Path, keys: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Repo]:
    # The host's git configuration must not leak in (a global signing key, commit.gpgsign, hooks).
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    # The cache's MAC key lives outside the repository; each test gets its own.
    monkeypatch.setenv("GATES_CACHE_KEY_FILE", str(tmp_path / "cache-mac.key"))
    for var in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(var, raising=False)
    yield Repo(tmp_path / "site", keys)


def codes(findings: Sequence[Finding]) -> list[str]:
    return [f.code for f in findings]


def add_rechecker(repo: Repo, tmp_path: Path) -> Path:
    """Add 钱进 (复查专人) to the roster in a principal-signed config commit; their key."""
    key = tmp_path / "qian"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "qian", "-f", str(key)], check=True)
    pub = " ".join(Path(f"{key}.pub").read_text().split()[:2])
    roster = repo.root / "site_config" / "roster.yml"
    roster.write_text(roster.read_text(encoding="utf-8") + (
        f'  - name: 钱进\n    email: qianjin@example.gov.cn\n    signing_key: "{pub}"\n    outsourced: false\n'
        "    roles:\n      - {role: rechecker, unit: qzfb, from: 2024-01-01}\n"), encoding="utf-8")
    repo.commit_all("名册：增加复查专人", "chen", sign=True)
    return key
