from __future__ import annotations

import pytest

from tests.conftest import Site, codes


@pytest.mark.parametrize("entry", [
    "[{code: FM009, text: x}]",
    "[{code: FM003, reason: 就是不想写}]",
    "[{code: NOPE, reason: r}]",
    "accept-everything",
])
def test_bad_accept_entries(site: Site, entry: str) -> None:
    site.page("content/news/a.md", accept=entry)
    assert "FM012" in codes(site.check())


def test_accept_with_reason_on_an_acceptable_rule(site: Site) -> None:
    from gates.rules import RULES

    acceptable = [r.code for r in RULES if r.acceptable]
    if not acceptable:
        pytest.skip("no acceptable rule registered yet")
    site.page("content/news/a.md", accept=f"[{{code: {acceptable[0]}, reason: 公开的服务热线}}]")
    assert "FM012" not in codes(site.check())
