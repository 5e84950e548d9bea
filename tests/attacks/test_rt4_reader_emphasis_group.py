"""Red team 4: emphasis around one digit group of a spaced or hyphenated number hides it from SEC.

The reader view (and its new shortcut, `_HARD`/`_SOFT` in detect/reader.py) treats an emphasis run as
harmless unless it stands between two characters of `_JOINABLE` (digits, X, ★, the mark words). But the
number detector accepts a space or a hyphen between digit groups (detect/numbers.py `_GAP`), and neither is
in `_JOINABLE`. So in `138 **0013** 8000` the run `**` follows a space: the shortcut says "nothing can hide
anything", the text is read as written, and the `*` characters break the digit run. The page renders as
138 <strong>0013</strong> 8000, i.e. the reader sees `138 0013 8000`, which SEC003 reports when written plainly.

The same holds for 密级 marks, whose detector reads through a space before ★ and needs the 密级 label whole:
`本文件为机密 **★** 十年` renders 本文件为机密 ★ 十年, and `密**级**：机密` renders 密级：机密 (级 is not in
`_JOINABLE`); both are SEC001 when written plainly, and neither is found.

Secure behaviour: each body below is an error, like its plain spelling.
"""

from __future__ import annotations

import pytest

from gates.domain.rule import Rule
from gates.rules.sec import sec001_secrecy_mark, sec002_id_number, sec003_mobile, sec004_bank_card
from tests.conftest import Site, codes

CASES = [
    ("联系电话 138 **0013** 8000。", sec003_mobile.RULE),
    ("联系电话 138-*0013*-8000。", sec003_mobile.RULE),
    ("联系电话 138 0013 __8000__。", sec003_mobile.RULE),
    ("身份证号 110105 **19491231** 002X。", sec002_id_number.RULE),
    ("银行卡号 6222 0200 **0000** 0000 000。", sec004_bank_card.RULE),
    ("本文件为机密 **★** 十年", sec001_secrecy_mark.RULE),
    ("密**级**：机密", sec001_secrecy_mark.RULE),
]


@pytest.mark.parametrize(("body", "rule"), CASES)
def test_plain_spelling_is_found(site: Site, body: str, rule: Rule) -> None:
    plain = body.replace("*", "").replace("_", "")
    path = site.page("content/news/a.md", body=plain + "\n")
    assert rule.code in codes(site.check(path, rules=[rule]))


@pytest.mark.parametrize(("body", "rule"), CASES)
def test_emphasis_around_one_digit_group_does_not_hide_the_number(site: Site, body: str, rule: Rule) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert rule.code in codes(site.check(path, rules=[rule]))
