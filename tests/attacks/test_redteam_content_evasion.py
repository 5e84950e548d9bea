"""Red team: 密级 marks and ID numbers that the reader sees but the content rules do not.

SEC001 and SEC002 scan the Markdown source. Markdown and HTML let the same visible text be written in ways the
source scan does not recognise: a character reference (&#26426; is 机), an HTML comment or an empty element
between two characters, emphasis around part of a word, a backslash escape, a zero-width character. The
rendered page shows 机密★1年 or the whole ID number.

Secure behaviour: the rules judge what a reader sees (e.g. the rendered text, or the source with markup and
references resolved and invisible characters removed), so each of these is an error.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec002_id_number
from tests.conftest import Site, codes

MARKS = [
    "&#26426;密★1年",  # character reference
    "机<!-- -->密★1年",  # HTML comment
    "**机**密★1年",  # emphasis
    "机\u200b密★1年",  # zero-width space
    "机<span></span>密★1年",  # empty element
]
IDS = [
    "身份证号 1101051949123100&#50;X。",
    "身份证号 110105194912<!-- x -->31002X。",
    "身份证号 110105<span>194912</span>31002X。",
    "身份证号 11010519491231002\\X。",  # backslash escape: renders as X
    "身份证号 110105194912\u206031002X。",  # word joiner
]


@pytest.mark.parametrize("body", MARKS)
def test_a_disguised_secrecy_mark_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))


@pytest.mark.parametrize("body", IDS)
def test_a_disguised_id_number_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC002" in codes(site.check(path, rules=[sec002_id_number.RULE]))
