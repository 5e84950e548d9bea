from __future__ import annotations

import pytest

from tests.conftest import Site, codes


@pytest.mark.parametrize("entry", [
    "[{code: FM009, text: x}]",
    "[{code: FM003, reason: 就是不想写}]",
    "[{code: NOPE, text: x, reason: r}]",
    "[{code: SEC003, reason: 公开的服务热线}]",
    "accept-everything",
])
def test_bad_accept_entries(site: Site, entry: str) -> None:
    site.page("content/news/a.md", accept=entry)
    assert "FM012" in codes(site.check())


def test_accept_with_reason_on_an_acceptable_rule(site: Site) -> None:
    site.page("content/news/a.md", accept="[{code: SEC003, text: '023-67851234', reason: 公开的服务热线}]")
    assert "FM012" not in codes(site.check())


def test_secrecy_and_id_rules_cannot_be_accepted(site: Site) -> None:
    site.page("content/news/a.md", accept="[{code: SEC002, text: x, reason: r}, {code: SEC001, text: 机密, reason: r}]")
    assert codes(site.check()).count("FM012") == 2
