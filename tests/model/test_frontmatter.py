"""Bytes -> Page: the line of every top-level key, and the meta mapping, as the rules rely on them."""

from __future__ import annotations

import datetime as dt

from gates.model.frontmatter import parse_page


def test_key_lines_count_from_the_opening_fence() -> None:
    text = ("---\n"
            "title: 标题\n"
            "signers:\n"
            "  drafter: {name: 王晓, date: 2024-03-01}\n"
            "\n"
            "# a comment: not a key\n"
            "status : published\n"
            "title: 重复的键\n"
            "date: 2024-02-30\n"
            "---\n"
            "正文 key: 不是头信息\n")
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert page.readable
    # Nested keys and comments are not top-level keys; a repeated key keeps its first line.
    assert page.key_lines == {"title": 2, "signers": 3, "status": 7, "date": 9}
    assert page.meta["date"] == "2024-02-30" and page.meta["signers"]["drafter"]["date"] == dt.date(2024, 3, 1)


def test_crlf_and_first_line_key() -> None:
    page = parse_page("content/news/a.md", "---\r\nunit: qzfb\r\ncolumn: news\r\n---\r\n正文\r\n".encode())
    assert page.key_lines == {"unit": 2, "column": 3} and page.body == "正文\n"


def test_non_string_keys_become_strings() -> None:
    page = parse_page("content/news/a.md", b"---\n2024: x\ntrue: y\ntitle: t\n---\n")
    assert page.meta == {"2024": "x", "True": "y", "title": "t"}
