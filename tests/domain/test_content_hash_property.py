"""Property tests for the content hash: stable under everything it leaves out (what 签发 writes, key order,
YAML spelling), and changed by any change to anything else, attachments included."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from gates.domain.signoff import UNHASHED_KEYS, PageHashes, content_hash

TEXT = st.text(min_size=1, max_size=20)
META = st.dictionaries(st.sampled_from(["title", "column", "unit", "disclosure", "topic", "keywords", "source"]),
                       TEXT | st.lists(TEXT, max_size=3), min_size=1, max_size=5)
ATTACHMENTS = st.dictionaries(st.sampled_from(["content/news/a.pdf", "content/news/b.jpg"]),
                              st.sampled_from(["sha256:" + "a" * 64, "sha256:" + "b" * 64, "missing"]), max_size=2)
SIGNING = st.fixed_dictionaries({
    "signers": st.just({"drafter": {"name": "王晓", "date": dt.date(2026, 3, 2)}}),
    "status": st.sampled_from(["draft", "published", "withdrawn"]),
    "date": st.dates(), "time": st.sampled_from(["09:30", "16:00"]),
    "index_number": st.just("11500105768865765W/2026-00012"),
})


@given(META, st.text(max_size=80), ATTACHMENTS, SIGNING)
def test_what_signing_writes_never_changes_the_hash(meta: dict[str, object], body: str,
                                                    files: dict[str, str], signing: dict[str, object]) -> None:
    assert set(signing) <= UNHASHED_KEYS
    before = content_hash(meta, body, files)
    after = content_hash({**meta, **signing}, body, files)
    reordered = content_hash(dict(reversed(list({**signing, **meta}.items()))), body, files)
    assert before == after == reordered


@given(META, st.text(max_size=80), ATTACHMENTS, st.text(min_size=1, max_size=10))
def test_the_withdrawal_date_and_the_newest_note_date_are_left_out(meta: dict[str, object], body: str,
                                                                   files: dict[str, str], note: str) -> None:
    base = {**meta, "withdrawal": {"reason": "内容已过时"}, "change_note": [{"note": note}]}
    dated = {**meta, "withdrawal": {"reason": "内容已过时", "date": dt.date(2026, 5, 1)},
             "change_note": [{"note": note, "date": dt.date(2026, 5, 1)}]}
    assert content_hash(base, body, files) == content_hash(dated, body, files)
    assert content_hash(base, body, files) != content_hash({**base, "withdrawal": {"reason": "另一理由"}}, body, files)


@given(META, st.text(max_size=80), ATTACHMENTS, st.sampled_from(["title", "unit", "disclosure", "topic"]), TEXT)
def test_any_other_change_changes_the_hash(meta: dict[str, object], body: str, files: dict[str, str],
                                           key: str, value: str) -> None:
    digest = content_hash(meta, body, files)
    if meta.get(key) != value:
        assert content_hash({**meta, key: value}, body, files) != digest
    assert content_hash(meta, body + "。", files) != digest
    swapped = {**files, "content/news/a.pdf": "sha256:" + "c" * 64}
    assert content_hash(meta, body, swapped) != digest  # a PDF replaced after approval


@given(META, st.text(max_size=80), ATTACHMENTS)
def test_v1_approvals_count_only_where_they_saw_everything(meta: dict[str, object], body: str,
                                                          files: dict[str, str]) -> None:
    hashes = PageHashes.of(meta, body, files)
    assert hashes.matches("v2", hashes.v2)
    assert hashes.matches("v1", hashes.v1) == (not files)
