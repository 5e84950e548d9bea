"""Property tests for the front-matter parser: whatever the bytes, a Page or a finding, never an exception;
and for plain front matter written by a program, exactly the values that were written."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gates.model.frontmatter import parse_page

KEYS = st.sampled_from(["title", "column", "unit", "disclosure", "status", "date", "keywords", "topic", "x_y"])
SCALARS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.integers(min_value=-10**6, max_value=10**6),
    st.booleans(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=3),
                      max_leaves=8)


def render(value: object) -> str:
    """A YAML flow value: JSON for everything but dates (YAML reads unquoted YYYY-MM-DD as a date)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(render(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {render(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes_give_a_page_or_a_finding(data: bytes) -> None:
    page = parse_page("content/news/a.md", b"---\n" + data)
    assert isinstance(page.meta, dict)
    assert all(p.code in ("FM001", "FM002") and p.line >= 1 for p in page.problems)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="-:&*!|>[]{}#'\"\n \tabc中文0123456789", max_size=300))
def test_any_yaml_shaped_text_gives_a_page_or_a_finding(text: str) -> None:
    page = parse_page("content/news/a.md", ("---\n" + text + "\n---\n正文\n").encode("utf-8"))
    assert isinstance(page.meta, dict) and all(isinstance(k, str) for k in page.meta)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6),
       st.text(alphabet=st.characters(blacklist_characters="\x00\r", blacklist_categories=("Cs",)), max_size=200))
def test_plain_front_matter_reads_back_exactly(meta: dict[str, object], body: str) -> None:
    text = "---\n" + "".join(f"{k}: {render(v)}\n" for k, v in meta.items()) + "---\n" + body
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert page.readable, page.problems
    assert page.meta == meta and page.body == body
    assert list(page.key_lines) == list(meta) and page.key_lines[next(iter(meta))] == 2
