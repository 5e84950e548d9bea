"""Red team 13: soft_breaks' raw <pre> rule (_KEEPS_NEWLINES: `^[ ]{0,3}<(pre|textarea|listing|xmp|plaintext)\\b
.*?(?:</\\1\\s*>|\\Z)`) matches a custom element whose name starts with one of those (`<pre-note>`: `\\b` holds before
the hyphen), and since `</pre-note>` is not `</pre>`, the stretch runs to the end of the page. Every newline after
it is then "kept" (hard). Python-Markdown makes `<pre-note>…</pre-note>` inline markup in a paragraph (a browser
shows it as ordinary text), so one such line at the top of a page lets every number, mark or wording split over
two lines anywhere below pass.

Inputs (Markdown body), and what Python-Markdown shows:
    <pre-note>注</pre-note>\\n\\n联系人1380013\\n8000        …<p>联系人1380013\\n8000</p>        expected SEC003
    <pre-note>注</pre-note>\\n\\n说明：机\\n密★1年           …<p>说明：机\\n密★1年</p>           expected SEC001
    <pre-note>注</pre-note>\\n\\n据悉，台湾\\n政府发布公告。    …<p>据悉，台湾\\n政府发布公告。</p>   expected TERM001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

CASES = [("联系人1380013\n8000\n", "SEC003"), ("说明：机\n密★1年\n", "SEC001"), ("据悉，台湾\n政府发布公告。\n", "TERM001")]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_custom_element_named_pre_something(site: Site, text: str, code: str) -> None:
    body = "<pre-note>注</pre-note>\n\n" + text
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert "<pre>" not in html and "<p><pre-note>" in html
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_control_a_real_closed_pre(site: Site, text: str, code: str) -> None:
    site.page("content/news/a.md", body="<pre>注</pre>\n\n" + text)
    assert code in [f.code for f in site.check()]
