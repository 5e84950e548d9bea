"""Red team 4: `is_ed25519_key` accepts a key with padding after the base64 that ssh-keygen refuses, so a key
that can never verify sits in the roster and the one-person-one-key check is sidestepped.

An ed25519 key blob is 51 bytes, so its base64 is exactly 68 characters with no padding. Python's
`b64decode(validate=True)` ignores `=` after a complete quantum; `ssh-keygen -l` refuses `AAAA…ai=` and
`AAAA…ai==`. The roster stores the string as written (normalize_key keeps the base64 as is):

- the entry never matches the canonical key that a signature carries (trust.py / approvals.py compare
  strings), the very "sits in the roster and never verifies anything" the function's docstring rules out;
- `"KEY"` and `"KEY="` are different strings, so two people may list one key ("一人一钥" is not enforced).

Secure behaviour: refused like any other malformed key (ConfigError), as ssh-keygen does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gates.config import parse_roster
from gates.config.fields import ConfigError
from gates.config.roster import is_ed25519_key
from tests.conftest import PROJECT

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM6qgICwZ6o5Rib93RPA7xWg+wvn08qfx8ZJsGO5ePai"
OTHER = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPVTA1WqQKjIVoElb1YlzyxNNejZMzRPRsKGIFbSQO5n"


@pytest.mark.parametrize("pad", ["=", "==", "===="])
def test_ssh_keygen_refuses_the_padded_key(tmp_path: Path, pad: str) -> None:
    (tmp_path / "k.pub").write_text(KEY + pad + "\n")
    assert subprocess.run(["ssh-keygen", "-l", "-f", str(tmp_path / "k.pub")], capture_output=True).returncode != 0


@pytest.mark.parametrize("pad", ["=", "==", "===="])
def test_the_padded_key_is_not_an_ed25519_key(pad: str) -> None:
    assert is_ed25519_key(KEY) and not is_ed25519_key(KEY + pad)


def test_one_key_for_two_people_is_refused() -> None:
    text = (PROJECT / "site_config" / "roster.yml").read_text(encoding="utf-8")
    assert KEY in text and OTHER in text
    with pytest.raises(ConfigError):
        parse_roster(text.replace(OTHER, KEY + "="))
