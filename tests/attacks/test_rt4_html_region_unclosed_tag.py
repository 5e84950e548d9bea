"""Red team 4: an unclosed tag in the article makes HtmlDocument read the site's chrome as content, so the
footer's and navigation's links fire AD on the rendered page (`gates rescan`).

`_Reader` counts depth on every start tag that is not void, and HTML lets `<p>`, `<li>` (and, in raw HTML an
editor writes, any inline tag) go unclosed. With `<li>` left open the depth never returns to 0, so the region
never ends and the footer after it is read as the article: its link to an external site fires AD001.

Secure behaviour (the module's own promise): the site's chrome never fires a content rule.
"""

from __future__ import annotations

from gates.model.document import HtmlDocument
from gates.rules.ad import ad001_ad_link
from tests.conftest import Site


def test_chrome_links_do_not_fire_after_an_unclosed_tag(site: Site) -> None:
    html = ('<html><head><title>某活动</title></head><body>\n'
            '<div data-gates-content>\n<p>事项如下<ul><li>第一项<li>第二项</ul>\n</div>\n'
            '<footer><a href="https://www.bet365.com/">x</a></footer></body></html>')
    doc = HtmlDocument.parse("site/news/a/index.html", html)
    assert list(ad001_ad_link.RULE.check_text(doc, site.ctx())) == []  # type: ignore[misc]
