"""Red team 9, false positive: TERM reads the text as written as well as the reader's view, and reports every hit of
the written text. Where emphasis or a tag splits the RIGHT form that contains the wrong one, the written text holds
the wrong form without its allowed context, so TERM001 (an error that blocks the merge) fires although the page
shows only the right form:

    深入学习贯彻**习近平**新时代中国特色社会主义思想。                shows 深入学习贯彻习近平新时代中国特色社会主义思想。
    深入学习贯彻<strong>习近平</strong>新时代中国特色社会主义思想。  (the same, pasted HTML)
    深入学习贯彻<span style="color:#c00">习近平</span>新时代中国特色社会主义思想。   (a red name, as pasted from WeChat)
    台湾与中国**大陆**                                              shows 台湾与中国大陆 (terms.yml's own allow)
Secure behaviour: no TERM finding (the reader sees the right form; the written text shows the wrong one to nobody).
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = [
    "深入学习贯彻**习近平**新时代中国特色社会主义思想。\n",
    "深入学习贯彻<strong>习近平</strong>新时代中国特色社会主义思想。\n",
    '深入学习贯彻<span style="color:#c00">习近平</span>新时代中国特色社会主义思想。\n',
    "台湾与中国**大陆**\n",
]


def test_the_page_shows_the_right_form() -> None:
    html = markdown.markdown(BODIES[0], extensions=["tables", "attr_list", "toc"])
    assert html == "<p>深入学习贯彻<strong>习近平</strong>新时代中国特色社会主义思想。</p>"


@pytest.mark.parametrize("body", BODIES)
def test_right_form_split_by_markup(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code.startswith("TERM")] == []


def test_control_right_form_plain(site: Site) -> None:
    site.page("content/news/a.md", body="深入学习贯彻习近平新时代中国特色社会主义思想。\n")
    assert [f.code for f in site.check() if f.code.startswith("TERM")] == []
