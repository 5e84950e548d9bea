"""The cheap test find_links makes before its regex passes must never skip a text that holds a link."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect.links import find_links


def test_an_address_in_mixed_case_is_found() -> None:
    # _BARE reads www. in any case; the shortcut once looked only for www. and WWW.
    assert [h.url for h in find_links("请访问 Www.example-casino.com 领取")] == ["Www.example-casino.com"]


def test_a_page_without_links_yields_nothing() -> None:
    assert find_links("第一条 为了规范政府信息公开工作，制定本办法。第二条 本办法自2026年1月1日起施行。") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="wW.w:/h tps[]()<>a=\"'x中文", max_size=30))
def test_the_shortcut_agrees_with_the_full_search(text: str) -> None:
    from gates.detect import links

    full = links._INLINE.search(text) or links._REFERENCE.search(text) or links._AUTOLINK.search(text) \
        or links._TAG.search(text) or links._BARE.search(text)
    if full is not None:
        assert links._may_hold_links(text), text
