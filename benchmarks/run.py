"""Every benchmark in one command, as ratios measured side by side in one run.

    python benchmarks/run.py [--quick] [--pages 5000,50000] [--rounds 3] [--rows 1,3] [--work DIR] [--out FILE]

The machine is shared and noisy, so absolute times are shown but never relied on. Each row compares whole
processes, started fresh, interleaved round by round (A, B, A, B …) so that a noisy neighbour slows both
sides alike; the table shows medians, their ratio, each side's peak memory (from os.wait4), and for
rows run at several corpus sizes the growth exponent log(t2/t1) / log(n2/n1) (1.0 is linear).

Rows (ROWS below is the list; to add one, write a plan function that returns Groups and list it):
  1  `gates check --format json` on draft pages, cold, vs the floor (benchmarks/floor.py)   target <= 1.5x
  2  the pre-commit hook as `git commit` runs it, 50,000 vs 1,000 pages, vs --no-verify; one page's
     `gates check --stage content` (flat: <= 1.1) and against pre-commit's own overhead (a hook that does
     nothing; target <= 0.5) and `python -c pass`
  3  sign-off verification (`gates check --select SIGN`, cold and warm) vs `git log --show-signature`
  4  site build vs plain Material, 5,000 and 10,000 pages (<= 1.3x, growth <= 2.2), one-page republish vs a
     full build (<= 0.2)                                      measured by benchmarks/bench_site.py --json
  5  gates rescan vs LinkChecker, folder and live (20x faster)   measured by benchmarks/bench_rescan.py --json
  6  TERM with 10,000 terms vs 10, in-process (<= 1.1x)          measured by benchmarks/bench_terms.py --json
Rows 4-6 interleave their own sides (builds, a local HTTP server, an in-process rule); run.py starts each
script, reads the ratios it writes and puts them in the one table.

--quick runs every row at tiny sizes, one round: the smoke version (a couple of minutes).
Corpora are built by benchmarks/corpus.py into --work (default: a temporary directory, removed after);
with --work they are kept and reused by later runs with the same parameters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable without installing it
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus, measure, reported
from benchmarks.reported import Reported

PROJECT = Path(__file__).resolve().parent.parent
FLOOR = PROJECT / "benchmarks" / "floor.py"
SEED = 1
# Cores other work may keep busy while a row is timed and its targets still be judged. gates check uses every core
# and the floor one, so a neighbour on one of two cores slows gates by a third and the floor not at all.
BUSY = 0.5


class BenchError(Exception):
    """A measured process failed or said something other than what the row expects."""


# ---- what a row is made of ------------------------------------------------------------------------------


@dataclass
class Variant:
    """One process to time. before/after run untimed around every run (drop a cache, undo a commit)."""

    name: str
    argv: list[str]
    cwd: Path
    env: dict[str, str]
    before: Callable[[], None] | None = None
    after: Callable[[], None] | None = None
    ok: tuple[int, ...] = (0,)
    describe: Callable[[Path], str] | None = None  # the last run's stdout file -> a note for the table


@dataclass(frozen=True)
class Ratio:
    numerator: str
    denominator: str
    target: float | None = None  # the ratio must stay at or below this
    minus: str | None = None  # a variant whose median is taken off the denominator's: what B adds to it

    def label(self) -> str:
        return f"{self.numerator} / ({self.denominator} − {self.minus})" if self.minus else \
            f"{self.numerator} / {self.denominator}"

    def sides(self, m: Measured) -> tuple[float, float]:
        below = m.median(self.denominator) - (m.median(self.minus) if self.minus else 0.0)
        return m.median(self.numerator), below


@dataclass
class Group:
    """Variants measured interleaved in one loop, and the ratios read from them."""

    row: int
    title: str
    pages: int
    mix: str
    variants: list[Variant]
    ratios: list[Ratio]
    setup: Callable[[], None] | None = None  # once, before the warm-up
    teardown: Callable[[], None] | None = None  # once, at the end, even after a failure


@dataclass
class Measured:
    group: Group
    samples: dict[str, list[measure.Sample]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    error: str | None = None

    def median(self, name: str) -> float:
        return statistics.median(s.seconds for s in self.samples[name])

    def peak_mib(self, name: str) -> float:
        return max(s.peak_kib for s in self.samples[name]) / 1024

    def others(self) -> float | None:
        """Cores other work kept busy while the group was timed, the median over its runs; None if unknown."""
        seen = [o for runs in self.samples.values() for s in runs if (o := s.others()) is not None]
        return statistics.median(seen) if seen else None

    def busy(self) -> str:
        """Why the group's targets are not judged ("" when they are): the machine was busy with other work."""
        others = self.others()
        return f"not judged: other work used {others:.1f} cores" if others is not None and others > BUSY else ""


