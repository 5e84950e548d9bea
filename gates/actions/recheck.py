"""The record of a re-check (复查记录, 附件3 第八条): one commit, usually empty, SSH-signed by a 复查专人 on
their own machine, carrying the report's sha256 and its counts in trailers, so the re-check itself is in the
history the ledger reads. Scheduled CI never records: no signing key lives in CI.

The commit is made with `git commit-tree` on HEAD's own tree, not `git commit`: whatever happens to be staged
in the officer's working copy can never ride along in a signed record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from gates.actions.sign import Refusal, identity, public_key
from gates.config import SiteConfig
from gates.gitrecord import history
from gates.gitrecord.records import RECHECK_VERSION as VERSION
from gates.gitrecord.records import T_ERRORS, T_PAGES, T_RECHECK, T_REPORT, T_WARNINGS
from gates.model.vocabulary import RECHECKER, ROLE_LABELS


@dataclass(frozen=True)
class Counts:
    errors: int
    warnings: int
    pages: int


def report_hash(report: bytes) -> str:
    return "sha256:" + hashlib.sha256(report).hexdigest()


def message(target: str, who: str, report: bytes, counts: Counts, today: dt.date) -> str:
    # The subject names the target as given; a newline in it must not forge a trailer.
    shown = " ".join(target.split())
    return "\n".join([
        f"复查: {shown} ({ROLE_LABELS[RECHECKER]} {who})",
        "",
        f"{today.isoformat()} 复查 {counts.pages} 个页面：{counts.errors} 个错误，{counts.warnings} 个警告。",
        "",
        f"{T_RECHECK}: {VERSION}",
        f"{T_REPORT}: {report_hash(report)}",
        f"{T_ERRORS}: {counts.errors}",
        f"{T_WARNINGS}: {counts.warnings}",
        f"{T_PAGES}: {counts.pages}",
    ]) + "\n"


def record(root: Path, config: SiteConfig, target: str, report: bytes, counts: Counts,
           today: dt.date | None = None) -> str:
    """Make the signed record commit on the current branch; its id. Refusal (Chinese) when not allowed."""
    today = today or dt.date.today()
    try:
        return _record(root, config, target, report, counts, today)
    except history.HistoryUnavailable as exc:
        raise Refusal(str(exc)) from None


def _record(root: Path, config: SiteConfig, target: str, report: bytes, counts: Counts, today: dt.date) -> str:
    me = identity(root)
    email, key = me.email, me.signing_key
    person = config.roster.by_email(email)
    if person is None:
        raise Refusal(f"{email} 不在名册 site_config/roster.yml 中，不能签署复查记录")
    if person.outsourced:
        raise Refusal(f"{person.name} 是外包运维人员账号，不能签署复查记录 (附件3 第七条)")
    if not any(g.role == RECHECKER and person.holds(RECHECKER, g.unit, today) for g in person.roles):
        raise Refusal(f"{person.name} 在 {today.isoformat()} 不持有{ROLE_LABELS[RECHECKER]}角色 (见名册)，不能签署复查记录")
    if public_key(key, root) != person.signing_key:
        raise Refusal(f"签名密钥 {key} 不是名册中 {person.name} 的公钥，不能代他人签署复查记录")
    head = history.git(root, ["rev-parse", "--verify", "HEAD"]).decode("ascii").strip()
    text = message(target, person.name, report, counts, today)
    env = dict(os.environ, LC_ALL="C", GIT_AUTHOR_NAME=person.name, GIT_AUTHOR_EMAIL=person.email,
               GIT_COMMITTER_NAME=person.name, GIT_COMMITTER_EMAIL=person.email)
    proc = subprocess.run(
        ["git", "-c", "gpg.format=ssh", "-c", f"user.signingkey={key}", "commit-tree", "-S", "-p", head,
         "-F", "-", f"{head}^{{tree}}"],
        cwd=root, input=text.encode("utf-8"), capture_output=True, env=env, check=False)
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Refusal(f"git 签名提交失败：{detail[-1] if detail else proc.returncode}")
    commit = proc.stdout.decode("ascii").strip()
    # Moves the branch only if nobody moved it meanwhile.
    history.git(root, ["update-ref", "-m", "gates rescan --record", "HEAD", commit, head])
    return commit

