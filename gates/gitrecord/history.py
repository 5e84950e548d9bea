"""Read HEAD's history once: one `git rev-parse`, one `git log` and one `git cat-file --batch` per run.

Per-page or per-commit git processes would cost seconds on a real site; here the commit graph, every
commit's committer date and every change to a protected file come from one `git log --raw`, and the raw
objects of the few commits that matter (record commits, protected-file changes) from one `git cat-file --batch`. What a commit says never changes for a
given commit id, so it is cached in .git/gates/ (see cache.py); a warm run with an unchanged HEAD spawns a
single git process. (approvals.build goes further: with an unchanged HEAD it loads the finished index, see
indexcache.py, and this module is not asked at all.)
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gates.gitrecord import cache, sshsig
from gates.gitrecord.commits import Commit, Facts

CONFIG_DIR = "site_config/"
ROSTER = "site_config/roster.yml"
SITE = "site_config/site.yml"
# Trailers that make a commit a record (SPEC section 4, and the re-check records of 3.8).
RECORD_TRAILERS = ("Gates-Approval", "Gates-Recheck")
# What decides who may sign and what the build publishes or the gates check (SPEC section 7): changed only by
# a principal of the owner unit, like the roster. The gates' own code is protected by the version pin, which
# lives in these files too.
PROTECTED_DIRS = (CONFIG_DIR, "hooks/", "overrides/", ".github/", "ci/")
PROTECTED_FILES = frozenset({
    "mkdocs.yml", "properdocs.yml", ".pre-commit-config.yaml", ".gitlab-ci.yml", "requirements.txt",
    "pyproject.toml", ".gitattributes", ".gitmodules",
})
_CONFIG_BLOBS = (ROSTER, SITE)  # texts the trust walk reads from history
_ZERO = "0" * 40


# Code anywhere in a site repository is build configuration: MkDocs `hooks:`, a package that shadows an installed
# one, a .pth file. A site needs none of its own; the gates and the generator come from the pinned install.
PROTECTED_SUFFIXES = (".py", ".pth", ".pyc", ".so")


def is_protected(path: str) -> bool:
    return path in PROTECTED_FILES or path.startswith(PROTECTED_DIRS) or path.endswith(PROTECTED_SUFFIXES)


class HistoryUnavailable(Exception):
    """No usable history (not a git repository, no commits, shallow clone, git missing); str() is Chinese."""


@dataclass
class History:
    root: Path
    head: str
    commits: list[Commit]  # ancestors before descendants
    blobs: dict[str, str] = field(default_factory=dict)  # roster.yml and site.yml texts by blob id

    @property
    def position(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.commits)}


def git(root: Path, args: Sequence[str], input: bytes | None = None, check: bool = True) -> bytes:
    env = dict(os.environ, LC_ALL="C", GIT_TERMINAL_PROMPT="0")
    try:
        proc = subprocess.run(["git", *args], cwd=root, input=input, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise HistoryUnavailable("未找到 git 程序，无法核验审签") from None
    if check and proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HistoryUnavailable(f"git {args[0]} 失败：{detail[-1] if detail else proc.returncode}")
    return proc.stdout


def locate(root: Path) -> tuple[Path, str]:
    """(git dir, HEAD id) of the repository rooted exactly at root."""
    proc_out = git(root, ["rev-parse", "--absolute-git-dir", "--show-toplevel", "--is-shallow-repository",
                          "--verify", "-q", "HEAD"], check=False)
    lines = proc_out.decode("utf-8", "surrogateescape").splitlines()
    if len(lines) < 3:
        raise HistoryUnavailable("站点目录不是 git 仓库，无法核验审签 (git 是审签记录)")
    git_dir, toplevel, shallow = lines[:3]
    if Path(toplevel).resolve() != root.resolve():
        raise HistoryUnavailable(f"站点目录不是 git 仓库的根目录 (仓库根为 {toplevel})，无法核验审签")
    if shallow == "true":
        raise HistoryUnavailable("浅克隆 (shallow clone) 缺少完整历史，无法核验审签；CI 请取完整历史 (fetch-depth: 0)")
    if len(lines) < 4 or len(lines[3]) < 40:
        raise HistoryUnavailable("仓库还没有任何提交，无法核验审签")
    return Path(git_dir), lines[3]


def load(root: Path, use_cache: bool = True, located: tuple[Path, str] | None = None) -> History:
    """HEAD's history; `located` is what locate(root) returned, when the caller already asked git."""
    git_dir, head = located if located is not None else locate(root)
    store = cache.Cache.open(git_dir) if use_cache else cache.Cache.empty(git_dir)
    if not store.has_head(head):
        _refresh(root, head, store)
    commits = store.walk(head)
    blobs = {blob: store.blobs[blob] for blob in _config_blobs(commits) if blob in store.blobs}
    if use_cache:
        store.save()
    return History(root=root, head=head, commits=commits, blobs=blobs)


