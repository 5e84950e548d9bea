from __future__ import annotations

import pytest

from tests.conftest import Site, codes


@pytest.mark.parametrize("value", ["2024/03/05", "2024-3-5", "2024-02-30", "'20240305'", "下周一"])
def test_bad_dates(site: Site, value: str) -> None:
    site.page("content/news/a.md", written_date=value)
    findings = site.check()
    assert codes(findings) == ["FM007"]
    assert findings[0].line == 7


@pytest.mark.parametrize("key", ["date", "written_date", "review_due"])
def test_good_dates(site: Site, key: str) -> None:
    site.page("content/news/a.md", **{key: "2024-03-05"})
    assert "FM007" not in codes(site.check())
