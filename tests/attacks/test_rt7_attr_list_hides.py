"""Red team 7: the site's Markdown has `attr_list` (site_template/mkdocs.yml), so `*填充*{: hidden}` is
`<em hidden>填充</em>` on the page. The reader view takes the emphasis out and keeps 填充 and the `{: hidden}`
as text, so the filler splits the ID number or the 密级 mark for SEC while the browser shows it whole.

Inputs (Markdown body):
    身份证号1101*填充*{: hidden}0519491231002X。               (SEC002 expected)
    身份证号1101[填充](#){: style="display:none"}0519491231002X。 (SEC002 expected)
    机*x*{: hidden}密★5年                                    (SEC001 expected)
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
NUMBER = [
    f"身份证号{ID[:4]}*填充*{{: hidden}}{ID[4:]}。\n",
    f'身份证号{ID[:4]}[填充](#){{: style="display:none"}}{ID[4:]}。\n',
]
MARK = "机*x*{: hidden}密★5年\n"


def _render(body: str) -> str:
    return markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


def test_the_build_hides_the_filler() -> None:
    assert "<em hidden>填充</em>" in _render(NUMBER[0])
    assert '<a href="#" style="display:none">填充</a>' in _render(NUMBER[1])
    assert "机<em hidden>x</em>密★5年" in _render(MARK)


@pytest.mark.parametrize("body", NUMBER)
def test_a_number_split_by_filler_attr_list_hides(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC002" in [f.code for f in site.check()]


def test_a_mark_split_by_filler_attr_list_hides(site: Site) -> None:
    site.page("content/news/a.md", body=MARK)
    assert "SEC001" in [f.code for f in site.check()]


def test_control_the_same_filler_as_html_is_found(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}<em hidden>填充</em>{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