def _refresh(root: Path, head: str, store: cache.Cache) -> None:
    """Bring the cache up to date with every commit reachable from head."""
    fresh, candidates = _log(root, head)
    wanted = [c.id for c in fresh if c.id in candidates and not store.has_facts(c.id)]
    blob_ids = sorted(_config_blobs(fresh) - set(store.blobs))
    objects = _cat_file(root, wanted + blob_ids)
    for c in fresh:
        if c.id in candidates:
            cached = store.facts(c.id)
            c.facts = cached if cached is not None else _facts(objects.get(c.id, b""), candidates[c.id])
        store.put(c)
    for blob in blob_ids:
        store.blobs[blob] = objects.get(blob, b"").decode("utf-8", "replace")
    store.add_head(head)


def _log(root: Path, head: str) -> tuple[list[Commit], dict[str, list[str]]]:
    """Every commit reachable from head with its protected-file changes; candidates -> their changed paths."""
    keys = ",".join(f"key={k}" for k in RECORD_TRAILERS)
    out = git(root, [
        "-c", "log.showSignature=false", "log", "--no-show-signature", "--no-color", "--no-ext-diff",
        "--no-textconv", "--root", "--raw", "--no-renames", "--no-abbrev", "-z", "--diff-merges=first-parent",
        f"--format=%x01%H %ct %P%x02%(trailers:{keys},valueonly)%x02", head, "--",
    ])
    commits: list[Commit] = []
    candidates: dict[str, list[str]] = {}
    for chunk in out.split(b"\x01")[1:]:
        header, approval, rest = chunk.split(b"\x02", 2)
        ids = header.decode("ascii").split()
        paths: list[str] = []
        config: dict[str, str] = {}
        fields = rest.lstrip(b"\x00\n").split(b"\x00")
        for meta, raw_path in zip(fields[0::2], fields[1::2], strict=False):
            path = raw_path.decode("utf-8", "surrogateescape")
            paths.append(path)
            if is_protected(path):
                blob = meta.split(b" ")[3].decode("ascii")
                config[path] = "" if blob == _ZERO else blob
        commit = Commit(ids[0], tuple(ids[2:]), config, int(ids[1]))
        commits.append(commit)
        if approval.strip() or config:
            candidates[commit.id] = paths
    return commits, candidates


def cat_objects(root: Path, names: Iterable[str]) -> dict[str, bytes]:
    """Objects by name (an id, or `commit:path`) in one `git cat-file --batch`; missing ones are left out."""
    return _cat_file(root, names)


def _cat_file(root: Path, ids: Iterable[str]) -> dict[str, bytes]:
    wanted = list(ids)
    if not wanted:
        return {}
    out = git(root, ["cat-file", "--batch"], input=("\n".join(wanted) + "\n").encode("ascii"))
    objects: dict[str, bytes] = {}
    pos = 0
    for oid in wanted:
        eol = out.index(b"\n", pos)
        header = out[pos:eol].split()
        pos = eol + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        objects[oid] = out[pos:pos + size]
        pos += size + 1  # the object is followed by a newline
    return objects


def _facts(raw: bytes, paths: list[str]) -> Facts:
    armored, payload = sshsig.split_signed_commit(raw)
    key: str | None = None
    error: str | None = None
    if armored is None:
        error = "提交没有 SSH 签名"
    else:
        try:
            key = sshsig.verify(armored, payload)
        except sshsig.SignatureError as exc:
            error = str(exc)
    head, _, message = raw.partition(b"\n\n")
    name, email = "", ""
    for line in head.split(b"\n"):
        if line.startswith(b"author "):
            name, email = _person(line[len(b"author "):])
    return Facts(name, email, message.decode("utf-8", "replace"), key, error, paths)


def _person(value: bytes) -> tuple[str, str]:
    """name and email of an `author` header value."""
    text = value.decode("utf-8", "replace")
    name, _, rest = text.partition(" <")
    email, _, _stamp = rest.partition("> ")
    return name.strip(), email.strip()


def _config_blobs(commits: Iterable[Commit]) -> set[str]:
    return {b for c in commits for p, b in c.config.items() if p in _CONFIG_BLOBS and b}
