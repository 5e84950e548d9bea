"""Red team 4: an ad or tracking image loaded through `srcset` passes `gates check` (and rescan).

In Markdown, detect/links.py matches the raw `<img ...>` tag and reads only href/src/action/data/poster; the
tag's span is then "covered", so the bare-URL pass does not look inside it either. A browser loads the
`srcset` candidate of an `<img>` without `src`, or of a `<picture><source>`: the page shows the ad host's
image (here Baidu's tracking pixel). HtmlDocument does not offer srcset either
(test_rt4_html_links_unoffered.py).

Secure behaviour: AD001, as for `<img src="https://hm.baidu.com/a.gif">`.
"""

from __future__ import annotations

import pytest

from tests.conftest import Site, codes

BODIES = [
    '<img srcset="https://hm.baidu.com/a.gif 1x" alt="活动">',
    '<picture><source srcset="https://hm.baidu.com/a.gif"><img src="a.png" alt="活动"></picture>',
]


def test_the_control_with_src_is_reported(site: Site) -> None:
    path = site.page("content/news/a.md", body='<img src="https://hm.baidu.com/a.gif" alt="活动">\n')
    assert "AD001" in codes(site.check(path))


@pytest.mark.parametrize("body", BODIES)
def test_an_image_loaded_through_srcset_is_reported(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "AD001" in codes(site.check(path))
