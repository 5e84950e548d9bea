"""Red team 13: soft_breaks reads the newline after any line ending in a block element's end tag as hard (the
raw HTML block ends there). But an end tag at the end of a line of a paragraph (the line did not open a raw HTML
block) is just inline markup to Python-Markdown, which keeps both lines in one <p>; and a browser ignores an end
tag whose element is not open (</section>, </td> outside a table, </li> outside a list: parse error, ignored).
So the two lines are shown joined, yet `gates check` passes them. (The re-scan of the built page finds them.)

Inputs (Markdown body), and what Python-Markdown writes (a browser shows the joined text):
    说明：机</section>\\n密★1年           <p>说明：机</section>\\n密★1年</p>          说明：机密★1年     expected SEC001
    联系人1380013</td>\\n8000             <p>联系人1380013</td>\\n8000</p>             联系人1380013 8000  expected SEC003
    据悉，台湾</li>\\n政府发布公告。       <p>据悉，台湾</li>\\n政府发布公告。</p>       据悉，台湾政府…     expected TERM001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

CASES = [("说明：机</section>\n密★1年\n", "SEC001"),
         ("联系人1380013</td>\n8000\n", "SEC003"),
         ("据悉，台湾</li>\n政府发布公告。\n", "TERM001")]


@pytest.mark.parametrize(("body", "code"), CASES)
def test_stray_end_tag_ending_a_paragraph_line(site: Site, body: str, code: str) -> None:
    html = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1 and "\n" in html
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [("说明：机\n密★1年\n", "SEC001"), ("联系人1380013\n8000\n", "SEC003"),
                                            ("据悉，台湾\n政府发布公告。\n", "TERM001")])
def test_control_without_the_end_tag(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]
