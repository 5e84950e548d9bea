"""Red team 15: `gates check` reads a raw HTML title or alt on its own (`_SHOWN_ATTRIBUTE`, gates/detect/reader.py)
for SEC, and TERM/AD read it as written; but a character reference inside the attribute is never decoded for the
wording. A browser shows the tooltip/alt decoded, and `gates rescan` of the same built page reads it decoded and
reports it. Inputs (Markdown body, passed through unchanged):
    <p><a href="x" title="扫&#30721;领取">详情</a></p>          tooltip 扫码领取       expected AD002, got nothing
    <p><img src="a.png" alt="台&#28286;总统选举"></p>           alt 台湾总统选举       expected TERM001, got nothing
The same in plain Markdown (Python-Markdown keeps the reference in the built title/alt):
    [详情](x "扫&#30721;领取")                                   expected AD002, got nothing
    ![扫&#30721;领取](a.png)                                     expected AD002, got nothing
(The same with a number, title="联系人&#49;3800138000", is found: SEC decodes it.)
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site


@pytest.mark.parametrize(("body", "code"), [
    ('<p><a href="x" title="扫&#30721;领取">详情</a></p>', "AD002"),
    ('<p><img src="a.png" alt="台&#28286;总统选举"></p>', "TERM001"),
])
def test_entity_in_a_shown_attribute(site: Site, body: str, code: str) -> None:
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body
    site.page("content/news/a.md", body=body + "\n")
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize("body", ['[详情](x "扫&#30721;领取")', "![扫&#30721;领取](a.png)"])
def test_entity_in_a_markdown_title_or_alt(site: Site, body: str) -> None:
    assert "扫&#30721;领取" in markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    site.page("content/news/a.md", body=body + "\n")
    assert "AD002" in [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), [
    ('<p><a href="x" title="扫码领取">详情</a></p>', "AD002"),
    ('<p><img src="a.png" alt="台湾总统选举"></p>', "TERM001"),
    ('<p><a href="x" title="联系人&#49;3800138000">详情</a></p>', "SEC003"),
    ('[详情](x "扫码领取")', "AD002"),
])
def test_control_written_plainly(site: Site, body: str, code: str) -> None:
    site.page("content/news/a.md", body=body + "\n")
    assert code in [f.code for f in site.check()]
