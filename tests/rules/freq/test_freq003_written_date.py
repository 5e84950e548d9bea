"""FREQ003: a 主动公开 document is published within 20 working days (Mon–Fri) of its 成文日期."""

from __future__ import annotations

from tests.conftest import Site
from tests.rules.freq.helpers import line_of, only, run


def page(site: Site, written: str, date: str, **meta: object) -> str:
    fields: dict[str, object] = {"title": "重庆市江北区促进中小微企业发展若干措施", "status": "published",
                                 "written_date": written, "date": date, "doc_number": "江北府发〔2026〕5号"}
    fields.update(meta)
    return site.page("content/policies/cuojin.md", **fields)


def test_twenty_working_days_pass(site: Site) -> None:
    page(site, "2026-03-02", "2026-03-30")  # Monday to the Monday four weeks on: 20 working days
    assert only(run(site), "FREQ003") == []


def test_twenty_one_working_days_warn(site: Site) -> None:
    path = page(site, "2026-03-02", "2026-03-31")
    [finding] = only(run(site), "FREQ003")
    assert (finding.path, finding.severity, finding.line) == (path, "warning", line_of(site, path, "written_date"))
    assert "相隔 21 个工作日" in finding.message


def test_weekends_do_not_count(site: Site) -> None:
    page(site, "2026-03-06", "2026-04-03")  # Friday to Friday, four weeks: 20 working days
    assert only(run(site), "FREQ003") == []


def test_published_before_it_was_written(site: Site) -> None:
    page(site, "2026-03-12", "2026-03-10")
    [finding] = only(run(site), "FREQ003")
    assert "晚于发布日期" in finding.message


def test_only_published_public_pages(site: Site) -> None:
    page(site, "2026-01-05", "2026-03-31", status="draft")
    assert only(run(site), "FREQ003") == []
    page(site, "2026-01-05", "2026-03-31", disclosure="依申请公开",
         disclosure_reason="属于行政机关内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条")
    assert only(run(site), "FREQ003") == []


def test_without_a_written_date(site: Site) -> None:
    page(site, None, "2026-03-31")  # type: ignore[arg-type]
    assert only(run(site), "FREQ003") == []
