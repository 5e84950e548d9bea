"""Red team 4: text that markup hides from the reader splits a mark or a number in the reader view only.

The reader view (detect/reader.py) takes tags out but keeps everything between them. Python-Markdown passes
inline raw HTML through, and a browser shows nothing of the filler inside `<span hidden>`, an inline
`display:none`, `<template>`, `<script>`, `<style>` or a ruby `<rp>` (modern browsers support ruby): the
page shows 机密★1年 and 13800138000, while SEC reads 机，密★1年 and 1380013,8000.
(HtmlDocument, the rendered side, already skips script/style/template text.)

Secure behaviour: each is an error.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec003_mobile
from tests.conftest import Site, codes

HIDERS = [
    "<span hidden>{}</span>",
    '<span style="display:none">{}</span>',
    "<template>{}</template>",
    "<script>/*{}*/</script>",
    "<style>/*{}*/</style>",
    "<ruby><rp>{}</rp></ruby>",
]


@pytest.mark.parametrize("hider", HIDERS)
def test_a_mark_split_by_hidden_text_is_found(site: Site, hider: str) -> None:
    path = site.page("content/news/a.md", body="机" + hider.format("，") + "密★1年\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))


@pytest.mark.parametrize("hider", HIDERS)
def test_a_mobile_split_by_hidden_text_is_found(site: Site, hider: str) -> None:
    path = site.page("content/news/a.md", body="联系电话 1380013" + hider.format(",") + "8000。\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))


@pytest.mark.parametrize("hider", HIDERS)
def test_a_number_inside_hidden_text_is_still_found(site: Site, hider: str) -> None:
    # Hidden from readers, but published in the page's source: the detectors read it on its own.
    path = site.page("content/news/a.md", body="联系方式见下。" + hider.format(" 13800138000 ") + "\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))


def test_markup_that_hides_nothing_changes_nothing(site: Site) -> None:
    path = site.page("content/news/a.md", body='<span class="note">会议于上午召开</span>，订单号 20230919782735\n')
    assert codes(site.check(path, rules=[sec001_secrecy_mark.RULE, sec003_mobile.RULE])) == []
