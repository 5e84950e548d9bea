"""A deterministic benchmark corpus: a real git repository shaped like a district site.

    python benchmarks/corpus.py DEST --pages 5000 --mix policy --signed 0.02 --seed 1

DEST gets this project's site_config/ (the roster is the root of trust), mkdocs.yml, the site templates and
hooks, its pre-commit configuration and the home and column index pages, all in a first commit signed by a
principal; then --pages draft pages spread over the columns, in one second commit. Page text comes from
corpus_text.py (`news`: ~4 KB 工作动态; `policy`: ~12 KB 政策文件 quoting the secrecy law); about 1% of
pages carry a planted ID number, mobile and bank card so the SEC rules have real work to do.

--signed publishes that share of pages through the real signing path: `python -m gates sign PATH --role R`
once per tier, as the sample people (their keys are in sample/keys/), with `git config user.email` and
`user.signingkey` set to each in turn. One signature costs a gates process and a signed commit (about half
a second), so this is practical for a few hundred pages, not thousands.

Same arguments, same bytes: every commit has a fixed identity and date, and page i's text depends only on
(seed, mix, i). The exception is signed pages: gates sign writes today's date into them and the commits
are dated today, so a signed corpus is reproducible within one day only (see signing_clock).

What was planted and signed is recorded outside the tree, in DEST/.git/gates-corpus.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable without installing it
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from benchmarks.corpus_text import UNITS, PagePlan, page_text

PROJECT = Path(__file__).resolve().parent.parent
MANIFEST = "gates-corpus.json"  # inside .git/: never part of the tree, survives rm -rf .git/gates
Mix = Literal["news", "policy"]
# Share of pages per column kind; columns of a kind split its share.
KIND_WEIGHTS = {"news": 0.35, "notice": 0.2, "policy": 0.2, "personnel": 0.1, "newmedia": 0.15}
SLUGS = {"news": "dongtai", "notice": "tongzhi", "policy": "zhengce", "personnel": "renshi", "newmedia": "weixin"}
LEAK_SHARE = 0.01
FIRST_DAY = dt.date(2024, 1, 1)  # written dates run from here over two years
INIT_DATE = "2024-01-01T08:00:00+08:00"
PAGES_DATE = "2026-01-05T09:00:00+08:00"
SIGN_STEP = 2  # seconds between two approval commits: 1,000 of them stay well inside one day
SHANGHAI = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
ENV_DROP = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE",
            "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL")


# ---- configuration read from the copied site_config -------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Person:
    name: str
    email: str
    outsourced: bool
    roles: tuple[tuple[str, str, dt.date, dt.date | None], ...]  # role, unit, from, until

    def holds(self, role: str, unit: str, day: dt.date) -> bool:
        return any(r == role and u == unit and start <= day and (end is None or day <= end)
                   for r, u, start, end in self.roles)


@dataclasses.dataclass(frozen=True)
class Column:
    id: str
    kind: str
    review: str


@dataclasses.dataclass(frozen=True)
class Site:
    columns: tuple[Column, ...]
    units: dict[str, str]  # unit id -> credit code (the roster's, else ours)
    people: tuple[Person, ...]
    owner_unit: str


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def read_site(root: Path) -> Site:
    """The little of site_config/ the generator needs, read with PyYAML (gates' own reader may move)."""
    def load(name: str) -> Any:
        return yaml.load((root / "site_config" / name).read_text("utf-8"), Loader=yaml.CSafeLoader) or {}

    columns = tuple(Column(str(c["id"]), str(c["kind"]), str(c.get("review", "publishing")))
                    for c in load("columns.yml")["columns"])
    roster = load("roster.yml")
    units = {}
    for unit in roster["units"]:
        ours = UNITS.get(str(unit["id"]))
        if ours is not None:  # the text names units; one the generator has no words for gets no pages
            units[ours.id] = str(unit.get("credit_code") or ours.credit_code)
    if not units:
        raise RuntimeError(f"roster.yml has none of the units the corpus writes for: {', '.join(UNITS)}")
    people = tuple(
        Person(str(p["name"]), str(p["email"]), bool(p.get("outsourced", False)),
               tuple((str(r["role"]), str(r["unit"]), _as_date(r["from"]) or FIRST_DAY, _as_date(r.get("until")))
                     for r in p.get("roles", [])))
        for p in roster["people"])
    site = load("site.yml") if (root / "site_config" / "site.yml").exists() else {}
    owner = str(site.get("owner_unit") or next(iter(units)))
    return Site(columns, units, people, owner)


def chain(column: Column, important: bool) -> list[str]:
    """The tiers a page needs (SPEC section 3); co_units are never generated, so no co-unit deputies."""
    tiers = ["drafter", "section_head", "deputy"]
    if column.review == "disclosure" or important:
        tiers.append("principal")
    return tiers


def signer(site: Site, role: str, unit: str, day: dt.date, used: set[str]) -> Person:
    """As sample/sign_sample.py picks: the first roster person who may sign that tier and has not yet."""
    for person in site.people:
        if not person.outsourced and person.email not in used and person.holds(role, unit, day):
            return person
    raise RuntimeError(f"名册中没有可在 {day} 以 {role} 身份为 {unit} 审签的人")


# ---- git ----------------------------------------------------------------------------------------------


def git_env(**extra: str) -> dict[str, str]:
    """The host's git configuration must not leak in (a global signing key, commit.gpgsign, hooks)."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROP}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", **extra)
    return env


def git(root: Path, *args: str, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, env=env or git_env(),
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


def dated(when: str, name: str, email: str) -> dict[str, str]:
    return git_env(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when, GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email,
                   GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email)


def private_keys(folder: Path) -> Path:
    """0600 copies of the sample keys: ssh-keygen refuses a private key others can read."""
    keys = folder / "keys"
    keys.mkdir()
    for key in (PROJECT / "sample" / "keys").iterdir():
        if key.suffix == ".pub" or not key.is_file():
            continue
        shutil.copyfile(key, keys / key.name)
        (keys / key.name).chmod(0o600)
    return keys


def key_of(keys: Path, person: Person) -> Path:
    return keys / person.email.split("@")[0]


# ---- the skeleton: everything the roster's first commit vouches for ----------------------------------


SKELETON = ("site_config", "mkdocs.yml", "overrides", "hooks", ".pre-commit-config.yaml")


def copy_skeleton(dest: Path) -> None:
    for name in SKELETON:
        src = PROJECT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.is_file():
            shutil.copyfile(src, dest / name)
    content = PROJECT / "content"
    (dest / "content").mkdir()
    shutil.copyfile(content / "index.md", dest / "content" / "index.md")
    for index in sorted(content.glob("*/index.md")):
        (dest / "content" / index.parent.name).mkdir()
        shutil.copyfile(index, dest / "content" / index.parent.name / "index.md")
    (dest / ".gitignore").write_text("/site/\n", encoding="utf-8")


# ---- planning and writing pages ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Job:
    """Everything a worker needs to write a slice of the pages; plain data, so it crosses processes."""

    dest: str
    pages: int
    mix: str
    seed: int
    columns: tuple[Column, ...]
    units: dict[str, str]
    signed: frozenset[int]
    leaks: frozenset[int]


def _column_weights(columns: Sequence[Column]) -> list[float]:
    per_kind: dict[str, int] = {}
    for column in columns:
        per_kind[column.kind] = per_kind.get(column.kind, 0) + 1
    return [KIND_WEIGHTS.get(c.kind, 0.05) / per_kind[c.kind] for c in columns]


def page_rng(seed: int, mix: str, index: int) -> random.Random:
    # A string seed is hashed with SHA-512: stable across runs, processes and PYTHONHASHSEED.
    return random.Random(f"gates-corpus:{seed}:{mix}:{index}")


def plan_page(job: Job, index: int, rng: random.Random, weights: list[float]) -> PagePlan:
    column = rng.choices(job.columns, weights)[0]
    units = list(job.units)
    unit = units[0] if len(units) == 1 or rng.random() < 0.7 else rng.choice(units[1:])
    roll = rng.random()
    disclosure = "主动公开" if roll < 0.9 else ("依申请公开" if roll < 0.95 else "不予公开")
    leak = index in job.leaks
    if index in job.signed:  # a page to publish: public, and clean, or gates sign refuses it
        disclosure, leak = "主动公开", False
    written = FIRST_DAY + dt.timedelta(days=index * 730 // max(job.pages, 1))
    important = column.review == "publishing" and rng.random() < 0.1
    formal = column.kind == "policy" or (job.mix == "policy" and column.kind in ("notice", "personnel"))
    return PagePlan(index, column.id, column.kind, unit, disclosure, written, important, leak, formal,
                    to_sign=index in job.signed)


def page_path(plan: PagePlan, width: int) -> str:
    return f"content/{plan.column}/{plan.written.isoformat()}-{SLUGS.get(plan.kind, 'wenzhang')}-{plan.index:0{width}d}.md"


def write_pages(job: Job, indexes: range) -> list[tuple[int, str, bool, dict[str, str] | None]]:
    """Write pages indexes; return (index, path, important, planted numbers by rule code) for each."""
    weights = _column_weights(job.columns)
    width = max(5, len(str(job.pages)))
    root = Path(job.dest)
    out = []
    for index in indexes:
        rng = page_rng(job.seed, job.mix, index)
        plan = plan_page(job, index, rng, weights)
        text, leak = page_text(plan, job.mix, rng, job.units.get(plan.unit, ""))
        relpath = page_path(plan, width)
        (root / relpath).write_bytes(text.encode("utf-8"))
        planted = {"SEC002": leak.id18, "SEC003": leak.mobile, "SEC004": leak.card} if leak else None
        out.append((index, relpath, plan.important, planted))
    return out


def _write_slice(args: tuple[Job, int, int]) -> list[tuple[int, str, bool, dict[str, str] | None]]:
    job, start, stop = args
    return write_pages(job, range(start, stop))


def write_all(job: Job, jobs: int) -> list[tuple[int, str, bool, dict[str, str] | None]]:
    if jobs <= 1 or job.pages < 2000:
        return write_pages(job, range(job.pages))
    step = math.ceil(job.pages / (jobs * 8))  # small slices: the workers finish together
    slices = [(job, start, min(start + step, job.pages)) for start in range(0, job.pages, step)]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return [row for part in pool.map(_write_slice, slices) for row in part]


def spread(count: int, pages: int, phase: float = 0.5) -> frozenset[int]:
    """count page indexes spread evenly over the corpus, each phase of the way into its stretch."""
    return frozenset(int((j + phase) * pages / count) for j in range(count)) if count else frozenset()


def leaking(pages: int, signed: frozenset[int]) -> frozenset[int]:
    """Pages that get planted numbers: 1%, at least one so a small corpus still exercises the SEC rules,
    never a page to be signed (gates sign refuses a page with findings)."""
    count = max(1, round(pages * LEAK_SHARE)) if pages >= 10 else 0
    free = [i for i in range(pages) if i not in signed]
    chosen: set[int] = set()
    for index in sorted(spread(min(count, len(free)), pages, phase=0.25)):
        while index in signed or index in chosen:  # move to the next free page (a small corpus collides)
            index = (index + 1) % pages
        chosen.add(index)
    return frozenset(chosen)


# ---- signing through gates' own command line ------------------------------------------------------------


def gates_env(gates_root: Path, **extra: str) -> dict[str, str]:
    """Run `python -m gates` from gates_root's checkout (the code under test), not an installed copy."""
    path = os.environ.get("PYTHONPATH")
    return git_env(PYTHONPATH=str(gates_root) + (os.pathsep + path if path else ""), **extra)


def sign_pages(dest: Path, site: Site, pages: Iterable[tuple[str, str, bool]], keys: Path, python: str,
               gates_root: Path) -> int:
    """Publish each (path, column, important) page: one `gates sign` per tier, as the roster person for it."""
    columns = {c.id: c for c in site.columns}
    clock = signing_clock()
    today = clock.date()
    made = 0
    for relpath, column, important in pages:
        unit = _front_matter_unit(dest / relpath)
        used: set[str] = set()
        for role in chain(columns[column], important):
            person = signer(site, role, unit, today, used)
            used.add(person.email)
            for key, value in (("user.name", person.name), ("user.email", person.email),
                               ("user.signingkey", str(key_of(keys, person)))):
                git(dest, "config", key, value)
            when = (clock + dt.timedelta(seconds=SIGN_STEP * made)).isoformat()
            proc = subprocess.run([python, "-m", "gates", "sign", relpath, "--role", role], cwd=dest,
                                  capture_output=True, text=True, check=False,
                                  env=gates_env(gates_root, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when))
            if proc.returncode != 0:
                raise RuntimeError(f"gates sign {relpath} --role {role} as {person.email}: {proc.stderr.strip()}")
            made += 1
    for key in ("user.name", "user.email", "user.signingkey"):
        git(dest, "config", "--unset", key)
    return made


def signing_clock() -> dt.datetime:
    """When the first approval is dated: the start of the span that is today both by the machine's clock and
    in Asia/Shanghai, in the machine's offset.

    gates sign writes its today into `signers` and gates check compares it with the approval commit's date.
    Versions of gates differ on whose today that is (the machine's, or Asia/Shanghai's as SPEC section 4
    says), so an approval dated inside both days agrees with either. It is fixed for the whole span, which
    keeps a signed corpus reproducible while that span lasts (at least 8 hours of any day in China).
    """
    now = dt.datetime.now().astimezone()
    local = now.replace(hour=0, minute=0, second=0, microsecond=0)
    shanghai = now.astimezone(SHANGHAI).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(local, shanghai).astimezone(now.tzinfo)


def _front_matter_unit(path: Path) -> str:
    text = path.read_text("utf-8")
    for line in text.split("\n", 40)[1:]:
        if line.startswith("unit:"):
            return line.split(":", 1)[1].strip()
    raise RuntimeError(f"{path}: no unit")


# ---- the whole corpus -----------------------------------------------------------------------------------


def generate(dest: Path, pages: int, mix: Mix = "news", signed_share: float = 0.0, seed: int = 0, *,
             jobs: int | None = None, python: str = sys.executable, gates_root: Path = PROJECT) -> Path:
    """Create the corpus repository at dest (which must not exist or be empty) and return dest."""
    if mix not in ("news", "policy"):
        raise ValueError(f"mix must be news or policy, not {mix!r}")
    if not 0.0 <= signed_share <= 1.0:
        raise ValueError("signed_share must be between 0 and 1")
    dest = Path(dest).resolve()
    if dest.exists() and any(dest.iterdir()):
        raise FileExistsError(f"{dest} exists and is not empty")
    dest.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    git(dest, "init", "-q", "-b", "main")
    git(dest, "config", "gc.auto", "0")  # no auto-gc in the middle of a timed commit
    copy_skeleton(dest)
    site = read_site(dest)
    with tempfile.TemporaryDirectory(prefix="gates-corpus-keys-") as tmp:
        keys = private_keys(Path(tmp))
        principal = signer(site, "principal", site.owner_unit, dt.date.fromisoformat(INIT_DATE[:10]), set())
        git(dest, "add", "-A")
        git(dest, "-c", "gpg.format=ssh", "-c", f"user.signingkey={key_of(keys, principal)}", "commit", "-q",
            "-S", "--no-verify", "-m", "初始化站点：名册、栏目、站点与构建配置 (信任根)",
            env=dated(INIT_DATE, principal.name, principal.email))

        for column in site.columns:  # a column the sample has no index page for still gets its folder
            (dest / "content" / column.id).mkdir(exist_ok=True)
        signed = spread(round(signed_share * pages), pages)
        job = Job(str(dest), pages, mix, seed, site.columns, site.units, signed, leaking(pages, signed))
        rows = write_all(job, jobs if jobs is not None else (os.cpu_count() or 1))
        drafter = signer(site, "drafter", site.owner_unit, dt.date.fromisoformat(PAGES_DATE[:10]), set())
        git(dest, "add", "-A", "content")
        git(dest, "commit", "-q", "--no-verify", "-m", f"导入 {pages} 篇草稿 (基准语料 {mix}, seed {seed})",
            env=dated(PAGES_DATE, drafter.name, drafter.email))
        written = time.perf_counter() - started

        to_sign = [(path, path.split("/")[1], important) for index, path, important, _ in rows if index in signed]
        commits = sign_pages(dest, site, to_sign, keys, python, gates_root) if to_sign else 0
    manifest = {
        "pages": pages, "mix": mix, "seed": seed, "signed_share": signed_share,
        "signed": [path for path, _, _ in to_sign], "approvals": commits,
        "signed_from": signing_clock().isoformat() if to_sign else None,
        "planted": {path: planted for _, path, _, planted in rows if planted},
        "seconds": {"write_and_commit": round(written, 2), "total": round(time.perf_counter() - started, 2)},
    }
    (dest / ".git" / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return dest


def manifest(dest: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((Path(dest) / ".git" / MANIFEST).read_text("utf-8"))
    return data


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("dest", type=Path, help="where to create the repository (must not exist or be empty)")
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--mix", choices=("news", "policy"), default="news")
    parser.add_argument("--signed", type=float, default=0.0, metavar="SHARE",
                        help="share of pages to publish through gates sign (slow: keep it to a few hundred pages)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="processes writing pages (default: all CPUs)")
    args = parser.parse_args(argv)
    dest = generate(args.dest, args.pages, args.mix, args.signed, args.seed, jobs=args.jobs)
    info = manifest(dest)
    print(f"{dest}: {info['pages']} pages ({info['mix']}), {len(info['planted'])} with planted numbers, "
          f"{len(info['signed'])} signed in {info['approvals']} approvals; "
          f"{info['seconds']['write_and_commit']} s to write and commit, {info['seconds']['total']} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
