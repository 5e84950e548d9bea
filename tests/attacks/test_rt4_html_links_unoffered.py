"""Red team 4: ways a rendered article links or loads an ad host that HtmlDocument.links() does not offer.

`_LINKING` (gates/model/document.py) knows `href`/`src`/`data` of a few elements only. A browser also loads
`<img srcset>` (with no `src`), `<picture><source srcset>`, `<input type=image src>`, `<video poster>`, follows
an SVG `<a xlink:href>`, and fetches CSS `url()` in a `style` attribute. The text view holds no markup, so
AD never sees these hosts on a rendered page (`gates rescan`).

Secure behaviour: each is AD001, as `<img src>` is.
"""

from __future__ import annotations

import pytest

from gates.model.document import HtmlDocument
from gates.rules.ad import ad001_ad_link
from tests.conftest import Site

CASES = [
    '<img srcset="https://hm.baidu.com/a.gif 1x" alt="">',
    '<picture><source srcset="https://hm.baidu.com/a.gif"><img src="a.png" alt=""></picture>',
    '<input type="image" src="https://hm.baidu.com/a.gif" alt="">',
    '<video poster="https://hm.baidu.com/a.gif"></video>',
    '<svg><a xlink:href="https://s.click.taobao.com/t"><text>活动</text></a></svg>',
    '<p style="background:url(https://hm.baidu.com/a.gif)">活动</p>',
]


@pytest.mark.parametrize("inner", CASES)
def test_an_ad_host_loaded_by_the_article_is_reported(site: Site, inner: str) -> None:
    html = ('<html><head><title>某活动</title></head><body>\n'
            f'<div data-gates-content>\n<p>欢迎参加</p>\n{inner}\n</div></body></html>')
    doc = HtmlDocument.parse("site/news/a/index.html", html)
    assert "AD001" in [f.code for f in ad001_ad_link.RULE.check_text(doc, site.ctx())]  # type: ignore[misc]
