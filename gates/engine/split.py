"""The pages of a large run split between processes, with a result identical to one pass.

A check of 50,000 pages is pure work per page (parse the front matter, run the rules) plus a little gathered
across pages for `finish`. On a machine with more than one core the pages are cut into contiguous parts: the
first page runs here (so every cache, such as the compiled term automaton, is warm before the fork), then each
part but the last runs in a forked child while this process runs the last. Each part gathers into fresh
`Gathered` state; the parts come back through a pipe and are merged in page order, so the findings and what
`finish` sees are those of a single pass.

Failing closed: a part whose child dies, sends something unreadable, or holds per-run state that declares
neither `Gathered` nor `Memo` is run again here, in order. Without `os.fork` (not Linux) nothing is split.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from gates.domain.rule import Context, Gathered, Memo
from gates.model.finding import Finding

# Below this many pages a fork costs more than it saves; beyond this many processes nothing is gained.
MIN_PAGES = 400
MAX_JOBS = 64


@dataclass
class Part:
    findings: list[Finding] = field(default_factory=list)
    gathered: dict[type, Gathered] = field(default_factory=dict)


CheckPages = Callable[[Sequence[str]], list[Finding]]


def jobs_available() -> int:
    """How many processes this machine gives the run: the cores this process may use."""
    if not hasattr(os, "fork"):
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - platforms without affinity
        return max(1, os.cpu_count() or 1)


def run_split(ctx: Context, relpaths: Sequence[str], check_pages: CheckPages, jobs: int) -> list[Finding]:
    """check_pages over relpaths in `jobs` processes; returns the findings in page order and leaves ctx's
    gathered state as one pass would have."""
    head = check_pages(relpaths[:1])  # warms every cache in this process before the children copy it
    if _undeclared(ctx):
        return head + check_pages(relpaths[1:])
    rest = relpaths[1:]
    size = -(-len(rest) // min(jobs, MAX_JOBS))
    slices = [rest[i:i + size] for i in range(0, len(rest), size)]
    base = _take_gathered(ctx)
    sys.stdout.flush()
    sys.stderr.flush()
    children = [_fork(ctx, part, check_pages) for part in slices[:-1]]
    parts: list[Part] = []
    last = _run_part(ctx, slices[-1], check_pages) if slices else Part()
    for child, pages in zip(children, slices[:-1], strict=True):
        got = _collect(*child) if child is not None else None
        if got is None:  # the child failed, or never started: run its pages here, in a part of their own
            got = _run_part(ctx, pages, check_pages)
        parts.append(got)
    parts.append(last)
    findings = list(head)
    _put_gathered(ctx, base)
    for part in parts:
        findings.extend(part.findings)
        for kind, later in part.gathered.items():
            mine = ctx._state.setdefault(kind, later)
            if mine is not later and isinstance(mine, Gathered):
                mine.merge(later)
    return findings


def _run_part(ctx: Context, pages: Sequence[str], check_pages: CheckPages) -> Part:
    """pages checked with fresh gathered state; ctx's own gathered state is left as it was."""
    saved = _take_gathered(ctx)
    try:
        findings = check_pages(pages)
        return Part(findings, _take_gathered(ctx))
    finally:
        _put_gathered(ctx, saved)


def _undeclared(ctx: Context) -> bool:
    """Whether some per-run state says neither how to merge it nor that it may be dropped."""
    return any(not isinstance(value, (Gathered, Memo)) for value in ctx._state.values())


def _take_gathered(ctx: Context) -> dict[type, Gathered]:
    taken = {kind: value for kind, value in ctx._state.items() if isinstance(value, Gathered)}
    for kind in taken:
        del ctx._state[kind]
    return taken


def _put_gathered(ctx: Context, gathered: dict[type, Gathered]) -> None:
    for kind in [k for k, v in ctx._state.items() if isinstance(v, Gathered)]:
        del ctx._state[kind]
    ctx._state.update(gathered)


def _fork(ctx: Context, pages: Sequence[str], check_pages: CheckPages) -> tuple[int, int] | None:
    """A child checking pages, as (pid, the pipe it writes its part to); None when the system refuses one."""
    try:
        reader, writer = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return None
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers or flushes its buffers
        code = 1
        try:
            os.close(reader)
            part = _run_part(ctx, pages, check_pages)
            if not _undeclared(ctx):
                with os.fdopen(writer, "wb") as out:
                    pickle.dump(part, out, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(writer)
    return pid, reader


def _collect(pid: int, reader: int) -> Part | None:
    """The child's part, or None if it did not finish cleanly."""
    try:
        with os.fdopen(reader, "rb") as got:
            data = got.read()
    finally:
        _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not data:
        return None
    try:
        part = pickle.loads(data)
    except Exception:
        return None
    return part if isinstance(part, Part) else None
