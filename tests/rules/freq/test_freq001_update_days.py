"""FREQ001: every column declares update_days within the national ceiling of its kind — an error everywhere."""

from __future__ import annotations

import pytest

from tests.conftest import Site
from tests.rules.freq.helpers import columns, only, run

# 国办秘函〔2019〕19号, written out here rather than read from the code under test.
CEILINGS = {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "plan": 365, "overview": 365,
            "interaction": 365, "newmedia": 14}


def test_the_sample_declarations_pass(site: Site) -> None:
    assert only(run(site), "FREQ001") == []


@pytest.mark.parametrize("kind", sorted(CEILINGS))
def test_at_the_ceiling_passes_one_day_over_fails(site: Site, kind: str) -> None:
    columns(site, f"id: a, name: 工作动态, kind: {kind}, review: publishing, update_days: {CEILINGS[kind]}",
            f"id: b, name: 部门动态, kind: {kind}, review: publishing, update_days: {CEILINGS[kind] + 1}")
    [finding] = only(run(site), "FREQ001")
    assert finding.severity == "error"
    assert (finding.path, finding.line) == ("site_config/columns.yml", 3)
    assert f"update_days: {CEILINGS[kind] + 1}" in finding.message and f"{CEILINGS[kind]} 天" in finding.message


def test_news_declared_at_30_days(site: Site) -> None:
    columns(site, "id: news, name: 工作动态, kind: news, review: publishing, update_days: 30")
    [finding] = only(run(site), "FREQ001")
    assert "栏目「工作动态」" in finding.message and "国家上限 14 天" in finding.message


def test_missing_update_days(site: Site) -> None:
    columns(site, "id: news, name: 工作动态, kind: news, review: publishing, update_days: 14",
            "id: notices, name: 通知公告, kind: notice, review: publishing")
    [finding] = only(run(site), "FREQ001")
    assert finding.line == 3 and "没有声明 update_days" in finding.message and "180 天" in finding.message


def test_fires_on_partial_runs_too(site: Site) -> None:
    """Declarations are errors everywhere: also in the pre-commit stage that checks only the staged pages."""
    columns(site, "id: news, name: 工作动态, kind: news, review: publishing")
    assert [f.code for f in run(site, whole_site=False)] == ["FREQ001"]


def test_block_style_columns_yml_finds_the_line(site: Site) -> None:
    (site.root / "site_config" / "columns.yml").write_text(
        "columns:\n"
        "  - id: news\n    name: 工作动态\n    kind: news\n    review: publishing\n    update_days: 14\n"
        "  - id: 'policies'  # 政策文件\n    name: 政策文件\n    kind: policy\n    review: disclosure\n"
        "    update_days: 365\n", encoding="utf-8")
    [finding] = only(run(site), "FREQ001")
    assert finding.line == 7
