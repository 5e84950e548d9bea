"""Red team 11: a soft line break (a single newline inside a paragraph) shows as a space, so `1380013\\n8000`
shows as `1380013 8000`, which the number detector reads as a mobile number written in groups, while the reader
view kept the newline and no detector reads a number across one: SEC003 did not fire. Between two full-width
digits Firefox removes the break altogether (`１３８００１３\\n８０００` shows as one run).

Inputs (Markdown body):
    联系人手机1380013\\n8000。                      secure: SEC003
    身份证号110105\\n19491231002X。                secure: SEC002
    联系人手机１３８００１３\\n８０００。           secure: SEC003
"""

from __future__ import annotations

import pytest

from tests.conftest import Site

CASES = [("联系人手机1380013\n8000。\n", "SEC003"), ("身份证号110105\n19491231002X。\n", "SEC002"),
         ("联系人手机\uff11\uff13\uff18\uff10\uff10\uff11\uff13\n\uff18\uff10\uff10\uff10。\n", "SEC003")]


@pytest.mark.parametrize(("body", "code"), CASES)
def test_number_over_a_soft_line_break(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_the_same_number_with_a_space(site: Site) -> None:
    site.page("content/news/a.md", body="联系人手机1380013 8000。\n")
    assert "SEC003" in [f.code for f in site.check()]
