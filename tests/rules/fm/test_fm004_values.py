from __future__ import annotations

import pytest

from tests.conftest import Site, codes


@pytest.mark.parametrize("meta", [
    {"status": "publish"},
    {"importance": "重要"},
    {"sensitive": "是"},
    {"channel": "weibo"},
    {"co_units": "[nobody]"},
    {"co_units": "[qzfb]"},
    {"title": "2024"},
])
def test_bad_values_fire(site: Site, meta: dict[str, str]) -> None:
    site.page("content/news/a.md", **meta)
    assert codes(site.check()) == ["FM004"]


@pytest.mark.parametrize("meta", [
    {"status": "withdrawn"},
    {"importance": "important"},
    {"sensitive": "false"},
    {"channel": "wechat"},
    {"co_units": "[fgw]"},
    {"title": "'2024'"},
])
def test_good_values_pass(site: Site, meta: dict[str, str]) -> None:
    site.page("content/news/a.md", **meta)
    assert site.check() == []


def test_odd_yaml_shapes_are_findings_not_crashes(site: Site) -> None:
    site.page("content/news/a.md", co_units="[{a: 1}]", channel="{x: 1}")
    found = site.check()
    assert codes(found) == ["FM004", "FM004"]
