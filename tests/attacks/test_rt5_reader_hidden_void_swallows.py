"""Red team 5: a hidden *void* element (or a <head> tag in the body) makes the reader view swallow the rest
of the text as "hidden", so a number or mark that the browser shows whole is split between the shown text and
the hidden text, and each half is read on its own.

`_hidden_element` (gates/detect/reader.py) looks for the end tag of any element with a `hidden` attribute or a
hiding name. `<img hidden>`, `<br hidden>` (void: they never have content or an end tag) and `<head>` (a
browser ignores a <head> start tag inside <body>) have none, so everything after them to the end of the part
is taken as hidden content. Python-Markdown passes these tags through; headless Chromium shows
`联系电话 13800138000。`, `机密★1年` and the whole ID number (checked with innerText of the rendered body).

Secure behaviour: each is found as when written plainly (SEC003 / SEC001 / SEC002).
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec002_id_number, sec003_mobile
from tests.conftest import Site, codes

SPLITTERS = ["<img hidden>", "<br hidden>", '<img style="display:none" alt="">', "<head>"]


def test_the_controls_are_found(site: Site) -> None:
    path = site.page("content/news/a.md", body="联系电话 13800138000。机密★1年。身份证号 11010519491231002X。\n")
    found = codes(site.check(path, rules=[sec001_secrecy_mark.RULE, sec002_id_number.RULE, sec003_mobile.RULE]))
    assert sorted(set(found)) == ["SEC001", "SEC002", "SEC003"]


@pytest.mark.parametrize("splitter", SPLITTERS)
def test_a_mobile_split_by_a_hidden_void_element_is_found(site: Site, splitter: str) -> None:
    path = site.page("content/news/a.md", body=f"联系电话 1380013{splitter}8000。\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))


@pytest.mark.parametrize("splitter", SPLITTERS)
def test_a_mark_split_by_a_hidden_void_element_is_found(site: Site, splitter: str) -> None:
    path = site.page("content/news/a.md", body=f"机{splitter}密★1年\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))


@pytest.mark.parametrize("splitter", SPLITTERS)
def test_an_id_number_split_by_a_hidden_void_element_is_found(site: Site, splitter: str) -> None:
    # Today the hidden half "19491231002X" is read on its own and taken for a mobile-like number (SEC003,
    # which an editor may accept), never for the ID number (SEC002, which nobody may accept).
    path = site.page("content/news/a.md", body=f"身份证号 110105{splitter}19491231002X。\n")
    assert "SEC002" in codes(site.check(path, rules=[sec002_id_number.RULE]))
