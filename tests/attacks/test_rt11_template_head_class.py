"""Red team 11: the rendered page's reader treats the templates' own head (the 公开要素 table and the byline at the
start of the content region) as shown, though it carries classes, so an article is not read twice by SEC. An
editor can write the same classes in Markdown: can they hide the filler that splits a number behind them?

Attacks, each on an article page with the templates' real head above the editor's body:
1. the byline's class on an element in the body, around the filler;
2. the byline's class with `hidden`, or with a second class that hides;
3. a style sheet in the region that hides the byline;
4. the editor's body starting with a copy of the byline, the filler nested inside it.

Secure behaviour: SEC003 finds the number from either reader. Only the head, in exactly the shape the templates
write it (nothing but text inside, no other attribute) and in a region without a style sheet, is read as shown.

Found on the way (4, not the exemption's doing, and as old as the rendered reader): a number inside ANY classed
element, split by a hidden element nested in it (`<p class="x">1380013<span hidden>,</span>8000</p>`), was missed
on the rendered side: the text "without what may be hidden" dropped the classed element whole, and the text with
it kept the filler. Fixed: where possibly hidden content nests inside possibly hidden content, both readers give
SEC the region's HTML, which the Markdown reader reads depth by depth (model/document.py, whole_region).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec import sec003_mobile
from tests.conftest import Site

READERS: list[Callable[[str, str], HtmlDocument]] = [HtmlDocument.parse, content_document]
HEAD = ('<div class="gates-meta"><table class="gates-meta__table"><caption>公开要素</caption><tbody>'
        '<tr><th scope="row">发布日期</th><td>2026-03-20</td></tr></tbody></table></div>\n\n'
        '<p class="gates-byline"><span>发布时间：<time datetime="2026-03-20T09:00+08:00">2026-03-20 09:00</time>'
        '</span><span>来源：江北区人民政府办公室</span></p>\n\n')


def _article(body: str) -> str:
    # As gates_mkdocs/templates/main.html and gates/site/render.py write an article.
    return ('<html><head><title>通知</title></head><body><nav><a href="/">首页</a></nav>\n'
            f'<div data-gates-content>\n    \n      <h1>通知</h1>\n    \n    {HEAD}{body}\n'
            '  </div><!-- /data-gates-content -->\n<footer><p>版权所有</p></footer></body></html>')


def _found(doc: HtmlDocument, site: Site) -> bool:
    return any(f.code == "SEC003" for f in sec003_mobile.RULE.check_text(doc, site.ctx()))  # type: ignore[misc]


@pytest.mark.parametrize("read", READERS)
def test_the_control_is_found(site: Site, read: Callable[[str, str], HtmlDocument]) -> None:
    assert _found(read("site/news/a/index.html", _article("<p>联系电话 13800138000。</p>")), site)


@pytest.mark.parametrize("body", [
    '<p>联系电话 1380013<span class="gates-byline">,</span>8000。</p>',
    '<p>联系电话 1380013<span class="gates-byline" hidden>,</span>8000。</p>',
    '<p>联系电话 1380013<span class="gates-byline gates-visually-hidden">,</span>8000。</p>',
    '<style>.gates-byline{display:none}</style><p>联系电话 1380013<span class="gates-byline">,</span>8000。</p>',
])
@pytest.mark.parametrize("read", READERS)
def test_the_heads_classes_in_the_editors_body_still_count_as_hiding(
        site: Site, read: Callable[[str, str], HtmlDocument], body: str) -> None:
    assert _found(read("site/news/a/index.html", _article(body)), site)




@pytest.mark.parametrize("body", [
    pytest.param('<p class="gates-byline"><span>联系电话 1380013<b class="x">,</b>8000</span></p>', ),
    pytest.param('<p class="gates-byline"><span>联系电话 1380013<span hidden>,</span>8000</span></p>', ),
    pytest.param('<p class="note">联系电话 1380013<span hidden>,</span>8000</p>', ),
    pytest.param('<p class="note">联系电话 1380013<span class="gates-visually-hidden">,</span>8000</p>', ),
    pytest.param('<p class="gates-date">联系电话 1380013<span class="gates-date x">,</span>8000</p>', ),
])
@pytest.mark.parametrize("read", READERS)
def test_a_filler_nested_in_a_classed_element_is_seen_through(
        site: Site, read: Callable[[str, str], HtmlDocument], body: str) -> None:
    assert _found(read("site/news/a/index.html", _article(body)), site)


@pytest.mark.parametrize("read", READERS)
def test_the_templates_own_nested_classes_keep_the_fast_reading(read: Callable[[str, str], HtmlDocument]) -> None:
    """The templates' listings nest gates-* classes, which gates.css never hides: no region source for them (it
    cost the re-scan a third of its time); a filler in one is shown, so nothing is missed."""
    listing = ('<section class="gates-list"><ul class="gates-list__items"><li><a href="/a/">通知</a>'
               '<time class="gates-date" datetime="2026-03-20">2026-03-20</time></li></ul></section>')
    assert read("site/news/index.html", _article(listing))._source is None
