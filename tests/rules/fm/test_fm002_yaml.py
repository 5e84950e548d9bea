from __future__ import annotations

from tests.conftest import Site, codes


def test_malformed_yaml_points_at_its_line(site: Site) -> None:
    site.write("content/news/a.md", "---\ntitle: 通知\ncolumn: [news\nunit: qzfb\n---\n正文\n")
    findings = site.check()
    assert codes(findings) == ["FM002"]
    assert findings[0].line in (3, 4, 5)


def test_missing_front_matter(site: Site) -> None:
    site.write("content/news/a.md", "# 只有正文\n")
    assert codes(site.check()) == ["FM002"]


def test_unclosed_front_matter(site: Site) -> None:
    site.write("content/news/a.md", "---\ntitle: 通知\n")
    assert codes(site.check()) == ["FM002"]


def test_front_matter_that_is_a_list(site: Site) -> None:
    site.write("content/news/a.md", "---\n- a\n- b\n---\n")
    assert codes(site.check()) == ["FM002"]


def test_horizontal_rule_in_body_is_not_a_fence(site: Site) -> None:
    site.page("content/news/a.md", body="第一段\n\n---\n\n第二段\n")
    assert site.check() == []


def test_full_width_colon_is_named_at_its_line(site: Site) -> None:
    # A Chinese input method types `：`; YAML fails a line later, and never says why.
    site.write("content/news/a.md", "---\ntitle: 关于开展冬季安全检查的通知\ncolumn：news\nunit: qzfb\n"
                                    "disclosure: 主动公开\nstatus: draft\n---\n正文\n")
    findings = site.check()
    assert codes(findings) == ["FM002"]
    assert findings[0].line == 3 and "全角冒号" in findings[0].message and "column: " in findings[0].message


def test_full_width_colon_inside_a_value_is_fine(site: Site) -> None:
    site.page("content/news/a.md", title='"区政府办公室：关于开展冬季安全检查的通知"')
    assert site.check() == []
