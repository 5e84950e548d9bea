"""Cache files sealed with a MAC whose key lives outside the repository.

A cache under .git/ only speeds things up: anyone who can write to .git/ (a CI runner reused across merge
requests, a colleague's script) could otherwise plant "this commit's signature verified" and make a forged
approval pass. So every cache file carries an HMAC-SHA256 of its bytes, keyed by a secret kept in the user's
own cache folder (never in the repository, never pushed); a file whose MAC does not verify is ignored and
rebuilt. Without a usable key nothing is cached, and every verdict is computed afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from gates.model.files import write_atomic

KEY_ENV = "GATES_CACHE_KEY_FILE"
_MAGIC = b"gates-sealed-v1 "


def _key_file() -> Path:
    explicit = os.environ.get(KEY_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gates" / "cache-mac.key"


def key() -> bytes | None:
    """The MAC key, made on first use (0600); None when it cannot be read or made."""
    path = _key_file()
    with contextlib.suppress(OSError):
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        with contextlib.suppress(OSError):
            data = path.read_bytes()
            return data if len(data) >= 32 else None
        return None
    except OSError:
        return None
    with os.fdopen(fd, "wb") as handle:
        handle.write(secrets.token_bytes(32))
    with contextlib.suppress(OSError):
        return path.read_bytes()
    return None


def _mac(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, payload, hashlib.sha256).hexdigest().encode("ascii")


def write(path: Path, payload: bytes) -> None:
    """Seal and write; silently nothing when there is no key (a cache is an optimisation)."""
    secret = key()
    if secret is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, _MAGIC + _mac(secret, payload) + b"\n" + payload, keep_mode=False)


def read(path: Path) -> bytes | None:
    """The payload when the file is sealed with our key; None for a missing, foreign or tampered file."""
    secret = key()
    if secret is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_MAGIC):
        return None
    mac, _, payload = data[len(_MAGIC):].partition(b"\n")
    return payload if hmac.compare_digest(mac, _mac(secret, payload)) else None
