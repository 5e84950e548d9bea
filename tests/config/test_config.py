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
