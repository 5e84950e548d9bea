"""Red team 5: an ad host spelled so that the browser goes to it but detect/hosts.py reads another host.

Checked in headless Chromium on the Python-Markdown output (resolved `href`/`src`, requests sent):

- A character reference in a Markdown link's destination: Python-Markdown keeps `&#100;` as it is in
  `href="https://&#100;oubleclick.net/"`, the browser decodes it (→ https://doubleclick.net/); gates reads the
  destination raw, so urlsplit sees host "&" and a fragment (AD003, a warning), or with `ht&#116;ps://` no
  scheme at all (nothing).
- A percent-encoded host: browsers percent-decode the host (`doublecl%69ck.net` → doubleclick.net, the image
  is requested from doubleclick.net); normalize_host keeps "%69" (AD003 only).
- A special scheme without slashes: `http:doubleclick.net/x.gif` on an https page is http://doubleclick.net/
  to a browser (the scheme differs from the page's, so what follows is the authority; checked in Chromium with the mirror case, `https:doubleclick.net/x.gif` on an http page,
  which requested https://doubleclick.net/x.gif); gates sees no host.

Secure behaviour: AD001, as for https://doubleclick.net/.
"""

from __future__ import annotations

import pytest

from tests.conftest import Site, codes

BODIES = [
    "[点击领取](https://&#100;oubleclick.net/)",
    "[点击领取](ht&#116;ps://doubleclick.net/)",
    "[点击领取](https://doublecl%69ck.net/)",
    '<img src="https://doublecl%69ck.net/x.gif" alt="活动">',
    "[点击领取](http:doubleclick.net/)",
    '<img src="http:doubleclick.net/x.gif" alt="活动">',
]


def test_the_control_is_reported(site: Site) -> None:
    path = site.page("content/news/a.md", body="[点击领取](https://doubleclick.net/)\n")
    assert "AD001" in codes(site.check(path))


@pytest.mark.parametrize("body", BODIES)
def test_an_encoded_ad_host_is_reported(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "AD001" in codes(site.check(path))
