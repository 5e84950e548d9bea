"""Red team 7: more ways to split a promotional phrase that the page still shows whole.

- reference links `[扫][1][码领取][1]`: `_AT_LINK` takes only inline links, so the brackets stay in the reader
  view; Python-Markdown writes two adjacent links, 扫码领取.
- a code span `扫`码领取``: a lone backquote run is not "inside a word" for the wording walk (only * or ~ count),
  so the text is read as written, backquotes in; the page shows 扫<code>码领取</code>.
- ruby: `扫<ruby>码<rt>ma</rt></ruby>领取` shows 扫码领取 on the line with "ma" above it; <rt> is kept in line.
Secure behaviour: AD002 on line 8 for each.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = [
    "到店即可[扫][1][码领取][1]礼品。\n\n[1]: https://www.example.gov.cn/\n",
    "到店即可扫`码领取`礼品。\n",
    "到店即可扫<ruby>码<rt>ma</rt></ruby>领取礼品。\n",
]


def test_the_build_shows_the_phrase_whole() -> None:
    html = markdown.markdown(BODIES[0])
    assert '<a href="https://www.example.gov.cn/">扫</a><a href="https://www.example.gov.cn/">码领取</a>' in html
    assert "扫<code>码领取</code>礼品" in markdown.markdown(BODIES[1])


@pytest.mark.parametrize("body", BODIES)
def test_promotional_phrase_split(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [(f.excerpt, f.line) for f in site.check() if f.code == "AD002"] == [("扫码领取", 8)]


def test_control_inline_links(site: Site) -> None:
    site.page("content/news/a.md", body="到店即可[扫](a)[码领取](b)礼品。\n")
    assert [(f.excerpt, f.line) for f in site.check() if f.code == "AD002"] == [("扫码领取", 8)]
