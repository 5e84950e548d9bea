from __future__ import annotations

from tests.conftest import Site, codes
from tests.detect.helpers import full_width, make_id, wrong_id
from tests.rules._pages import ID_A, ID_B, SUBSIDY_MASKED, SUBSIDY_RAW


def sec(findings: list, code: str = "SEC002") -> list:
    return [f for f in findings if f.code == code]


def test_recipient_table_with_full_numbers(site: Site) -> None:
    site.page("content/notices/a.md", body=SUBSIDY_RAW)
    found = sec(site.check())
    assert len(found) == 2  # one plain, one split by spaces
    assert all(f.severity == "error" for f in found)
    assert ID_A not in found[0].message  # the finding never repeats the full number
    assert f"{ID_A[:6]}********{ID_A[14:]}" in found[0].message
    assert "第7至14位" in found[0].message
    assert found[1].excerpt.replace(" ", "") == ID_B


def test_masked_recipient_table_is_clean(site: Site) -> None:
    site.page("content/notices/a.md", body=SUBSIDY_MASKED)
    assert site.check() == []


def test_full_width_id(site: Site) -> None:
    site.page("content/news/a.md", body=f"经核实，申请人身份证号为{full_width(make_id('11010519491231002')[:-1])}Ｘ。\n")
    assert codes(site.check()) == ["SEC002"]


def test_wrong_check_digit_does_not_fire(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号：{wrong_id('50010519900307123')}\n")
    assert site.check() == []


def test_legacy_15_digit(site: Site) -> None:
    site.page("content/news/a.md", body="原身份证号 500105900307123 已换发。\n")
    [finding] = site.check()
    assert finding.code == "SEC002" and "第7至12位" in finding.message


def test_order_numbers_and_dates_do_not_fire(site: Site) -> None:
    site.page("content/news/a.md", body=(
        "订单号：202211051530012345；流水号 20221105000123456789；日期 20221105；\n"
        "统一社会信用代码 115001050092870130；发文字号 江北府办发〔2022〕37号。\n"
    ))
    assert site.check() == []


def test_cannot_be_accepted(site: Site) -> None:
    site.page("content/news/a.md", body=f"身份证号：{ID_A}\n",
              accept=f"[{{code: SEC002, text: '{ID_A}', reason: 本人同意}}]")
    found = site.check()
    assert ("SEC002", "error") in [(f.code, f.severity) for f in found]
