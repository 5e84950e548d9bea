"""Red team 5: `<!--` and `-->` written inside Markdown code spans are shown as text, but the reader view
takes them for an HTML comment and drops everything between them, text outside the code spans included.

The reader (gates/detect/reader.py) removes backticks as emphasis and then matches `<!--.*?-->` across them.
Python-Markdown renders `` `<!--` 机密★1年 `-->` `` as `<code>&lt;!--</code> 机密★1年 <code>--&gt;</code>`:
headless Chromium shows `<!-- 机密★1年 -->` (the mark in plain running text), and the same for an ID or a
mobile number. Nothing of it reaches SEC001-SEC003. The same with `` `<!` 机密★1年 `>` ``: the reader's
`<[?!][^>]*>?` takes it for a declaration (Chromium shows `<! 机密★1年 >`).

Secure behaviour: each is found as when written without the code spans.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec002_id_number, sec003_mobile
from tests.conftest import Site, codes

RULES = [sec001_secrecy_mark.RULE, sec002_id_number.RULE, sec003_mobile.RULE]
CASES = [("机密★1年", "SEC001"), ("身份证号 11010519491231002X", "SEC002"), ("联系电话 13800138000", "SEC003")]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_the_control_is_found(site: Site, text: str, code: str) -> None:
    path = site.page("content/news/a.md", body=f"`注` {text} `注`\n")
    assert code in codes(site.check(path, rules=RULES))


@pytest.mark.parametrize(("text", "code"), CASES)
def test_text_between_code_spans_that_look_like_a_comment_is_found(site: Site, text: str, code: str) -> None:
    path = site.page("content/news/a.md", body=f"`<!--` {text} `-->`\n")
    assert code in codes(site.check(path, rules=RULES))


@pytest.mark.parametrize(("text", "code"), CASES)
def test_text_after_a_code_span_that_looks_like_a_declaration_is_found(site: Site, text: str, code: str) -> None:
    # `<!` in a code span opens a "declaration" in the reader view that runs to the next `>`.
    path = site.page("content/news/a.md", body=f"`<!` {text} `>`\n")
    assert code in codes(site.check(path, rules=RULES))


@pytest.mark.parametrize(("text", "code"), CASES)
def test_text_in_double_backtick_spans_that_look_like_a_comment_is_found(site: Site, text: str, code: str) -> None:
    path = site.page("content/news/a.md", body=f"``<!--`` {text} ``-->``\n")
    assert code in codes(site.check(path, rules=RULES))
