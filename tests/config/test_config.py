from __future__ import annotations

import pytest

from gates.config import ConfigError, parse_columns, parse_roster, parse_sources, parse_terms
from tests.conftest import PROJECT, Site

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPVTA1WqQKjIVoElb1YlzyxNNejZMzRPRsKGIFbSQO5n"


def roster(person: str, units: str = "  - {id: qzfb, name: 区政府办}") -> str:
    return f"units:\n{units}\npeople:\n{person}"


GOOD_PERSON = f"""  - name: 李明
    email: liming@example.gov.cn
    signing_key: "{KEY} comment"
    roles:
      - {{role: section_head, unit: qzfb, from: 2024-01-01, until: 2027-12-31}}
"""


def test_sample_config_loads() -> None:
    from gates.config import load_config

    config = load_config(PROJECT)
    assert "news" in config.columns and "qzfb" in config.roster.units
    assert all(p.signing_key.startswith("ssh-ed25519 ") for p in config.roster.people)


def test_roster_roles_cover_dates() -> None:
    import datetime as dt

    person = parse_roster(roster(GOOD_PERSON)).people[0]
    assert person.signing_key == KEY  # the comment is not part of the key
    assert person.holds("section_head", "qzfb", dt.date(2026, 1, 1))
    assert not person.holds("section_head", "qzfb", dt.date(2028, 1, 1))
    assert not person.holds("section_head", "qzfb", dt.date(2023, 12, 31))
    assert not person.holds("deputy", "qzfb", dt.date(2026, 1, 1))


@pytest.mark.parametrize(("text", "needle"), [
    (roster(GOOD_PERSON.replace("section_head", "boss")), "role"),
    (roster(GOOD_PERSON.replace("unit: qzfb", "unit: nobody")), "nobody"),
    (roster(GOOD_PERSON.replace("from: 2024-01-01", "from: 2024/01/01")), "from"),
    (roster(GOOD_PERSON.replace(KEY, "ssh-rsa AAAA")), "signing_key"),
    (roster(GOOD_PERSON.replace("liming@example.gov.cn", "liming")), "email"),
    (roster(GOOD_PERSON + GOOD_PERSON), "重复"),
    ("units: [\n", "YAML"),
    ("- just a list", "映射"),
    (roster(GOOD_PERSON, units="  - {id: qzfb}"), "name"),
])
def test_bad_roster_is_one_clear_line(text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_roster(text)
    message = str(info.value)
    assert needle in message and "\n" not in message and message.startswith("site_config/roster.yml")


@pytest.mark.parametrize(("text", "needle"), [
    ("columns:\n  - {id: a, name: A, kind: blog, review: publishing, update_days: 14}", "kind"),
    ("columns:\n  - {id: a, name: A, kind: news, review: none, update_days: 14}", "review"),
    ("columns:\n  - {id: a, name: A, kind: news, review: publishing, update_days: -3}", "update_days"),
    ("columns: []", "至少"),
])
def test_bad_columns(text: str, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        parse_columns(text)


def test_bad_sources_and_terms() -> None:
    with pytest.raises(ConfigError, match="domains"):
        parse_sources("sources:\n  - {name: X, kind: party}")
    with pytest.raises(ConfigError, match="level"):
        parse_terms("terms:\n  - {wrong: a, right: b, level: fatal}")


def test_missing_config_file(site: Site) -> None:
    from gates.config import load_config

    (site.root / "site_config" / "columns.yml").unlink()
    with pytest.raises(ConfigError, match=r"columns\.yml"):
        load_config(site.root)


@pytest.mark.parametrize(("person", "says"), [
    (GOOD_PERSON.replace("from: 2024-01-01, until: 2027-12-31", "from: 2027-01-01, until: 2024-12-31"), "早于起始日期"),
    # The right prefix, a key that is not one: a truncated paste, and base64 of something else.
    (GOOD_PERSON.replace(KEY, KEY[:60]), "不是有效的 ssh-ed25519 公钥"),
    (GOOD_PERSON.replace(KEY, "ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"), "不是有效的 ssh-ed25519 公钥"),
    (GOOD_PERSON.replace(KEY, "ssh-rsa " + KEY.split()[1]), "不是有效的 ssh-ed25519 公钥"),
])
def test_roster_refuses_what_would_never_verify(person: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        parse_roster(roster(person))


@pytest.mark.parametrize("unit_id", ["../../x", "QZFB", "区政府办", "a b", "<script>"])
def test_unit_ids_are_slugs(unit_id: str) -> None:
    units = f"  - {{id: {unit_id!r}, name: 区政府办}}"
    with pytest.raises(ConfigError, match="只能用小写字母"):
        parse_roster(roster(GOOD_PERSON.replace("unit: qzfb", f"unit: {unit_id!r}"), units))


def test_unit_credit_code_is_checked_when_given() -> None:
    good = parse_roster(roster(GOOD_PERSON, "  - {id: qzfb, name: 区政府办, credit_code: 11500105768865765W}"))
    assert good.units["qzfb"].credit_code == "11500105768865765W"
    with pytest.raises(ConfigError, match="统一社会信用代码"):
        parse_roster(roster(GOOD_PERSON, "  - {id: qzfb, name: 区政府办, credit_code: 1150010576886}"))


@pytest.mark.parametrize("column_id", ["../../x", "../site", "News", "新闻", "a/b"])
def test_column_ids_are_slugs_so_the_build_never_writes_outside_site(column_id: str) -> None:
    text = f"columns:\n  - {{id: {column_id!r}, name: 新闻, kind: news, review: publishing, update_days: 14}}\n"
    with pytest.raises(ConfigError, match="只能用小写字母"):
        parse_columns(text)


def test_columns_pace_defaults_and_bounds() -> None:
    from gates.config import Pace, parse_pace

    assert parse_pace("columns: []\n") == Pace(warn_days=3, missed_periods=3)
    assert parse_pace("warn_days: 0\nmissed_periods: 1\ncolumns: []\n") == Pace(0, 1)
    for bad in ("warn_days: -1", "warn_days: true", "missed_periods: 0", "warn_days: 三天"):
        with pytest.raises(ConfigError, match=r"warn_days|missed_periods"):
            parse_pace(bad + "\ncolumns: []\n")


def test_every_kind_has_a_ceiling() -> None:
    from gates.config import COLUMN_KINDS, KIND_LABELS, UPDATE_CEILINGS

    assert set(UPDATE_CEILINGS) == set(COLUMN_KINDS) == set(KIND_LABELS)