@dataclass(frozen=True)
class Row:
    number: int
    title: str
    plan: Callable[[Bench], list[Group]] | None  # None: a hook point, not measured yet
    pending: str = ""
    # A row measured by its own script (it interleaves its own sides): the script's argv, without --json.
    script: Callable[[Bench], list[str]] | None = None


# ---- the run's shared state: sizes, corpora, how to start gates ----------------------------------------


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.quick: bool = args.quick
        self.sizes: list[int] = args.pages
        self.rounds: int = args.rounds
        self.mixes: list[corpus.Mix] = args.mix
        self.signed_pages: int = args.signed_pages
        self.signoff_corpus: int = args.signoff_corpus
        self.small_repo: int = args.small_repo
        self.work = work
        self.python = sys.executable
        self.gates_root: Path = args.gates.resolve()
        (work / "out").mkdir(parents=True, exist_ok=True)

    def corpus(self, pages: int, mix: corpus.Mix, signed_pages: int = 0) -> Path:
        """The corpus with these parameters: built once, reused while its manifest says it is the same."""
        # Signed pages are written by the gates under test: another checkout's gates gets its own corpus.
        other = f"-{self.gates_root.name}" if signed_pages and self.gates_root != PROJECT else ""
        dest = self.work / f"{mix}-{pages}-signed{signed_pages}-seed{SEED}{other}"
        share = signed_pages / pages
        if (dest / ".git" / corpus.MANIFEST).exists():
            info = corpus.manifest(dest)
            if (info["pages"], info["mix"], info["seed"], info["signed_share"]) == (pages, mix, SEED, share):
                return dest
        if dest.exists():
            shutil.rmtree(dest)
        log(f"building corpus {dest.name} ...")
        corpus.generate(dest, pages, mix, share, SEED, python=self.python, gates_root=self.gates_root)
        info = corpus.manifest(dest)
        log(f"  {info['seconds']['write_and_commit']} s to write and commit, {info['seconds']['total']} s in all")
        return dest

    def gates(self, *args: str) -> list[str]:
        return [self.python, "-m", "gates", *args]

    def env(self) -> dict[str, str]:
        return corpus.gates_env(self.gates_root)

    def output(self, group: Group, variant: Variant) -> Path:
        safe = "".join(c if c.isalnum() else "-" for c in f"{group.row}-{group.mix}-{group.pages}-{variant.name}")
        return self.work / "out" / f"{safe}.txt"


def compile_gates(root: Path) -> None:
    """The measured gates' bytecode, written where Python looks for it, as an installed gates has it (pip compiles
    what it installs). Without it a shell with PYTHONDONTWRITEBYTECODE set, or a fresh edit, makes every measured
    process compile gates from source: some 60 ms of start-up that no user pays."""
    import compileall

    if not compileall.compile_dir(str(root / "gates"), quiet=1):
        raise BenchError("gates' modules did not compile")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def drop_cache(root: Path) -> Callable[[], None]:
    """Cold means no .git/gates/: gates' sign-off caches (verdicts per commit, the approval index)."""
    return lambda: shutil.rmtree(root / ".git" / "gates", ignore_errors=True)


def json_summary(path: Path) -> str:
    data = json.loads(path.read_text("utf-8"))
    summary = data["summary"]
    codes = Counter(f["code"] for f in data["findings"] if f["severity"] in ("error", "warning"))
    shown = ", ".join(f"{code} {n}" for code, n in sorted(codes.items()))
    return f"{summary['files']} files, {summary['errors']} errors, {summary['warnings']} warnings" + \
        (f" ({shown})" if shown else "")


