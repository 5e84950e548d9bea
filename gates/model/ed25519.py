"""Ed25519 public keys no signature check may trust.

A point of small order (the identity and the seven other points of order 2, 4 or 8, in any encoding) makes
[S]B = R + [k]A hold for crafted signatures whatever the message: with the identity as key, R = identity and
S = 0 "verify" anything. ssh-keygen and the cryptography package accept such keys, so the roster refuses them
and the signature check refuses signatures made with them.
"""

from __future__ import annotations

# The y coordinates of the small-order points, little-endian with the sign bit cleared, including the
# non-canonical encodings p, p - 1 and p + 1 (the same set libsodium refuses).
_SMALL_ORDER = frozenset(bytes.fromhex(h) for h in (
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
))


def is_small_order(key: bytes) -> bool:
    """Whether a 32-byte encoded Ed25519 point is one of small order (whatever its sign bit)."""
    return len(key) == 32 and key[:31] + bytes([key[31] & 0x7F]) in _SMALL_ORDER
