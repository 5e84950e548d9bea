"""Red team 4: the roster accepts an ed25519 key that is a point of small order (the identity point), and a
signature for such a key is forged without any private key: anybody can approve as that person.

`is_ed25519_key` checks the wire format only, and any 32 bytes pass. `0x01 00…00` encodes the identity
point; with it, R = identity and S = 0 satisfy the verification equation [S]B = R + [k]A for every message,
and cryptography's `Ed25519PublicKey.verify` (which gitrecord/sshsig.py uses) accepts it. ssh-keygen and
`load_ssh_public_key` accept the key too, so this is parity with them rather than a regression; it is
reported because the check is the roster's only gate on a key. Route: a hostile editor proposes a new
reviewer with this key in a roster change; the key looks like any other (AAAAC3NzaC1lZDI1NTE5AAAAIAEAAAA…);
once the principal signs the roster change, every editor can forge that reviewer's approvals.

Secure behaviour: the roster refuses small-order keys, and sshsig.verify refuses such a signature.
"""

from __future__ import annotations

import base64
import struct

import pytest

from gates.config.roster import is_ed25519_key
from gates.gitrecord import sshsig


def _s(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


IDENTITY = b"\x01" + b"\x00" * 31
KEY_BLOB = _s(b"ssh-ed25519") + _s(IDENTITY)
KEY = "ssh-ed25519 " + base64.b64encode(KEY_BLOB).decode()


def test_a_small_order_key_is_not_accepted_in_the_roster() -> None:
    assert not is_ed25519_key(KEY)


def test_a_universal_forgery_does_not_verify() -> None:
    forged_sig = IDENTITY + b"\x00" * 32  # R = identity, S = 0
    blob = (b"SSHSIG" + struct.pack(">I", 1) + _s(KEY_BLOB) + _s(b"git") + _s(b"") + _s(b"sha512")
            + _s(_s(b"ssh-ed25519") + _s(forged_sig)))
    b64 = base64.b64encode(blob).decode()
    armored = "\n".join([sshsig.ARMOR_BEGIN, *(b64[i:i + 70] for i in range(0, len(b64), 70)), sshsig.ARMOR_END])
    with pytest.raises(sshsig.SignatureError):
        sshsig.verify(armored, b"tree 0000\nauthor anyone\n\nany commit at all\n")
