from __future__ import annotations

import pytest

from tests.conftest import Site, codes


@pytest.mark.parametrize(("value", "hint"), [
    ("江北府办发[2022]37号", "六角括号"),
    ("江北府办发（2022）37号", "六角括号"),
    ("江北府办发〔2022〕第37号", "第"),
    ("江北府办发〔2022〕037号", "虚位"),
    ("江北府办发〔2022〕37", "号"),
    ("37号", "机关代字"),
])
def test_malformed_numbers(site: Site, value: str, hint: str) -> None:
    site.page("content/policies/a.md", doc_number=value)
    findings = site.check()
    assert codes(findings) == ["FM008"]
    assert hint in findings[0].message


@pytest.mark.parametrize("value", ["江北府办发〔2022〕37号", "渝府发〔2026〕1号", "江北发改委发〔2025〕120号"])
def test_gbt9704_numbers_pass(site: Site, value: str) -> None:
    site.page("content/policies/a.md", doc_number=value)
    assert site.check() == []


def test_every_departure_is_named_at_once(site: Site) -> None:
    # The rule's own example: brackets, 第 and a leading zero all at once; an editor fixes them in one go.
    site.page("content/policies/a.md", doc_number="江北府办发[2022]第037号")
    message = site.check()[0].message
    assert "六角括号" in message and "第" in message and "前导零" in message
