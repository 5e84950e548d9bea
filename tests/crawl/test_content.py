"""The one-pass reader of the content region reads exactly what HTMLParser reads, or hands the page to it."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.crawl import content
from gates.crawl.content import content_document
from gates.model.document import HtmlDocument, as_browsers_end_raw_text
from tests.rescankit import page_html

Reading = tuple[str, str, list[int], list[int], list[tuple[str, int, str]], object, object, list[tuple[str, int]], list[bool]]


def reading(doc: HtmlDocument) -> Reading:
    return doc.title, doc.text, doc._starts, doc._lines, doc.links(), doc._shown, doc._source, doc._attributes, doc._veiled


def parsed(html: str) -> Reading:
    return reading(HtmlDocument.parse("p", html, whole_if_unmarked=True))


def took_fast_path(html: str) -> bool:
    start = content._region_start(html)
    return start >= 0 and content._fast("p", html, start) is not None


def test_an_article_page_is_read_fast_and_the_same() -> None:
    html = page_html("通知", "<p>第一段 &amp; 电话 023-61234567</p>\n<table><tr><td>身份证号</td><td>500105199001011234"
                     "</td></tr></table><br/><script>var x = '<div>';</script><!-- 注释 -->\n<p>尾&nbsp;段</p>")
    assert took_fast_path(html)
    assert reading(content_document("p", html)) == parsed(html)
    assert "电话 023-61234567" in content_document("p", html).text
    assert "var x" not in content_document("p", html).text


def test_every_page_of_the_gated_build_reads_the_same(demo_site: Path) -> None:
    fast = 0
    pages = sorted(demo_site.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert reading(content_document(str(page), html)) == parsed(html), page
        fast += took_fast_path(html)
    # The shortcut must be what runs on a real build, or it saves nothing.
    assert fast >= len(pages) - 2, f"{fast} of {len(pages)} pages read fast"


def test_odd_markup_goes_to_the_parser() -> None:
    for body in ("<p>a < b</p>", "<p><![CDATA[x]]></p>", "<p><?php echo 1 ?></p>", "<p>x</ p></p>",
                 "<p title=a\"b>x</p>", "<!--> <p>x</p>", "<p>unclosed"):
        html = page_html("t", body)
        assert reading(content_document("p", html)) == parsed(html), body


def test_a_marker_inside_an_attribute_value_is_not_the_region() -> None:
    html = ('<html><head><title>t</title></head><body><div title=" data-gates-content">chrome</div>'
            '<div data-gates-content><p>正文</p></div></body></html>')
    assert reading(content_document("p", html)) == parsed(html)
    assert "chrome" not in content_document("p", html).text


def test_a_page_without_the_marker_is_read_whole() -> None:
    html = "<html><head><title>t</title></head><body><p>上传的页面</p></body></html>"
    assert reading(content_document("p", html)) == parsed(html)
    assert "上传的页面" in content_document("p", html).text


_TAGS = st.sampled_from(["p", "div", "span", "rp", "canvas", "title", "a", "li", "ul", "h2", "table", "tr", "td", "section", "em", "template",
                         "noscript", "script", "style", "br", "img", "hr", "input", "DIV", "Br", "link", "STYLE"])
_ATTRS = st.sampled_from(["", ' class="x"', " hidden", ' style="display:none"', " HIDDEN=''", " id=a", " title='q>r'", ' href="../a/#b"', " data-x", ' alt="&amp;"',
                          " v=a/", "  x = \"y\" ", ' src="https://hm.baidu.com/a.gif"', " HREF=https://t.cn/x",
                          ' srcset="a.png 1x, https://ad.example/b.png 2x"', ' style="background:url(\'u.png\')"',
                          ' poster="p&amp;q.jpg"', ' data-label="身份证号&amp;"', " DATA-LABEL=x", " data-label=''",
                          ' data-label=" "',
                          ' style="display:flex"', " STYLE='float:left'"])
_TEXT = st.sampled_from(["文字", "a\nb", " ", "&amp;", "&lt;div&gt;", "&nbsp;x", "&#12345;", "&bogus;", "a & b",
                         "\n\n", "023-61234567", "&", "x&y;z"])


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 9 if depth < 3 else 5))
        if kind < 4:
            parts.append(draw(_TEXT))
        elif kind == 4:
            parts.append(f"<{draw(_TAGS)}{draw(_ATTRS)}/>")
        elif kind == 5:
            parts.append(draw(st.sampled_from(["<!-- c -->", "<!---->", "<!-- a\nb --\n>", "</span>", "</br>", "<br>",
                                               "<", "<!x>", "</ div>"])))
        else:
            tag = draw(_TAGS)
            inner = draw(fragments(depth + 1))
            if tag.lower() in ("script", "style"):
                inner = inner.replace("</", "<\\/")
            close = draw(st.sampled_from([f"</{tag}>", f"</{tag.upper()} >", ""]))
            parts.append(f"<{tag}{draw(_ATTRS)}>{inner}{close}")
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(before=fragments(), region=fragments(), after=fragments(), newlines=st.integers(0, 3), marked=st.booleans(),
       attrs=st.sampled_from(["", ' data-label="区"', ' style="display:inline"']))
def test_any_page_reads_as_the_parser_reads_it(before: str, region: str, after: str, newlines: int,
                                               marked: bool, attrs: str) -> None:
    end = "</div><!-- /data-gates-content -->" if marked else "</div>"
    html = (f"<html><head><title>标题 &amp; x</title></head><body>{before}" + "\n" * newlines
            + f"<div class=\"c\" data-gates-content{attrs}>\n{region}{end}{after}</body></html>")
    assert reading(content_document("p", html)) == parsed(html)


@settings(max_examples=150, deadline=None)
@given(pad=st.integers(0, 16384), texts=st.lists(st.sampled_from(["文字" * 900, "a&amp;b " * 700, "x" * 16380 + "&amp",
                                                                  "&" + "y" * 20000, "z\n" * 5000, "&am", "p;q"]),
                                                 min_size=1, max_size=6))
def test_a_long_region_splits_its_text_where_the_parser_does(pad: int, texts: list[str]) -> None:
    # The parser is fed 16 KiB at a time: a run of text crossing a feed's edge comes in two pieces, or one
    # when an unfinished character reference sits at the edge. The fast reading must make the same pieces.
    region = "".join(f"<p>{t}</p>" if i % 2 else t for i, t in enumerate(texts))
    html = ("<html><head><title>t</title></head><body><i>chrome</i>"
            + f"<div data-gates-content><b>{'q' * pad}</b>{region}</div></body></html>")
    assert took_fast_path(html)
    assert reading(content_document("p", html)) == parsed(html)


# The four comment forms as one alternation, as as_browsers_end_raw_text first wrote them: the reference for its
# faster search, which starts at the one "!" each of them holds.
_COMMENTS_AS_WRITTEN = re.compile(r"--!>|<!---?>|<!\[CDATA\[", re.IGNORECASE)


def _comments_as_written(html: str) -> str:
    return _COMMENTS_AS_WRITTEN.sub(
        lambda m: {"--!>": "-->", "<!-->": "<!---->", "<!--->": "<!---->"}.get(m.group(), "<!CDATA["), html)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*"<!->[]CDATAcdatx \n", "<!--", "--!>", "<![CDATA[", "<![cdata[", "<!-->", "<!--->",
                                 "-->"]), max_size=16))
def test_comment_closers_are_found_as_the_plain_alternation_finds_them(parts: list[str]) -> None:
    html = "".join(parts)
    assert as_browsers_end_raw_text(html) == _comments_as_written(html)
