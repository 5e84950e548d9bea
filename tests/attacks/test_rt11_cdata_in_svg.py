"""Red team 11: inside inline `<svg>` or `<math>` (foreign content) `<![CDATA[…]]>` is a real CDATA section and its
text shows (in an svg `<text>`, a MathML `<mi>`); only in HTML proper is it a bogus comment up to the first `>`.
Red team 10's fix read it as a bogus comment everywhere, so `<svg><text><![CDATA[机密★1年]]></text></svg>` hid
the mark from every reading (and the number, and the wording).

Inputs (Markdown body):
    <svg width="200" height="30"><text x="0" y="20"><![CDATA[机密★1年]]></text></svg>     secure: SEC001
    <math><mi><![CDATA[身份证号11010519491231002X]]></mi></math>                        secure: SEC002
    台湾<svg><text><![CDATA[政府]]></text></svg> (wording read on its own from the svg)  checked: the svg's text
while in HTML proper the bogus comment stays one (red team 10: 台湾<![CDATA[>政府]]> shows 台湾政府]]>).
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

CASES = [
    ('<svg width="200" height="30"><text x="0" y="20"><![CDATA[机密★1年]]></text></svg>\n', "SEC001"),
    ('<p>文件</p>\n<svg width="200" height="30"><text x="0" y="20"><![CDATA[\n机密★1年\n]]></text></svg>\n', "SEC001"),
    ("<math><mi><![CDATA[身份证号11010519491231002X]]></mi></math>\n", "SEC002"),
    ("说明：<math><mi>1101051949</mi><mi><![CDATA[1231002X]]></mi></math>\n", "SEC002"),
]


def test_the_build_passes_it_through() -> None:
    assert "<![CDATA[机密★1年]]>" in markdown.markdown(CASES[0][0], extensions=["tables", "attr_list", "toc"])


@pytest.mark.parametrize(("body", "code"), CASES)
def test_cdata_in_foreign_content_shows(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_cdata_in_html_is_still_a_bogus_comment(site: Site) -> None:
    site.page("content/news/a.md", body="台湾<![CDATA[>政府]]>\n")
    assert "TERM001" in [f.code for f in site.check()]


def test_control_cdata_after_the_svg_closed_is_html_again(site: Site) -> None:
    site.page("content/news/a.md", body="<svg><text>图</text></svg>台湾<![CDATA[>政府]]>\n")
    assert "TERM001" in [f.code for f in site.check()]
