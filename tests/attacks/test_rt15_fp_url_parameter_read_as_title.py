"""Red team 15, false positive: `gates check` finds a shown attribute in raw HTML with `_SHOWN_ATTRIBUTE`
(gates/detect/reader.py), a regex over the whole source: `(?<![\\w-])(?:alt|data-label|title)\\s*=\\s*…`. A URL's
query parameter of the same name matches it too (`?title=` / `&title=`: preceded by ? or &), so the value of a
parameter inside an href, which no reader is shown, is read "on its own" as if it were a tooltip:

    <p><a href="https://www.example.gov.cn/s?title=13800138000">查询</a></p>        got SEC003
    <p><a href="https://www.example.gov.cn/s?id=13800138000">查询</a></p>           nothing (control)

`gates rescan` of the same built page reports nothing for either. Expected: nothing, as for ?id=.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

LINK = '<p><a href="https://www.example.gov.cn/s?{}=13800138000">查询</a></p>'


@pytest.mark.parametrize("name", ["title", "alt", "id"])
def test_a_parameter_in_an_href(site: Site, name: str) -> None:
    body = LINK.format(name)
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body
    site.page("content/news/a.md", body=body + "\n")
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []
