"""Sign every draft 主动公开 sample page through its chain with `gates sign`, as each sample person in turn.

SAMPLE ONLY: it uses the private keys in sample/keys/. Real reviewers run `gates sign PATH` themselves.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from gates.config import Person, load_config
from gates.engine import iter_pages
from gates.rule import Context
from gates.signoff import required_chain

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "sample" / "keys"


def as_person(person: Person) -> dict[str, str]:
    """Environment that makes every git process `gates sign` starts act as this person."""
    key = KEYS / person.email.split("@")[0]
    key.chmod(0o600)  # ssh-keygen refuses a private key others can read; a clone leaves it 0644
    settings = {"user.name": person.name, "user.email": person.email, "user.signingkey": str(key),
                "gpg.format": "ssh"}
    env = {**os.environ, "GIT_CONFIG_COUNT": str(len(settings))}
    for i, (k, v) in enumerate(settings.items()):
        env[f"GIT_CONFIG_KEY_{i}"], env[f"GIT_CONFIG_VALUE_{i}"] = k, v
    return env


def main() -> int:
    config = load_config(ROOT)
    today = dt.date.today()
    ctx = Context(root=ROOT, config=config, today=today)
    gates = Path(sys.executable).parent / "gates"
    for page in iter_pages(ctx):
        if page.is_index or page.status != "draft" or page.disclosure != "主动公开":
            continue
        signers = page.meta.get("signers") or {}
        done = {**{k: v for k, v in signers.items() if k != "co_deputies"}, **signers.get("co_deputies", {})}
        used = {entry["name"] for entry in done.values()}
        for slot in required_chain(page.meta, config):
            if (slot.unit if slot.role == "co_deputy" else slot.role) in done:
                continue  # signed in an earlier run
            person = next(p for p in config.roster.people if not p.outsourced and p.name not in used
                          and p.holds(slot.grant_role, slot.unit, today))
            used.add(person.name)
            subprocess.run([str(gates), "sign", page.path, "--role", slot.grant_role], cwd=ROOT,
                           env=as_person(person), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
