"""Red team 7: TERM and AD read the reader's view with possibly hidden content left out, and never kept in place.

`_part_wording` calls `reader_text(text, words=True)` with the default drop=True: the content of any element with
a class or a style attribute (and, when the page holds any <style> or <link>, of every element) is cut out of the
reader view. SEC reads a second view with that content kept (`drop=False`); the wording walk does not. A class
that hides nothing, or an ordinary <b> on a page that styles its table, splits the phrase for both readings
(the text as written has the tags in it; the reader view lacks the middle), while the browser shows it whole.

Inputs (Markdown body):
    到店即可扫<span class="a">码</span>领取礼品。                        (AD002 expected)
    到店即可扫<span style="color:red">码领取</span>礼品。                  (AD002 expected)
    到店即可扫<b>码领取</b>礼品。 + <style>table{border:1px solid}</style>   (AD002 expected)
    台湾<span class="x">总统</span>选举。                                (TERM001 expected)
"""

from __future__ import annotations

import pytest

from tests.conftest import Site


def found(site: Site, body: str, code: str) -> list[tuple[str, int]]:
    site.page("content/news/a.md", body=body)
    return [(f.excerpt, f.line) for f in site.check() if f.code == code]


@pytest.mark.parametrize("body", [
    '到店即可扫<span class="a">码</span>领取礼品。\n',
    '到店即可扫<span style="color:red">码领取</span>礼品。\n',
    '到店即可扫<b>码领取</b>礼品。\n\n<style>table{border:1px solid}</style>\n',
])
def test_promotional_phrase_split_by_a_shown_styled_element(site: Site, body: str) -> None:
    assert found(site, body, "AD002") == [("扫码领取", 8)]


def test_wrong_term_split_by_a_classed_span(site: Site) -> None:
    assert found(site, '台湾<span class="x">总统</span>选举。\n', "TERM001") == [("台湾总统", 8)]


def test_control_an_unstyled_span_is_read_through(site: Site) -> None:
    assert found(site, "到店即可扫<span>码</span>领取礼品。\n", "AD002") == [("扫码领取", 8)]
