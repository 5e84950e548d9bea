from __future__ import annotations

from tests.conftest import Site, codes
from tests.rules._pages import SUBSIDY_RAW


def test_mobiles_in_a_recipient_table(site: Site) -> None:
    site.page("content/notices/a.md", body=SUBSIDY_RAW)
    found = [f for f in site.check() if f.code == "SEC003"]
    assert len(found) == 2  # one ASCII, one full-width split by full-width spaces
    assert "138****8000" in found[0].message and "第4至7位" in found[0].message
    assert "139****9000" in found[1].message


def test_contact_line(site: Site) -> None:
    site.page("content/news/a.md", body="联系人：王老师，联系电话：138 0013 8000。\n")
    [finding] = site.check()
    assert finding.code == "SEC003" and finding.line == 8


def test_landlines_hotlines_and_masked_do_not_fire(site: Site) -> None:
    site.page("content/news/a.md", body=(
        "咨询电话：023-67851234，023-6785 1234；服务热线：400-800-1234、12345；\n"
        "联系人手机：138****8000；订单号：15012345678。\n"
    ))
    assert site.check() == []


def test_public_hotline_accepted_with_reason(site: Site) -> None:
    site.page("content/news/a.md", body="24小时便民服务热线：13800138000\n",
              accept="[{code: SEC003, text: '138 0013 8000', reason: 公开的便民服务热线}]")
    [finding] = site.check()
    assert finding.code == "SEC003" and finding.severity == "info"
    assert finding.message.startswith("已接受（理由：公开的便民服务热线）")


def test_accept_names_one_number_only(site: Site) -> None:
    site.page("content/news/a.md", body="热线：13800138000；联系人：13900139000\n",
              accept="[{code: SEC003, text: '13800138000', reason: 公开的便民服务热线}]")
    assert [(f.code, f.severity) for f in site.check()] == [("SEC003", "info"), ("SEC003", "error")]


def test_accept_without_reason_accepts_nothing(site: Site) -> None:
    site.page("content/news/a.md", body="热线：13800138000\n", accept="[{code: SEC003, text: '13800138000'}]")
    assert sorted(codes(site.check())) == ["FM012", "SEC003"]
    assert all(f.severity == "error" for f in site.check())


def test_number_in_title_and_description(site: Site) -> None:
    site.page("content/news/a.md", title="张三（13800138000）获评先进个人", description="联系电话13900139000")
    found = [f for f in site.check() if f.code == "SEC003"]
    assert [f.line for f in found] == [2, 7]
    assert "标题" in found[0].message and "摘要" in found[1].message
