from __future__ import annotations

import pytest

from tests.conftest import Site, codes

TITLE = "重庆市江北区人民政府办公室关于转发《重庆市城镇燃气管理办法》的通知"
SRC = "{type: reprint, name: 重庆市人民政府, url: 'https://www.cq.gov.cn/zwgk/a.html'"


def test_forwarded_without_original_disclosure(site: Site) -> None:
    site.page("content/policies/a.md", title=TITLE)
    [finding] = site.check()
    assert finding.code == "ATTR006" and finding.line == 2


@pytest.mark.parametrize("title", [TITLE, "转发市政府办公厅关于做好冬季供暖工作的通知"])
def test_forwarded_with_original_disclosure(site: Site, title: str) -> None:
    site.page("content/policies/a.md", title=title, source=SRC + ", disclosure: 主动公开}")
    assert "ATTR006" not in codes(site.check())


def test_forwarded_with_confirmation(site: Site) -> None:
    site.page("content/policies/a.md", title=TITLE,
              source=SRC + ", disclosure_confirmed: {by: 市政府办公厅秘书处 王某, date: 2024-05-06}}")
    assert "ATTR006" not in codes(site.check())


def test_confirmation_incomplete(site: Site) -> None:
    site.page("content/policies/a.md", title=TITLE, source=SRC + ", disclosure_confirmed: {by: 王某}}")
    assert "ATTR006" in codes(site.check())


def test_more_open_than_the_original(site: Site) -> None:
    site.page("content/policies/a.md", title=TITLE, source=SRC + ", disclosure: 依申请公开}")
    [finding] = [f for f in site.check() if f.code == "ATTR006"]
    assert "依申请公开" in finding.message


def test_invalid_original_value(site: Site) -> None:
    site.page("content/policies/a.md", title=TITLE, source=SRC + ", disclosure: 公开}")
    assert "ATTR006" in codes(site.check())


def test_reprint_of_an_official_document_by_source_title(site: Site) -> None:
    site.page("content/policies/a.md", title="重庆市城镇燃气管理办法",
              source=SRC + ", title: 重庆市人民政府关于印发城镇燃气管理办法的通知}")
    assert "ATTR006" in codes(site.check())


def test_news_mentioning_forwarding_is_not_a_forwarded_document(site: Site) -> None:
    site.page("content/news/a.md", title="区政府召开常务会议 研究转发有关文件等事项")
    assert site.check() == []
