from __future__ import annotations

from tests.conftest import Site


def reported(site: Site, source: str) -> list[str]:
    site.page("content/news/a.md", body="3月2日，区政府召开常务会议。\n", source=source)
    return [f.message for f in site.check() if f.code == "SRC004"]


def test_plain_original_passes(site: Site) -> None:
    assert reported(site, "{type: original}") == []


def test_original_naming_its_own_unit_or_site_passes(site: Site) -> None:
    assert reported(site, "{type: original, name: 重庆市江北区人民政府办公室}") == []
    assert reported(site, "{type: original, name: 重庆市江北区人民政府, url: \"https://www.cqjb.gov.cn/a.html\"}") == []


def test_original_claiming_another_source(site: Site) -> None:
    [message] = reported(site, "{type: original, name: 新华网}")
    assert "原创稿件却写了来源“新华网”" in message


def test_original_with_an_external_url(site: Site) -> None:
    messages = reported(site, "{type: original, name: 人民网, url: \"https://www.people.com.cn/a.html\"}")
    assert len(messages) == 2 and "原文网址" in messages[1]
