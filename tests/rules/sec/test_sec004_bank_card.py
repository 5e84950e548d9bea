from __future__ import annotations

from tests.conftest import Site, codes
from tests.detect.helpers import make_card, wrong_card
from tests.rules._pages import CARD_A, SUBSIDY_RAW


def test_cards_in_a_recipient_table(site: Site) -> None:
    site.page("content/notices/a.md", body=SUBSIDY_RAW)
    found = [f for f in site.check() if f.code == "SEC004"]
    assert len(found) == 2
    assert f"{CARD_A[:6]}******{CARD_A[-4:]}" in found[0].message
    assert "第7至12位" in found[0].message


def test_card_split_in_fours(site: Site) -> None:
    card = make_card("621700123456789012")
    site.page("content/news/a.md", body=f"收款账号：{card[:4]} {card[4:8]} {card[8:12]} {card[12:16]} {card[16:]}\n")
    assert codes(site.check()) == ["SEC004"]


def test_non_luhn_and_order_numbers_do_not_fire(site: Site) -> None:
    site.page("content/news/a.md", body=(
        f"卡号：{wrong_card('622202020011223')}\n"
        f"交易流水号：{make_card('622202020011223')}\n"
        "对公账户：3100020109001234567（Luhn 不论）\n"
        "时间戳 20221105153012345678\n"
    ))
    assert site.check() == []


def test_donation_account_accepted(site: Site) -> None:
    site.page("content/news/a.md", body=f"区慈善会捐款账号：{CARD_A}\n",
              accept=f"[{{code: SEC004, text: '{CARD_A}', reason: 区慈善会公开的捐款账户}}]")
    [finding] = site.check()
    assert finding.severity == "info"


def test_messages_never_repeat_a_full_number(site) -> None:  # type: ignore[no-untyped-def]
    """Findings land in CI logs and dashboards; only the masked form may travel there."""
    from tests.conftest import codes

    site.page("content/news/a.md", body="联系电话：13812345678；银行卡号：6222021234567890128。\n")
    found = site.check()
    assert sorted(codes(found)) == ["SEC003", "SEC004"]
    for finding in found:
        assert "13812345678" not in finding.message and "6222021234567890128" not in finding.message
