"""Verify git's SSH commit signatures (the SSHSIG format of OpenSSH's PROTOCOL.sshsig) without ssh-keygen.

One `ssh-keygen -Y verify` per commit would cost a process each; 15,000 approvals must verify in seconds,
so the ed25519 check runs here with the `cryptography` package. Only ed25519 keys are accepted: the roster
only lists ed25519 keys (see gates.config.parse_roster).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct

from gates.model.ed25519 import is_small_order

MAGIC = b"SSHSIG"
ARMOR_BEGIN = "-----BEGIN SSH SIGNATURE-----"
ARMOR_END = "-----END SSH SIGNATURE-----"
NAMESPACE = b"git"
ED25519 = b"ssh-ed25519"
_HASHES = {b"sha256": hashlib.sha256, b"sha512": hashlib.sha512}


class SignatureError(Exception):
    """The signature is malformed, of an unsupported kind, or does not verify; str() is Chinese for the user."""


class _Reader:
    """SSH wire format: uint32 big-endian lengths before every string."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def u32(self) -> int:
        if self.pos + 4 > len(self.data):
            raise SignatureError("签名数据被截断")
        (value,) = struct.unpack_from(">I", self.data, self.pos)
        self.pos += 4
        return int(value)

    def string(self) -> bytes:
        size = self.u32()
        if self.pos + size > len(self.data):
            raise SignatureError("签名数据被截断")
        value = self.data[self.pos: self.pos + size]
        self.pos += size
        return value


def _ssh_string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def dearmor(armored: str | bytes) -> bytes:
    text = armored.decode("ascii", "replace") if isinstance(armored, bytes) else armored
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 3 or lines[0] != ARMOR_BEGIN or lines[-1] != ARMOR_END:
        raise SignatureError("不是 SSH 签名 (缺少 BEGIN/END SSH SIGNATURE)")
    try:
        return base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("SSH 签名的 base64 编码无效") from None


def public_key_text(key_blob: bytes) -> str:
    """The OpenSSH one-line form of a public key blob, as the roster writes it."""
    reader = _Reader(key_blob)
    kind = reader.string()
    return f"{kind.decode('ascii', 'replace')} {base64.b64encode(key_blob).decode('ascii')}"


def verify(armored: str | bytes, payload: bytes, namespace: bytes = NAMESPACE) -> str:
    """Check an armored SSHSIG over payload; return the signer's public key ("ssh-ed25519 AAAA...").

    Raises SignatureError when the blob is malformed, signed for another namespace, not ed25519, or forged.
    The caller still has to check that the returned key is the one the roster lists for the author.
    """
    blob = dearmor(armored)
    reader = _Reader(blob)
    if blob[:6] != MAGIC:
        raise SignatureError("签名不是 SSHSIG 格式")
    reader.pos = 6
    if reader.u32() != 1:
        raise SignatureError("不支持的 SSHSIG 版本")
    key_blob = reader.string()
    sig_namespace = reader.string()
    reserved = reader.string()
    hash_alg = reader.string()
    sig_blob = reader.string()
    if sig_namespace != namespace:
        raise SignatureError(f"签名用途 (namespace) 为 {sig_namespace.decode('ascii', 'replace')!r}，不是 git 提交签名")
    hasher = _HASHES.get(hash_alg)
    if hasher is None:
        raise SignatureError("不支持的签名摘要算法")
    key_reader = _Reader(key_blob)
    if key_reader.string() != ED25519:
        raise SignatureError("签名密钥不是 ed25519 (名册只接受 ssh-ed25519)")
    raw_key = key_reader.string()
    sig_reader = _Reader(sig_blob)
    if sig_reader.string() != ED25519:
        raise SignatureError("签名算法不是 ed25519")
    raw_sig = sig_reader.string()
    if len(raw_key) != 32 or len(raw_sig) != 64:
        raise SignatureError("ed25519 密钥或签名长度无效")
    if is_small_order(raw_key) or is_small_order(raw_sig[:32]):
        raise SignatureError("ed25519 密钥或签名使用了小阶点 (可伪造任意签名)，不予认可")
    signed = (MAGIC + _ssh_string(sig_namespace) + _ssh_string(reserved) + _ssh_string(hash_alg)
              + _ssh_string(hasher(payload).digest()))
    # Imported here: loading cryptography costs a run that verifies nothing (a one-page pre-commit check, a
    # site with no signed commits yet) a noticeable share of its start-up.
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_sig, signed)
    except (InvalidSignature, ValueError):
        raise SignatureError("签名与提交内容不符 (提交在签名后被改动或签名伪造)") from None
    return public_key_text(key_blob)


def split_signed_commit(raw: bytes) -> tuple[bytes | None, bytes]:
    """(armored signature or None, signed payload) of a raw commit object.

    git signs the commit object as it would be without its `gpgsig` header; the header's value continues
    on following lines that start with one space. Only the header block (before the first blank line) is
    searched, so a message quoting "gpgsig" cannot confuse it.
    """
    end = raw.find(b"\n\n")
    head, rest = (raw, b"") if end == -1 else (raw[:end + 1], raw[end + 1:])
    if b"\ngpgsig " not in b"\n" + head:
        return None, raw
    kept: list[bytes] = []
    sig_lines: list[bytes] = []
    in_sig = False
    for line in head.splitlines(keepends=True):
        if line.startswith(b"gpgsig "):
            in_sig = True
            sig_lines.append(line[len(b"gpgsig "):])
        elif in_sig and line.startswith(b" "):
            sig_lines.append(line[1:])
        else:
            in_sig = False
            kept.append(line)
    return b"".join(sig_lines), b"".join(kept) + rest
