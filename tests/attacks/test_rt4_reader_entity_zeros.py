"""Red team 4: a numeric character reference with leading zeros is passed through by Markdown and shown by
the browser, but the reader view does not resolve it.

`_AT_AMP` in detect/reader.py accepts at most 7 decimal or 6 hex digits. HTML allows any number of leading
zeros (`&#00000051;` is "3"), and Python-Markdown's own entity pattern takes any length, so
`138001&#00000051;8000` renders as 13800138000 and `&#00000026426;密★1年` as 机密★1年. The reader view keeps
the reference as written, so SEC sees no number and no mark.

Secure behaviour: each is an error.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec003_mobile
from tests.conftest import Site, codes

MARKS = ["&#00000026426;密★1年", "机&#x00000005BC6;★1年"]
MOBILES = ["联系电话 138001&#00000051;8000。", "联系电话 138001&#x0000033;8000。"]


@pytest.mark.parametrize("body", MARKS)
def test_a_mark_behind_a_zero_padded_reference_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))


@pytest.mark.parametrize("body", MOBILES)
def test_a_mobile_behind_a_zero_padded_reference_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))
