from __future__ import annotations

from tests.conftest import Site, codes

JOINT_TITLE = "江北区人民政府办公室 江北区发展和改革委员会关于做好2024年冬季保供工作的通知"


def test_two_issuers_without_co_units(site: Site) -> None:
    site.page("content/notices/a.md", title=JOINT_TITLE)
    [finding] = site.check()
    assert (finding.code, finding.severity) == ("ATTR007", "warning")
    assert "fgw" in finding.message


def test_two_issuers_with_co_units(site: Site) -> None:
    site.page("content/notices/a.md", title=JOINT_TITLE, co_units="[fgw]")
    assert site.check() == []


def test_signature_block_names_a_co_producer(site: Site) -> None:
    site.page("content/notices/a.md", body=(
        "各有关单位：\n\n现就有关事项通知如下。\n\n江北区人民政府办公室\n江北区发展和改革委员会\n2024年11月5日\n"
    ))
    assert codes(site.check()) == ["ATTR007"]


def test_jointly_issued_in_the_text(site: Site) -> None:
    site.page("content/news/a.md", body="近日，区发展改革委与区财政局联合印发《实施方案》。\n")
    assert codes(site.check()) == ["ATTR007"]


def test_lead_unit_not_among_issuers(site: Site) -> None:
    site.page("content/notices/a.md", title=JOINT_TITLE.replace("江北区人民政府办公室 ", "江北区发展和改革委员会 "),
              unit="fgw", co_units="[qzfb]")
    assert site.check() == []


def test_one_unit_is_fine(site: Site) -> None:
    site.page("content/notices/a.md", title="江北区人民政府办公室关于做好冬季保供工作的通知",
              body="正文。\n\n江北区人民政府办公室\n2024年11月5日\n")
    assert site.check() == []


def test_bad_co_units_never_raise(site: Site) -> None:
    from gates.rules.attr import attr007_co_units

    site.page("content/notices/a.md", title=JOINT_TITLE, co_units="[{a: 1}, [2]]")
    assert "ATTR007" in codes(site.check(rules=[attr007_co_units.RULE]))
