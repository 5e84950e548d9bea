"""Red team 5: raw HTML in a page that loads (or sends the reader to) an ad host, which detect/links.py does
not see. Protocol-relative addresses (`//host/…`) carry no "https://" for the bare-URL pass to find.

Each body was rendered with Python-Markdown and opened in headless Chromium, which requested the ad host:

- a `<style>` element's `url()`: only start tags' attributes are read, not an element's text;
- `style="background:url&#40;//…)"`: the attribute is entity-decoded before CSS parses it, `_CSS_URL` wants
  a literal "url(";
- `style="background:\\75 rl(//…)"`: a CSS escape in the function name (\\75 is "u");
- `style="background-image:image-set('//…' 1x)"`: image-set() takes plain strings;
- `<iframe srcdoc="&lt;img src&#61;//…&gt;">`: the srcdoc document is entity-encoded HTML;
- `<meta http-equiv="refresh" content="0;url=//…">`: the page itself is sent to the ad host;
- `<a href="/" ping="//hm.baidu.com/hm.gif">`: a tracking beacon sent on every click (ping is not read);
- `<img alt=x< src="//…">` in an HTML block: a "<" in an unquoted value is allowed by browsers, `_TAG` stops.

Secure behaviour: AD001 for each.
"""

from __future__ import annotations

import pytest

from tests.conftest import Site, codes

BODIES = [
    "<style>body{background:url(//doubleclick.net/x.gif)}</style>",
    '<span style="background:url&#40;//doubleclick.net/x.gif)">活动</span>',
    '<span style="background:\\75 rl(//doubleclick.net/x.gif)">活动</span>',
    "<span style=\"background-image:image-set('//doubleclick.net/a.png' 1x)\">活动</span>",
    '<iframe srcdoc="&lt;img src&#61;//doubleclick.net/x.gif&gt;"></iframe>',
    '<meta http-equiv="refresh" content="0;url=//doubleclick.net/">',
    '<a href="/" ping="//hm.baidu.com/hm.gif">首页</a>',
    '<div>\n<img alt=x< src="//doubleclick.net/x.gif">\n</div>',
]


def test_the_control_is_reported(site: Site) -> None:
    path = site.page("content/news/a.md", body='<span style="background:url(//doubleclick.net/x.gif)">活动</span>\n')
    assert "AD001" in codes(site.check(path))


@pytest.mark.parametrize("body", BODIES)
def test_raw_html_loading_an_ad_host_is_reported(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "AD001" in codes(site.check(path))
