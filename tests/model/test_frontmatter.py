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
            "# title: in a comment, not a repeated key\n"
            "date: 2024-02-30\n"
            "---\n"
            "正文 key: 不是头信息\n")
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert page.readable
    # Nested keys and comments are not top-level keys.
    assert page.key_lines == {"title": 2, "signers": 3, "status": 7, "date": 9}
    assert page.meta["date"] == "2024-02-30" and page.meta["signers"]["drafter"]["date"] == dt.date(2024, 3, 1)


def test_crlf_and_first_line_key() -> None:
    page = parse_page("content/news/a.md", "---\r\nunit: qzfb\r\ncolumn: news\r\n---\r\n正文\r\n".encode())
    assert page.key_lines == {"unit": 2, "column": 3} and page.body == "正文\n"


def test_non_string_keys_become_strings() -> None:
    page = parse_page("content/news/a.md", b"---\n2024: x\ntrue: y\ntitle: t\n---\n")
    assert page.meta == {"2024": "x", "True": "y", "title": "t"}


def test_a_repeated_key_is_a_finding_not_a_silent_choice() -> None:
    # YAML would keep the last value: a reviewer reading the top sees 不予公开, the build would see 主动公开.
    text = "---\ntitle: 标题\ndisclosure: 不予公开\nstatus: draft\ndisclosure: 主动公开\n---\n正文\n"
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert [(p.code, p.line) for p in page.problems] == [("FM002", 5)]
    assert "disclosure" in page.problems[0].message and "重复" in page.problems[0].message


def test_a_repeated_nested_key_is_a_finding_too() -> None:
    text = "---\ntitle: 标题\nsource:\n  type: reprint\n  url: https://www.gov.cn/a\n  url: https://evil.example/\n---\n"
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert [(p.code, p.line) for p in page.problems] == [("FM002", 6)]


def test_aliases_are_refused_so_a_tiny_page_cannot_expand_to_gigabytes() -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(8)]
    text = "---\ntitle: 标题\n" + "\n".join(levels) + "\n---\n"
    assert len(text) < 600
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert [p.code for p in page.problems] == ["FM002"] and "别名" in page.problems[0].message


def test_aliases_are_refused_on_the_generic_path_as_well() -> None:
    # A merge key sends the document through PyYAML's own constructor; the refusal must hold there too.
    text = "---\nbase: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n---\n"
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert [p.code for p in page.problems] == ["FM002"] and "别名" in page.problems[0].message


def test_a_nul_byte_late_in_the_file_is_binary_content() -> None:
    text = "---\ntitle: 标题\n---\n" + "正文。" * 4000 + "\x00隐藏内容\n"
    assert len(text.encode("utf-8")) > 8192
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert [p.code for p in page.problems] == ["FM001"]


def test_oversized_front_matter_is_refused_without_parsing() -> None:
    text = "---\ntitle: 标题\ndescription: " + "很长" * 40000 + "\n---\n"
    page = parse_page("content/news/a.md", text.encode("utf-8"))
    assert [p.code for p in page.problems] == ["FM002"] and "过长" in page.problems[0].message
