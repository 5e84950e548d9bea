"""Red team 12: a page whose lines end in a lone carriage return (old Mac line endings, or one CR put in on
purpose). MkDocs reads a page in text mode (universal newlines) and Python-Markdown turns every \\r into \\n
as well, so `1380013\\r8000` is a soft line break and shows `1380013 8000` (SEC003 on one line). soft_breaks
looks only for \\n, so the reader view never reads the CR as a line break, and the number detector does not read
across it: SEC003 does not fire. (CRLF endings are read; an ID number over a lone CR is found too.)

Input (the page's bytes after its front matter): 联系人手机1380013\\r8000。\\n
Python-Markdown: <p>联系人手机1380013\\n8000。</p>. Secure: SEC003.
"""

from __future__ import annotations

import markdown

from tests.conftest import Site

HEAD = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"


def test_mobile_over_a_lone_carriage_return(site: Site) -> None:
    body = "联系人手机1380013\r8000。\n"
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == "<p>联系人手机1380013\n8000。</p>"
    site.write("content/news/a.md", (HEAD + body).encode())
    assert "SEC003" in [f.code for f in site.check()]


def test_control_crlf(site: Site) -> None:
    site.write("content/news/a.md", (HEAD + "联系人手机1380013\r\n8000。\r\n").encode())
    assert "SEC003" in [f.code for f in site.check()]
