"""Red team 4: default-ignorable characters that are not on the reader view's INVISIBLE list.

Unicode's Default_Ignorable_Code_Point characters render as nothing. INVISIBLE (detect/reader.py) lists
some of them, and the shortcut `_HARD` looks only for those, so a page using another one is read as written:
U+206A..U+206F (deprecated format controls), U+1BCA0 (shorthand format), U+1D173 (musical formatting),
U+E0020 (a tag character) and U+E0100 (variation selector-17). `机\\u206a密★1年` shows as 机密★1年.

Secure behaviour: each is an error.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec003_mobile
from tests.conftest import Site, codes

HIDDEN = ["\u206a", "\u206f", "\U0001bca0", "\U0001d173", "\U000e0020", "\U000e0100"]


@pytest.mark.parametrize("ch", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_a_mark_split_by_an_unlisted_invisible_character_is_found(site: Site, ch: str) -> None:
    path = site.page("content/news/a.md", body=f"机{ch}密★1年\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))


@pytest.mark.parametrize("ch", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_a_mobile_split_by_an_unlisted_invisible_character_is_found(site: Site, ch: str) -> None:
    path = site.page("content/news/a.md", body=f"联系电话 1380013{ch}8000。\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))
