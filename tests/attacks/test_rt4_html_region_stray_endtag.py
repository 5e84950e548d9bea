"""Red team 4: a stray end tag in the article ends HtmlDocument's content region early, so the links (and
text) after it are never judged on the rendered page (`gates rescan`).

`_Reader` in gates/model/document.py counts depth by decrementing on *every* end tag, whatever its name.
Python-Markdown passes an editor's stray `</span>` through (`<p>前言</span></p>`), browsers ignore it, and the
reader takes the following `</p>` as the end of `<div data-gates-content>`: `done` is set and every ad link
later in the article is dropped from `links()`.

Secure behaviour: the ad link in the article is reported by AD001 whatever stray markup stands before it.
"""

from __future__ import annotations

import markdown
import pytest

from gates.model.document import HtmlDocument
from gates.rules.ad import ad001_ad_link
from tests.conftest import Site

BODY = "前言</span>\n\n[活动](https://s.click.taobao.com/t)\n"


def _page(content: str) -> str:
    # The shape of gates_mkdocs/templates/main.html: chrome, then the marked region, then chrome.
    return ('<html><head><title>某活动</title></head><body><nav><a href="../">首页</a></nav>\n'
            f'<div data-gates-content>\n{content}\n</div>\n<footer><p>版权所有</p></footer></body></html>')


def test_the_control_without_the_stray_tag_is_reported(site: Site) -> None:
    doc = HtmlDocument.parse("site/news/a/index.html", _page(markdown.markdown(BODY.replace("</span>", ""))))
    assert [f.excerpt for f in ad001_ad_link.RULE.check_text(doc, site.ctx())] == ["s.click.taobao.com"]  # type: ignore[misc]


def test_a_stray_end_tag_does_not_end_the_content_region(site: Site) -> None:
    doc = HtmlDocument.parse("site/news/a/index.html", _page(markdown.markdown(BODY)))
    assert [f.excerpt for f in ad001_ad_link.RULE.check_text(doc, site.ctx())] == ["s.click.taobao.com"]  # type: ignore[misc]


def _built(content: str) -> str:
    # As the templates write it now: the region, then the end marker.
    return ('<html><head><title>某活动</title></head><body><nav><a href="https://item.jd.com/1.html">商城</a></nav>\n'
            f'<div data-gates-content>\n{content}\n</div><!-- /data-gates-content -->\n'
            '<footer><a href="https://www.bet365.com/">x</a></footer></body></html>')


@pytest.mark.parametrize("trick", ["前言</div>", "前言</div></div></div>", "前言<!-- /data-gates-content -->",
                                   "<div><div>前言"])
def test_nothing_in_an_article_moves_the_end_of_the_region(site: Site, trick: str) -> None:
    from gates.crawl.content import content_document

    html = _built(f"<p>{trick}</p>\n<p><a href=\"https://s.click.taobao.com/t\">活动</a></p>")
    for doc in (HtmlDocument.parse("site/news/a/index.html", html), content_document("site/news/a/index.html", html)):
        assert [f.excerpt for f in ad001_ad_link.RULE.check_text(doc, site.ctx())] == ["s.click.taobao.com"]  # type: ignore[misc]
