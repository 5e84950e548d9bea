"""Red team 6 noticed: a wrong term or a promotional phrase split by markup that renders as nothing (a zero-width
space, emphasis, a comment, an entity) showed to readers whole, yet TERM and AD walked only the text as written.
The wording walk now reads the reader's view as well, with lines mapped back to the source."""

from __future__ import annotations

import pytest

from tests.conftest import Site


def body_line(k: int) -> int:
    return 7 + k  # site.page writes seven lines of front matter


def found(site: Site, body: str, code: str) -> list[tuple[str, int]]:
    site.page("content/news/a.md", body=body)
    return [(f.excerpt, f.line) for f in site.check() if f.code == code]


@pytest.mark.parametrize("body", [
    "前言。\n\n到店即可扫\u200b码领取礼品。\n",
    "前言。\n\n到店即可扫**码领取**礼品。\n",
    "前言。\n\n到店即可扫<!-- x -->码领取礼品。\n",
    "前言。\n\n到店即可扫&#30721;领取礼品。\n",
])
def test_promotional_phrase_split_by_markup(site: Site, body: str) -> None:
    [(excerpt, line)] = found(site, body, "AD002")
    assert excerpt == "扫码领取" and line == body_line(3)


def test_wrong_term_split_by_emphasis(site: Site) -> None:
    [(excerpt, line)] = found(site, "第一段。\n\n台湾**总统**选举。\n", "TERM001")
    assert excerpt == "台湾总统" and line == body_line(3)


def test_control_the_same_wording_written_plainly_is_found_once(site: Site) -> None:
    assert found(site, "到店即可扫码领取礼品，扫码领取。\n", "AD002") == [("扫码领取", body_line(1))]


def test_control_markup_between_words_that_only_join_as_prose_does_not_fire(site: Site) -> None:
    assert found(site, "区政府推广**新技术**。\n", "AD002") == []
