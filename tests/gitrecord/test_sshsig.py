"""In-process SSHSIG verification against signatures made by ssh-keygen and git."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gates.gitrecord import sshsig
from tests.signkit import Repo, keys_fixture, repo_fixture  # noqa: F401


def _pub(keys: dict[str, Path], who: str) -> str:
    return " ".join(Path(f"{keys[who]}.pub").read_text().split()[:2])


def test_verifies_a_git_ssh_signed_commit(repo: Repo, keys: dict[str, Path]) -> None:
    raw = subprocess.run(["git", "cat-file", "commit", "HEAD"], cwd=repo.root, capture_output=True,
                         check=True).stdout
    armored, payload = sshsig.split_signed_commit(raw)
    assert armored is not None and b"gpgsig" not in payload
    assert sshsig.verify(armored, payload) == _pub(keys, "chen")
    with pytest.raises(sshsig.SignatureError):
        sshsig.verify(armored, payload.replace(b"chengang", b"mallory0"))


def test_unsigned_commit_has_no_signature(repo: Repo) -> None:
    repo.commit("无签名", "wang", allow_empty=True)
    raw = subprocess.run(["git", "cat-file", "commit", "HEAD"], cwd=repo.root, capture_output=True,
                         check=True).stdout
    assert sshsig.split_signed_commit(raw) == (None, raw)


def test_signature_for_another_namespace_is_refused(tmp_path: Path, keys: dict[str, Path]) -> None:
    data = tmp_path / "data"
    data.write_bytes(b"payload")
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-n", "file", "-f", str(keys["li"]), str(data)], check=True)
    armored = (tmp_path / "data.sig").read_text()
    with pytest.raises(sshsig.SignatureError, match="namespace"):
        sshsig.verify(armored, b"payload")
    assert sshsig.verify(armored, b"payload", namespace=b"file") == _pub(keys, "li")


@pytest.mark.parametrize("armored", ["", "not a signature", "-----BEGIN SSH SIGNATURE-----\n!!\n-----END SSH SIGNATURE-----",
                                     "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----"])
def test_malformed_signatures_are_errors_not_tracebacks(armored: str) -> None:
    with pytest.raises(sshsig.SignatureError):
        sshsig.verify(armored, b"x")
