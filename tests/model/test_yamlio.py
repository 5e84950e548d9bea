"""The YAML fast path must give exactly what PyYAML's SafeLoader gives, and fall back for anything else."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
import yaml

from gates.model import yamlio

DOCUMENTS = [
    """
    title: 关于做好防汛工作的通知
    column: news
    date: 2024-03-01
    written: 2024-03-01 14:30:00
    count: 12
    ratio: 1.5
    hex: 0x1F
    flag: yes
    off: false
    empty:
    tilde: ~
    quoted: "2024-03-01"
    keywords: [防汛, 安全]
    signers:
      drafter: {name: 王晓, date: 2024-03-01}
    accept:
      - {code: SEC003, text: "13800138000", reason: 热线}
    2024: numeric key
    """,
    "- a\n- 1\n- [x, {y: 2}]\n",
    "plain text",
    "",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_same_values_as_safe_loader(text: str) -> None:
    text = textwrap.dedent(text)
    assert yamlio.load(text) == yaml.load(text, Loader=yaml.SafeLoader)


def test_memoised_tags_stay_right_on_a_second_reading() -> None:
    # The second reading takes each short text's tag from the memo; long texts are never memoised.
    text = "a: 2024-03-01\nb: '2024-03-01'\nc: 0o17\nd: null\ne: " + "x" * 100 + "\nf: 1_000\n"
    expected = yaml.load(text, Loader=yaml.SafeLoader)
    assert yamlio.load(text) == expected and yamlio.load(text) == expected


def test_aliases_are_refused_with_their_line() -> None:
    # Aliases are how a few hundred bytes expand to gigabytes (billion laughs); no page needs them.
    with pytest.raises(yamlio.Refused) as refused:
        yamlio.load("base: &b {x: 1}\nother: *b\n")
    assert yamlio.error_line(refused.value) == 0  # the anchor: an alias is the same node again


def test_impossible_date_stays_text() -> None:
    assert yamlio.load("date: 2024-02-30\nok: 2024-02-29\n") == {"date": "2024-02-30", "ok": dt.date(2024, 2, 29)}


@pytest.mark.parametrize("text", [
    "merged:\n  <<: {x: 1}\n  y: 2\n",  # merge key (with no alias: aliases are refused)
    "value: !!str 12\nset: !!set {a, b}\n",  # explicit tags
    "? [a, b]\n: 1\n",  # a complex key: an error, as in SafeLoader
    "x: !custom 1\n",  # an unknown tag: an error
    "n: 1" + "0" * 5000 + "\n",  # an int too long to convert: an error
])
def test_unusual_documents_behave_as_before(text: str) -> None:
    try:
        expected = yaml.load(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, ValueError, TypeError):
        with pytest.raises(yaml.YAMLError):
            yamlio.load(text)
        return
    assert yamlio.load(text) == expected


def test_a_recursive_alias_is_refused_not_walked_forever() -> None:
    with pytest.raises(yamlio.Refused):
        yamlio.load("a: &a [1, *a]\n")
