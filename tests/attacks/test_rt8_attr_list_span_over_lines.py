"""Red team 8: `_SPANS` (reader.py) only pairs emphasis, link text and code spans within one line
(`[^\\n]+?`), but Python-Markdown's spans run over the lines of a paragraph. `*填\\n充*{: hidden}` is
`<em hidden>填\\n充</em>`: the page shows 1101 and 0519491231002X joined, the reader keeps 填/充 in between (the
`{: hidden}` itself is taken out as an attribute list, but nothing is marked possibly hidden, so there is no
second reading).

Inputs (Markdown body):
    身份证号1101*填\\n充*{: hidden}0519491231002X。      (SEC002 expected; also [填\\n充](#){: hidden} and `填\\n充`{: hidden})
    机*x\\ny*{: hidden}密★5年                           (SEC001 expected)
    到店即可扫*x\\ny*{: hidden}码领取礼品。             (AD002 expected)
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
NUMBER = [
    f"身份证号{ID[:4]}*填\n充*{{: hidden}}{ID[4:]}。\n",
    f"身份证号{ID[:4]}[填\n充](#){{: hidden}}{ID[4:]}。\n",
    f"身份证号{ID[:4]}`填\n充`{{: hidden}}{ID[4:]}。\n",
]


def _render(body: str) -> str:
    return markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


def test_the_build_hides_the_filler() -> None:
    assert f"{ID[:4]}<em hidden>填\n充</em>{ID[4:]}" in _render(NUMBER[0])
    assert f'{ID[:4]}<a hidden href="#">填\n充</a>{ID[4:]}' in _render(NUMBER[1])
    assert f"{ID[:4]}<code hidden>填\n充</code>{ID[4:]}" in _render(NUMBER[2])


@pytest.mark.parametrize("body", NUMBER)
def test_number_split_by_hidden_span_over_lines(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert "SEC002" in [f.code for f in site.check()]


def test_mark_split_by_hidden_span_over_lines(site: Site) -> None:
    site.page("content/news/a.md", body="机*x\ny*{: hidden}密★5年\n")
    assert "SEC001" in [f.code for f in site.check()]


def test_phrase_split_by_hidden_span_over_lines(site: Site) -> None:
    site.page("content/news/a.md", body="到店即可扫*x\ny*{: hidden}码领取礼品。\n")
    assert "AD002" in [f.code for f in site.check()]


def test_control_on_one_line(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}*填充*{{: hidden}}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
