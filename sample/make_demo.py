"""Generate the demo site repository from this project's sample, through the real signing path.

    python sample/make_demo.py DEST        # DEST must not exist, or be an earlier demo (--force replaces it)

SPEC section 7: a district's site is its own git repository with gates pinned; so is the demo. This script
makes one from the sample in this repository (site_config/, content/, mkdocs.yml), the way a district would:
the first commit holds the roster and the build configuration, signed by the principal (the root of trust);
then each page is written by its drafter and signed by every tier with `gates sign`'s own code, as the sample
people whose keys are in sample/keys/ (SAMPLE ONLY), on the day its text describes, with commit dates in
order. Nothing is hand-made: `gates check` must pass on the result, and `gates build` must build it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT))

from gates.actions.init import repository_files, write_files  # noqa: E402  (after the path: runnable from a checkout)
from gates.actions.sign import sign  # noqa: E402
from gates.config import Person, SiteConfig, load_config  # noqa: E402
from gates.domain.signoff import required_chain  # noqa: E402
from gates.model.dates import parse_date  # noqa: E402
from gates.model.frontmatter import parse_page  # noqa: E402

ROOT_DAY = "2026-02-16"
# A page's day (Asia/Shanghai): drafted at its slot's hour, then each tier signs half an hour after the one
# below; the second page of a day takes the next three-hour slot, so every commit date follows the one before.
FIRST_HOUR = 8
SLOT_HOURS = 3
PRINCIPAL = "chengang@example.gov.cn"
BUILD_FILES = ("mkdocs.yml",)



def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--force", action="store_true", help="replace DEST if it is an earlier demo")
    args = parser.parse_args(argv)
    make_demo(args.dest, force=args.force)
    print(f"演示站点仓库已生成：{args.dest}")
    return 0


def make_demo(dest: Path, force: bool = False) -> Path:
    if dest.exists():
        if not (force and (dest / ".git").is_dir() and (dest / "site_config").is_dir()):
            raise SystemExit(f"{dest} 已存在 (用 --force 替换以前生成的演示站点)")
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as keys:
        people = _keys(Path(keys))
        _git(dest, "init", "-q", "-b", "main")
        _git(dest, "config", "gpg.format", "ssh")
        _root_commit(dest, people)
        config = load_config(dest)
        seen: dict[str, int] = {}
        for day, path in _pages():
            slot = seen[day] = seen.get(day, -1) + 1
            _publish(dest, config, path, day, FIRST_HOUR + SLOT_HOURS * slot, people)
    return dest


def _keys(folder: Path) -> dict[str, Path]:
    """Copies of the sample keys, readable by their owner only: ssh-keygen refuses a key others can read."""
    out = {}
    for key in (HERE / "keys").iterdir():
        if key.suffix == ".pub":
            continue
        copy = folder / key.name
        shutil.copyfile(key, copy)
        copy.chmod(0o600)
        shutil.copyfile(f"{key}.pub", f"{copy}.pub")
        out[f"{key.name}@example.gov.cn"] = copy
    return out


def _root_commit(dest: Path, people: dict[str, Path]) -> None:
    shutil.copytree(PROJECT / "site_config", dest / "site_config")
    for name in BUILD_FILES:
        shutil.copyfile(PROJECT / name, dest / name)
    # The same repository-level files `gates init` writes (pin, hooks, CI templates): one source, in gates.
    write_files(dest, repository_files())
    for index in sorted((PROJECT / "content").rglob("index.md")):
        target = dest / index.relative_to(PROJECT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(index, target)
    _git(dest, "add", "-A")
    _commit_as(dest, PRINCIPAL, people, f"{ROOT_DAY}T09:00:00+0800", "建立站点：名册、栏目与构建配置 (信任根)")


def _pages() -> list[tuple[str, Path]]:
    """Sample articles in the order their days come, each with its day (from the file name)."""
    found = []
    for path in (PROJECT / "content").rglob("*.md"):
        match = re.match(r"(\d{4}-\d{2}-\d{2})-", path.name)
        if path.name != "index.md" and match:
            found.append((match.group(1), path))
    return sorted(found, key=lambda item: (item[0], item[1].name))


def _draft_text(path: Path) -> str:
    """The sample page as its drafter wrote it: no signers, no publication date, status draft."""
    text = path.read_text(encoding="utf-8")
    head, _, body = text[4:].partition("\n---\n")
    kept: list[str] = []
    skipping = False
    for line in head.split("\n"):
        if re.match(r"^(signers|date|time):", line):
            skipping = line.startswith("signers:")
            continue
        if skipping and line.startswith((" ", "\t")):
            continue
        skipping = False
        kept.append("status: draft" if line.startswith("status:") else line)
    return "---\n" + "\n".join(kept) + "\n---\n" + body


def _publish(dest: Path, config: SiteConfig, source: Path, day: str, hour: int, people: dict[str, Path]) -> None:
    relpath = source.relative_to(PROJECT).as_posix()
    target = dest / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_draft_text(source), encoding="utf-8")
    page = parse_page(relpath, target.read_bytes())
    unit = str(page.meta.get("unit"))
    drafter = _holder(config, "drafter", unit, day, set())
    _git(dest, "add", relpath)
    _commit_as(dest, drafter.email, people, _stamp(day, hour, 0), f"起草：{page.meta.get('title')}")
    if page.meta.get("status") != "draft" or page.disclosure != "主动公开":
        return  # 依申请公开 / 不予公开 sample pages stay drafts: they must never reach the site
    used: set[str] = set()
    for tier, slot in enumerate(required_chain(page.meta, config), start=1):
        person = _holder(config, slot.grant_role, slot.unit, day, used)
        used.add(person.email)
        stamp = _stamp(day, hour, 30 * tier)
        with _as(dest, person, people, stamp):
            sign(dest, relpath, config, role=slot.grant_role, now=dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z"))


def _stamp(day: str, hour: int, minutes: int) -> str:
    hour, minutes = hour + minutes // 60, minutes % 60
    return f"{day}T{hour:02d}:{minutes:02d}:00+0800"


def _holder(config: SiteConfig, role: str, unit: str, day: str, used: set[str]) -> Person:
    when = parse_date(day)
    assert when is not None
    return next(p for p in config.roster.people
                if not p.outsourced and p.email not in used and p.holds(role, unit, when))


@contextmanager
def _as(dest: Path, person: Person, people: dict[str, Path], stamp: str) -> Iterator[None]:
    """Make `person` the git user, signing with their key, with commit dates at `stamp`."""
    _git(dest, "config", "user.name", person.name)
    _git(dest, "config", "user.email", person.email)
    _git(dest, "config", "user.signingkey", str(people[person.email]))
    saved = {k: os.environ.get(k) for k in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE")}
    os.environ["GIT_AUTHOR_DATE"] = os.environ["GIT_COMMITTER_DATE"] = stamp
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _commit_as(dest: Path, email: str, people: dict[str, Path], stamp: str, message: str) -> None:
    name = email.split("@")[0]
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    subprocess.run(["git", "-c", f"user.name={name}", "-c", f"user.email={email}", "-c",
                    f"user.signingkey={people[email]}", "commit", "-q", "-S", "-m", message],
                   cwd=dest, env=env, check=True)


def _git(dest: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=dest, check=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
