"""LINK002: a #fragment that names no place on its page."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401

TARGET = """<h2 id="%E4%B8%80%E3%80%81%E5%B7%A5%E4%BD%9C%E7%9B%AE%E6%A0%87">一、工作目标</h2>
<h2 id="二工作措施">二、工作措施</h2><p>具体措施如下。</p>"""


def test_fires_on_a_missing_place_on_another_page_and_on_the_same_page(published: Published,
                                                                      net_guard: object) -> None:
    published.home()
    published.write("policies/yaodian/index.html", page_html("2026年政务公开工作要点", TARGET))
    published.write("policies/jiedu/index.html", page_html("《2026年政务公开工作要点》政策解读", """
<p>详见<a href="../yaodian/#三保障措施">保障措施</a>；本文<a href="#附件">附件</a>。</p>"""))
    found = published.findings("LINK002")
    assert len(found) == 2
    assert {f.message.split(" ")[1] for f in found} == {"../yaodian/#三保障措施", "#附件"}
    assert all(f.path.endswith("policies/jiedu/index.html") for f in found)


def test_quiet_for_places_that_exist(published: Published, net_guard: object) -> None:
    published.home()
    published.write("policies/yaodian/index.html", page_html("2026年政务公开工作要点", TARGET))
    published.write("policies/jiedu/index.html", page_html("《2026年政务公开工作要点》政策解读", """
<p>见<a href="../yaodian/#二工作措施">工作措施</a>、<a href="../yaodian/#%E4%BA%8C%E5%B7%A5%E4%BD%9C%E6%8E%AA%E6%96%BD">同一位置</a>、
<a href="../yaodian/#一、工作目标">工作目标</a>、<a href="#top">回到顶部</a>、<a href="#">顶部</a>。</p>"""))
    assert published.findings("LINK002") == []
