"""The finished approval index, cached in .git/gates/ under a key that names everything it was built from.

The per-commit cache (cache.py) saves re-reading and re-verifying commits, but a warm run still walked the
whole history and re-judged every approval against its roster: about a second on a site with 15,000
approvals, on every `gates check`. The index is a function of HEAD's history alone (commit ids name their
exact bytes, blob ids the exact roster texts), so when HEAD is unchanged the index is too, and a warm run can
load it without reading history at all.

The key is HEAD's commit id, the blob ids of the working tree's site_config/ files and a fingerprint of the
code that builds the index. The working-tree files do not change the index (it reads rosters from history),
but a roster edited and not yet committed is exactly when someone asks whether approvals still hold, so such
a run rebuilds rather than trust an index made under a different roster. The code fingerprint makes an
upgraded gates rebuild instead of serving verdicts of the old rules.

Like the per-commit cache it lives in the local, never-pushed .git directory and is sealed with a MAC whose
key lives outside the repository (sealed.py): a file someone else wrote or edited is ignored, as is any
unreadable or mismatched one. The CI templates start every job from a fresh clone as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from gates.domain.approvals import Approval, Backdated, ConfigProblem, Index
from gates.domain.signoff import Trailers
from gates.gitrecord import sealed

VERSION = 2
FILE = "signoff-index.json"
CONFIG_DIR = "site_config"

_code_print: str | None = None


def _code_fingerprint() -> str:
    """Every module of the package: any change to gates' code rebuilds the index rather than serve old verdicts."""
    global _code_print
    if _code_print is None:
        package = Path(__file__).resolve().parent.parent
        digest = hashlib.sha256()
        for path in sorted(package.rglob("*.py")):
            with contextlib.suppress(OSError):
                digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        _code_print = digest.hexdigest()
    return _code_print


def blob_id(data: bytes) -> str:
    """git's id for a file's bytes (`git hash-object`), so the key speaks the same ids as history."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def key(root: Path, head: str) -> str:
    parts = [f"v{VERSION}", head, _code_fingerprint()]
    folder = root / CONFIG_DIR
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    for name in names:
        with contextlib.suppress(OSError):
            path = folder / name
            if path.is_file():
                parts.append(f"{name}={blob_id(path.read_bytes())}")
    return "\n".join(parts)


def load(git_dir: Path, wanted: str) -> Any | None:
    """The cached payload when it was stored under exactly this key; None otherwise."""
    raw = sealed.read(git_dir / "gates" / FILE)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("key") != wanted:
        return None
    return data.get("index")


def save(git_dir: Path, stored_key: str, payload: Any) -> None:
    """Replace the cached index atomically; one entry only (the latest HEAD), so the file never grows."""
    path = git_dir / "gates" / FILE
    # A cache is an optimisation: a read-only .git or a full disk must not fail the check.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"key": stored_key, "index": payload}, ensure_ascii=False, separators=(",", ":"))
        sealed.write(path, data.encode("utf-8"))


# ---- the index as JSON -------------------------------------------------------------------------------
# One flat row per approval, in an order fixed here: 15,000 short lists load far faster than 15,000
# dicts, and a warm run spends its time building the Approval objects, not parsing the file.


def encode(index: Index) -> dict[str, object]:
    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    rows = {
        path: [[a.commit, a.pos, a.trailers.role, a.trailers.unit, a.trailers.content_hash,
                iso(a.trailers.publish_date), a.trailers.decision, iso(a.trailers.withdrawal_date),
                a.trailers.version, a.trailers.index_number, a.trailers.time, iso(a.day), iso(a.committed), a.email,
                a.name, a.problem] for a in found]
        for path, found in index.approvals.items()
    }
    problems = [[p.path, p.commit, p.reason] for p in index.config_problems]
    backdated = [[b.path, b.commit, iso(b.day), iso(b.parent_day)] for b in index.backdated]
    future = [[b.path, b.commit, iso(b.day), iso(b.parent_day)] for b in index.future]
    return {"approvals": rows, "config_problems": problems, "backdated": backdated, "future": future}


def decode(raw: object) -> Index | None:
    """The stored index; None when the file does not hold one in this shape (it is then rebuilt)."""
    days: dict[str, dt.date] = {}  # a site's approvals fall on few distinct days: parse each once

    def day(text: object) -> dt.date | None:
        if text is None:
            return None
        got = days.get(str(text))
        if got is None:
            got = days[str(text)] = dt.date.fromisoformat(str(text))
        return got

    def must(text: object) -> dt.date:
        got = day(text)
        if got is None:
            raise ValueError("a date is missing")
        return got

    if not isinstance(raw, dict):
        return None
    try:
        index = Index()
        for path, rows in raw["approvals"].items():
            index.approvals[path] = [
                Approval(commit, pos, Trailers(path, role, unit, digest, day(publish), decision, day(withdrawn),
                                               version, number, clock), must(on), must(committed), email, name,
                         problem)
                for (commit, pos, role, unit, digest, publish, decision, withdrawn, version, number, clock, on,
                     committed, email, name, problem) in rows
            ]
        index.config_problems = [ConfigProblem(path, commit, reason) for path, commit, reason in
                                 raw["config_problems"]]
        index.backdated = [Backdated(path, commit, must(on), must(parent)) for path, commit, on, parent in
                           raw["backdated"]]
        index.future = [Backdated(path, commit, must(on), must(parent)) for path, commit, on, parent in
                        raw["future"]]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return index
