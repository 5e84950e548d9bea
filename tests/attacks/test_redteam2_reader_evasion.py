"""Red team 2: 密级 marks and ID numbers that still render whole, though the reader view (detect/reader.py) was
built to take markup out.

The reader view removes comments, tags matched by `</?[A-Za-z][^<>\\n]*>`, character references, emphasis,
backslash escapes and a fixed list of invisible characters. What it misses, each checked against the demo's
own Markdown (tables, attr_list, toc) and how a browser shows the result:

- a character reference *to* an invisible character: `&zwj;` becomes U+200D after the invisible characters
  were already taken out, so it splits the word in the reader's text but not on screen;
- invisible characters not on the list: U+034F COMBINING GRAPHEME JOINER, variation selectors (U+FE00);
- Markdown link and code-span syntax around part of a word: `机[密](#)★1年` renders 机<a>密</a>★1年;
- a tag whose quoted attribute holds `>`: `<span title="a>b">`; a CDATA section or processing instruction,
  which Python-Markdown passes through and browsers show as nothing.

Secure behaviour: each is an error, like the round-one disguises.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec002_id_number
from tests.conftest import Site, codes

MARKS = [
    "机&zwj;密★1年",  # a reference to a zero-width joiner
    "机&#8203;密★1年",  # ... to a zero-width space
    "机\u034f密★1年",  # combining grapheme joiner (invisible)
    "机\ufe00密★1年",  # variation selector-1 (invisible)
    "机[密](#)★1年",  # an inline link around one character
    "机`密`★1年",  # a code span
    '机<span title="a>b">密★1年',  # '>' inside a quoted attribute
    "机<![CDATA[]]>密★1年",  # CDATA: a bogus comment to a browser
    "机<?x?>密★1年",  # processing instruction: a bogus comment to a browser
]
IDS = [
    "身份证号 110105&zwj;19491231002X。",
    "身份证号 110105\u034f19491231002X。",
    "身份证号 110105[1949](#)1231002X。",
    "身份证号 110105`1949`1231002X。",
    '身份证号 110105<span title="a>b">19491231002X。',
]


@pytest.mark.parametrize("body", MARKS)
def test_a_secrecy_mark_disguised_past_the_reader_view_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))


@pytest.mark.parametrize("body", IDS)
def test_an_id_number_disguised_past_the_reader_view_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC002" in codes(site.check(path, rules=[sec002_id_number.RULE]))