# ---- row 1: gates check vs the floor ---------------------------------------------------------------


# The rules that read a page's words (marks, numbers, wording, links, unit names, reprint notes): with them off,
# what is left is start-up, parsing and the front matter's rules. Row 1's budget section reads what the target
# leaves these rules from the two runs.
TEXT_RULES = ("AD", "SEC", "TERM", "ATTR007", "SRC005")
WITHOUT_TEXT = "gates check, text rules off"


def plan_check(b: Bench) -> list[Group]:
    groups = []
    off = [arg for code in TEXT_RULES for arg in ("--ignore", code)]
    for mix in b.mixes:
        for pages in b.sizes:
            root = b.corpus(pages, mix)
            gates = Variant("gates check", b.gates("check", "--format", "json"), root, b.env(),
                            before=drop_cache(root), ok=(0, 1), describe=json_summary)
            without = Variant(WITHOUT_TEXT, b.gates("check", "--format", "json", *off), root, b.env(),
                              before=drop_cache(root), ok=(0, 1), describe=json_summary)
            floor = Variant("floor", [b.python, str(FLOOR), str(root)], root, b.env(),
                            describe=lambda p: f"{p.read_text().strip()} pages parsed")
            groups.append(Group(1, "`gates check --format json`, cold / floor (CSafeLoader)", pages, mix,
                                [gates, without, floor],
                                [Ratio("gates check", "floor", 1.5), Ratio(WITHOUT_TEXT, "floor")]))
    return groups


def budget_lines(results: Sequence[Measured], cores: int) -> list[str]:
    """Row 1 read backwards: the CPU a page's text rules may cost for gates check to stay within its target,
    against what they cost (both from whole processes: with the text rules, without, and the floor)."""
    lines = []
    for m in results:
        g = m.group
        if g.row != 1 or m.error or WITHOUT_TEXT not in m.samples:
            continue
        target = next(r.target for r in g.ratios if r.target is not None)
        floor, full, without = m.median("floor"), m.median("gates check"), m.median(WITHOUT_TEXT)
        allowed = (target * floor - without) * cores / g.pages * 1e6
        spent = (full - without) * cores / g.pages * 1e6
        lines.append(f"| {g.pages:,} | {g.mix} | {_s(floor)} | {_s(without)} ({without / floor:.2f}×) | "
                     f"{_s(full)} | **{spent:.0f} µs** | **{allowed:.0f} µs** |")
    if not lines:
        return []
    return [f"CPU time a page's text rules ({', '.join(TEXT_RULES)}) cost, and what the ≤ 1.5× target leaves them: "
            f"(gates check − {WITHOUT_TEXT}) and (1.5 × floor − {WITHOUT_TEXT}), times the {cores} cores the run "
            "uses, per page.", "",
            "| pages | mix | floor | text rules off | gates check | text rules cost | target leaves them |",
            "|---:|---|---:|---:|---:|---:|---:|", *lines]


# ---- row 2: the pre-commit stage through the real hook ------------------------------------------------


def clean_page(root: Path) -> str:
    """A draft article with nothing planted: the hook passes it, so the commit goes through."""
    planted = corpus.manifest(root)["planted"]
    listed = corpus.git(root, "ls-files", "content").split("\n")
    return next(p for p in listed if p.endswith(".md") and not p.endswith("index.md") and p not in planted)


def stage_edit(root: Path, page: str) -> Callable[[], None]:
    def edit() -> None:
        with open(root / page, "a", encoding="utf-8") as handle:
            handle.write("\n本页内容已于近日更新。\n")
        corpus.git(root, "add", page)
    return edit


def restore(root: Path, page: str) -> Callable[[], None]:
    def undo() -> None:
        corpus.git(root, "reset", "-q", "HEAD", "--", page)
        corpus.git(root, "checkout", "-q", "--", page)
        hook = root / ".git" / "hooks" / "pre-commit"
        hook.unlink(missing_ok=True)
    return undo


def commit_variant(b: Bench, name: str, root: Path, verify: bool, hooks: Path | None = None) -> Variant:
    env = corpus.dated("2026-01-06T10:00:00+08:00", "王晓", "wangxiao@example.gov.cn")
    env["PYTHONPATH"] = b.env()["PYTHONPATH"]  # the hook's `python -m gates` runs the gates under test
    argv = ["git", *(["-c", f"core.hooksPath={hooks}"] if hooks else []), "commit", "-q", "-m", "更新页面"] \
        + ([] if verify else ["--no-verify"])
    def undo() -> None:
        # Undo each commit, keeping the change staged, so every run commits the same change to the same tree.
        corpus.git(root, "reset", "-q", "--soft", "HEAD~1")

    return Variant(name, argv, root, env, after=undo, describe=_hook_note if verify else None)


def _hook_note(path: Path) -> str:
    said = path.read_text("utf-8", "replace") + Path(f"{path}.err").read_text("utf-8", "replace")
    if "Passed" not in said:
        raise BenchError(f"the pre-commit hook did not run: {said.strip()[-300:]}")
    hook = "nothing" if "nothing" in said else "gates-content"
    return f"hook ran: {hook} Passed"


def plan_precommit(b: Bench) -> list[Group]:
    big, small = max(b.sizes), b.small_repo
    roots = {big: b.corpus(big, "news"), small: b.corpus(small, "news")}
    pages = {n: clean_page(root) for n, root in roots.items()}
    # The framework's own overhead: pre-commit running, on the same page, one hook that does nothing.
    nothing = {n: root / ".git" / "nothing-hook.yaml" for n, root in roots.items()}
    for path in nothing.values():
        path.write_text("repos:\n- repo: local\n  hooks:\n  - id: nothing\n    name: nothing\n    entry: 'true'\n"
                        "    language: system\n    files: \\.md$\n", encoding="utf-8")

    def setup() -> None:
        for n, root in roots.items():
            proc = subprocess.run([b.python, "-m", "pre_commit", "install", "-t", "pre-commit"], cwd=root,
                                  env=corpus.git_env(), capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise BenchError(f"pre-commit install: {proc.stdout.strip()} {proc.stderr.strip()}")
            stage_edit(root, pages[n])()
            # The same hook script as installed, run against a config whose one hook does nothing: what
            # pre-commit itself costs a `git commit` in this repository (its git calls grow with the tree).
            installed = (root / ".git" / "hooks" / "pre-commit").read_text("utf-8")
            if "--config=.pre-commit-config.yaml" not in installed:
                raise BenchError("pre-commit's hook script changed: no --config=.pre-commit-config.yaml in it")
            nothing_hooks = root / ".git" / "nothing-hooks"
            nothing_hooks.mkdir(exist_ok=True)
            script = nothing_hooks / "pre-commit"
            script.write_text(installed.replace("--config=.pre-commit-config.yaml", f"--config={nothing[n]}"),
                              "utf-8")
            script.chmod(0o755)

    def teardown() -> None:
        for n, root in roots.items():
            restore(root, pages[n])()

    hook = Group(2, "`git commit` of one staged page: pre-commit hook", big, "news",
                 [commit_variant(b, f"hook @{big}", roots[big], True),
                  commit_variant(b, f"hook @{small}", roots[small], True),
                  commit_variant(b, f"--no-verify @{big}", roots[big], False),
                  commit_variant(b, f"--no-verify @{small}", roots[small], False),
                  commit_variant(b, f"hook `true` @{big}", roots[big], True, roots[big] / ".git" / "nothing-hooks"),
                  commit_variant(b, f"hook `true` @{small}", roots[small], True,
                                 roots[small] / ".git" / "nothing-hooks")],
                 [Ratio(f"hook @{big}", f"hook @{small}"), Ratio(f"hook @{big}", f"--no-verify @{big}"),
                  Ratio(f"--no-verify @{big}", f"--no-verify @{small}"),
                  Ratio(f"hook `true` @{big}", f"hook `true` @{small}")],
                 setup=setup, teardown=teardown)
    one = [Variant(f"one page @{n}", b.gates("check", "--stage", "content", pages[n]), roots[n], b.env())
           for n in (big, small)]
    framework = Variant("pre-commit run, hook `true`",
                        [b.python, "-m", "pre_commit", "run", "--config", str(nothing[small]), "--files", pages[small]],
                        roots[small], b.env())
    # The start-up target (gates' start-up at most half of the framework's own overhead) is read off the
    # commits themselves: what the hook that does nothing adds to a `git commit` is the framework's overhead.
    hook.variants.extend(one)
    hook.ratios.extend([Ratio(f"one page @{big}", f"hook `true` @{big}", 0.5, minus=f"--no-verify @{big}"),
                        Ratio(f"one page @{small}", f"hook `true` @{small}", minus=f"--no-verify @{small}")])
    startup = Group(2, "`gates check --stage content PAGE`: start-up", big, "news",
                    [*one, Variant("python -c pass", [b.python, "-c", "pass"], PROJECT, b.env()), framework],
                    [Ratio(f"one page @{big}", f"one page @{small}", 1.1),
                     Ratio(f"one page @{big}", "python -c pass"),
                     # gates' whole run on one page against `pre-commit run` alone in the small repository,
                     # where pre-commit's git calls cost least: the strictest reading, shown alongside
                     Ratio(f"one page @{small}", "pre-commit run, hook `true`")])
    return [hook, startup]


# ---- row 3: sign-off verification vs git's own -----------------------------------------------------------


def allowed_signers(root: Path) -> Path:
    """git's gpg.ssh.allowedSignersFile, built from the corpus roster: email, then public key."""
    import yaml  # only this row needs it

    roster = yaml.safe_load((root / "site_config" / "roster.yml").read_text("utf-8"))
    path = root / ".git" / "allowed_signers"
    path.write_text("".join(f"{p['email']} {p['signing_key']}\n" for p in roster["people"]), encoding="utf-8")
    return path


def plan_signoff(b: Bench) -> list[Group]:
    root = b.corpus(b.signoff_corpus, "news", b.signed_pages)
    commits = int(corpus.git(root, "rev-list", "--count", "HEAD"))
    allowed = allowed_signers(root)
    check = b.gates("check", "--select", "SIGN", "--format", "json")

    def good_signatures(path: Path) -> str:
        good = path.read_text("utf-8", "replace").count('Good "git" signature')
        signed = corpus.manifest(root)["approvals"] + 1  # the approvals and the root commit
        if good != signed:
            raise BenchError(f"git log verified {good} signatures, expected {signed}")
        return f"{good} good signatures in {commits} commits"

    def all_pass(path: Path) -> str:
        note = json_summary(path)
        if json.loads(path.read_text("utf-8"))["summary"]["errors"]:
            raise BenchError(f"the signed corpus fails gates check: {note}")
        return note

    variants = [
        Variant("SIGN cold", check, root, b.env(), before=drop_cache(root), describe=all_pass),
        Variant("git log --show-signature",
                ["git", "-c", f"gpg.ssh.allowedSignersFile={allowed}", "log", "--show-signature"], root,
                corpus.git_env(), describe=good_signatures),
        Variant("SIGN warm", check, root, b.env(), describe=all_pass),  # after a cold run: the cache is there
    ]
    title = f"`gates check --select SIGN` / `git log --show-signature`, {b.signed_pages} signed pages"
    return [Group(3, title, b.signoff_corpus, "news", variants,
                  [Ratio("SIGN cold", "git log --show-signature"), Ratio("SIGN warm", "git log --show-signature")])]


# ---- the rows --------------------------------------------------------------------------------------------

ROWS: list[Row] = [
    Row(1, "gates check vs the floor", plan_check),
    Row(2, "pre-commit stage through the real hook", plan_precommit),
    Row(3, "sign-off verification vs git log --show-signature", plan_signoff),
    Row(4, "site build vs plain Material; one-page republish vs full build", None, script=lambda b: [
        b.python, str(PROJECT / "benchmarks" / "bench_site.py"),
        *(["--sizes", "12", "--rounds", "1"] if b.quick else ["--sizes", "5000,10000", "--rounds", "2,1"])]),
    Row(5, "gates rescan vs LinkChecker (target: 20x faster, i.e. <= 0.05)", None, script=lambda b: [
        b.python, str(PROJECT / "benchmarks" / "bench_rescan.py"),
        *(["--pages", "30", "--rounds", "1", "--modes", "dir", "--growth", ""] if b.quick
          else ["--pages", "500", "--rounds", "3", "--modes", "dir,live", "--growth", "2000,10000"])]),
    Row(6, "TERM rule with 10,000 terms vs 10", None, script=lambda b: [
        b.python, str(PROJECT / "benchmarks" / "bench_terms.py"), "--pages", str(100 if b.quick else 5000),
        "--rounds", str(1 if b.quick else 5), "--terms", str(300 if b.quick else 10000),
        *(["--keep", str(b.corpus(5000, "news"))] if not b.quick else [])]),
]


# ---- measuring ----------------------------------------------------------------------------------------


def run_once(b: Bench, group: Group, variant: Variant) -> measure.Sample:
    if variant.before:
        variant.before()
    out = b.output(group, variant)
    try:
        sample = measure.run(variant.argv, variant.cwd, variant.env, out)
    finally:
        if variant.after:
            variant.after()
    if sample.returncode not in variant.ok:
        said = (out.read_text("utf-8", "replace") + Path(f"{out}.err").read_text("utf-8", "replace")).strip()
        raise BenchError(f"{variant.name} exited {sample.returncode}: {said[-400:]}")
    return sample


def measure_group(b: Bench, group: Group) -> Measured:
    result = Measured(group, {v.name: [] for v in group.variants})
    label = f"row {group.row}, {group.pages} pages, {group.mix}"
    try:
        if group.setup:
            group.setup()
        for variant in group.variants:  # untimed warm-up: page cache, .pyc files, pre-commit's environment
            run_once(b, group, variant)
        for round_no in range(b.rounds):
            log(f"{label}: round {round_no + 1}/{b.rounds}")
            for variant in group.variants:
                result.samples[variant.name].append(run_once(b, group, variant))
        for variant in group.variants:
            if variant.describe:
                result.notes[variant.name] = variant.describe(b.output(group, variant))
    except (BenchError, subprocess.SubprocessError, RuntimeError, OSError, ValueError) as exc:
        result.error = f"{exc.__class__.__name__}: {exc}"
        log(f"{label}: FAILED {result.error}")
    finally:
        if group.teardown:
            group.teardown()
    return result


# ---- reporting -----------------------------------------------------------------------------------------


def _s(seconds: float) -> str:
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def run_script(b: Bench, row: Row) -> list[Reported]:
    """A row measured by its own script: run it, read the ratios it wrote."""
    assert row.script is not None
    out = b.work / "out" / f"row{row.number}.json"
    out.unlink(missing_ok=True)
    log(f"row {row.number}: {row.title} ...")
    proc = subprocess.run([*row.script(b), "--json", str(out)], cwd=PROJECT, env=b.env(), capture_output=True,
                          text=True, check=False)
    if not out.exists():  # a missed target exits 1 and still writes its ratios; a failure writes none
        raise BenchError(f"row {row.number} exited {proc.returncode}: {(proc.stdout + proc.stderr)[-400:]}")
    return reported.read(out)


def reported_lines(row: int, found: Sequence[Reported]) -> list[str]:
    lines = []
    for r in found:
        target = "" if r.target is None else f"≤ {r.target}× " + ("ok" if r.ratio <= r.target else "**missed**")
        peaks = [f"{p:.0f} MiB" if p is not None else "—" for p in (r.a_peak_mib, r.b_peak_mib)]
        said = f"{r.comparison} ({r.note})" if r.note else r.comparison
        lines.append(f"| {row} | {said} | {r.pages:,} | {r.mix} | **{r.ratio:.2f}×** | {target} | "
                     f"{_s(r.a_seconds)} | {_s(r.b_seconds)} | {peaks[0]} | {peaks[1]} |")
    return lines


def ratio_lines(results: Sequence[Measured]) -> list[str]:
    lines = ["| row | comparison | pages | mix | ratio | target | A median | B median | A peak | B peak |",
             "|---|---|---:|---|---:|---|---:|---:|---:|---:|"]
    for m in results:
        g = m.group
        if m.error:
            lines.append(f"| {g.row} | {g.title} | {g.pages:,} | {g.mix} | failed | | | | | |")
            continue
        for r in g.ratios:
            a, b = r.sides(m)
            value = a / b if b > 0 else math.inf
            target = "" if r.target is None else m.busy() or \
                f"≤ {r.target}× " + ("ok" if value <= r.target else "**missed**")
            lines.append(f"| {g.row} | {r.label()} | {g.pages:,} | {g.mix} | **{value:.2f}×** | "
                         f"{target} | {_s(a)} | {_s(b)} | {m.peak_mib(r.numerator):.0f} MiB | "
                         f"{m.peak_mib(r.denominator):.0f} MiB |")
    return lines


def growth_lines(results: Sequence[Measured]) -> list[str]:
    """Exponent of each variant between the smallest and largest corpus a row ran it on."""
    series: dict[tuple[int, str, str], dict[int, float]] = {}
    for m in results:
        if m.error:
            continue
        for name in m.samples:
            series.setdefault((m.group.row, m.group.mix, name), {})[m.group.pages] = m.median(name)
    lines = []
    for (row, mix, name), by_size in series.items():
        if len(by_size) < 2:
            continue
        n1, n2 = min(by_size), max(by_size)
        t1, t2 = by_size[n1], by_size[n2]
        lines.append(f"| {row} | {mix} | {name} | {_s(t1)} | {_s(t2)} | {math.log(t2 / t1) / math.log(n2 / n1):.2f} |")
    if not lines:
        return []
    sizes = sorted({m.group.pages for m in results if m.group.row == 1})
    head = f"{sizes[0]:,} → {sizes[-1]:,} pages" if len(sizes) > 1 else "pages"
    return ["| row | mix | variant | t(n1) | t(n2) | growth exponent |", "|---|---|---|---:|---:|---:|", *lines,
            "", f"Growth: {head}; exponent = log(t2/t1) / log(n2/n1), 1.0 is linear. Fixed start-up costs pull it below 1."]


def process_lines(results: Sequence[Measured]) -> list[str]:
    lines = ["| row | pages | mix | process | runs | median | min | max | peak | CPU | others | what it reported |",
             "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for m in results:
        if m.error:
            lines.append(f"| {m.group.row} | {m.group.pages:,} | {m.group.mix} | (failed) | | | | | | | | "
                         f"{m.error[:300]} |")
            continue
        for name, samples in m.samples.items():
            secs = [s.seconds for s in samples]
            others = [o for s in samples if (o := s.others()) is not None]
            busy = f"{max(others):.1f}" if others else "—"
            lines.append(f"| {m.group.row} | {m.group.pages:,} | {m.group.mix} | {name} | {len(secs)} | "
                         f"{_s(statistics.median(secs))} | {_s(min(secs))} | {_s(max(secs))} | "
                         f"{m.peak_mib(name):.0f} MiB | {_s(statistics.median(s.cpu_seconds for s in samples))} | "
                         f"{busy} | {m.notes.get(name, '')} |")
    return lines


def cores() -> int:
    """The cores gates check splits a large run between (gates/engine/split.py asks the same)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - platforms without affinity
        return os.cpu_count() or 1


def machine(b: Bench) -> str:
    def out(*argv: str, cwd: Path = PROJECT) -> str:
        proc = subprocess.run(list(argv), cwd=cwd, capture_output=True, text=True, check=False)
        return (proc.stdout or proc.stderr).strip()

    inside = out("git", "rev-parse", "--is-inside-work-tree", cwd=b.gates_root) == "true"
    commit = out("git", "rev-parse", "--short", "HEAD", cwd=b.gates_root) if inside else "(not a git checkout)"
    changed = inside and out("git", "status", "--porcelain", "--", "gates", cwd=b.gates_root)
    dirty = " (with uncommitted changes)" if changed else ""
    return (f"{dt.datetime.now().astimezone().isoformat(timespec='minutes')}; nproc {os.cpu_count()}; "
            f"{out(b.python, '-V')}; {out('git', '--version')}; gates from {b.gates_root} at {commit}{dirty}; "
            f"{b.rounds} interleaved round(s) per row after one untimed warm-up")


def report(b: Bench, results: Sequence[Measured], rows: Sequence[Row],
           scripted: dict[int, list[Reported] | str] | None = None) -> str:
    extra: list[str] = []
    for number, found in (scripted or {}).items():
        extra += ([f"| {number} | failed: {found[:200]} | | | | | | | | |"] if isinstance(found, str)
                  else reported_lines(number, found))
    parts = ["# Benchmark results", "", machine(b), "",
             "Ratios of medians, whole processes measured side by side (A = numerator, B = denominator), except "
             "where a row says in-process. Absolute times are this machine's, today; only the ratios are meant to "
             "travel.", "", *ratio_lines(results), *extra, ""]
    budget = budget_lines(results, cores())
    if budget:
        parts += ["## Row 1's budget for the text rules", "", *budget, ""]
    growth = growth_lines(results)
    if growth:
        parts += ["## Growth", "", *growth, ""]
    parts += ["## Every process", "",
              f"CPU: the process's own CPU time (its children's included), median. Others: the most cores other work "
              f"kept busy during one of its runs (from /proc/stat); above {BUSY} for a row's runs, its targets are "
              "not judged.", "", *process_lines(results), ""]
    pending = [r for r in rows if r.plan is None and r.script is None]
    if pending:
        parts += ["## Not measured yet", "", *(f"- row {r.number}: {r.title} — {r.pending}" for r in pending), ""]
    return "\n".join(parts)


# ---- command line --------------------------------------------------------------------------------------


def _mixes(text: str) -> list[corpus.Mix]:
    mixes = [m for m in text.split(",") if m]
    if not all(m in ("news", "policy") for m in mixes):
        raise argparse.ArgumentTypeError(f"mixes are news and policy, not {text!r}")
    return mixes  # type: ignore[return-value]  # checked just above


def _ints(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny corpora, one round: the smoke version")
    parser.add_argument("--pages", type=_ints, default=None, help="corpus sizes for row 1 (default 5000,50000)")
    parser.add_argument("--rounds", type=int, default=None, help="timed rounds per row (default 3; --quick 1)")
    parser.add_argument("--rows", type=_ints, default=None, help="rows to run (default: all implemented)")
    parser.add_argument("--mix", type=_mixes, default=["news", "policy"], help="mixes for row 1 (news,policy)")
    parser.add_argument("--signed-pages", type=int, default=None, help="row 3: signed pages (default 200)")
    parser.add_argument("--signoff-corpus", type=int, default=None, help="row 3: pages in its corpus (default 1000)")
    parser.add_argument("--small-repo", type=int, default=None, help="row 2: the small repository (default 1000)")
    parser.add_argument("--gates", type=Path, default=PROJECT, help="checkout whose gates is measured (default: this one)")
    parser.add_argument("--work", type=Path, default=None, help="keep corpora here and reuse them")
    parser.add_argument("--out", type=Path, default=None, help="also write the Markdown report to this file")
    args = parser.parse_args(argv)
    quick = args.quick
    args.pages = args.pages or ([100, 200] if quick else [5000, 50000])
    args.rounds = args.rounds or (1 if quick else 3)
    args.signed_pages = args.signed_pages if args.signed_pages is not None else (4 if quick else 200)
    args.signoff_corpus = args.signoff_corpus or (40 if quick else 1000)
    args.small_repo = args.small_repo or (50 if quick else 1000)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    rows = [r for r in ROWS if args.rows is None or r.number in args.rows]
    work = args.work or Path(tempfile.mkdtemp(prefix="gates-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: list[Measured] = []
    scripted: dict[int, list[Reported] | str] = {}
    try:
        bench = Bench(args, work.resolve())
        compile_gates(bench.gates_root)
        for row in rows:
            if row.script is not None:
                try:
                    scripted[row.number] = run_script(bench, row)
                except (BenchError, subprocess.SubprocessError, OSError, ValueError, TypeError) as exc:
                    scripted[row.number] = f"{exc.__class__.__name__}: {exc}"
                continue
            if row.plan is None:
                continue
            try:
                groups = row.plan(bench)
            except (BenchError, subprocess.SubprocessError, RuntimeError, OSError) as exc:
                results.append(Measured(Group(row.number, row.title, 0, "-", [], []), error=str(exc)))
                continue
            results += [measure_group(bench, g) for g in groups]
        text = report(bench, results, rows, scripted)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 1 if any(m.error for m in results) or any(isinstance(v, str) for v in scripted.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
