"""Red team 18: text between a *shown* `<!--` and `-->` (written as entities or in a code span, so the page shows
the characters themselves) is read as an HTML comment and left out by the SEC readers. The page shows

    写法 <!-- 联系电话13800138000 --> 如上          from  写法 &lt;!-- 联系电话13800138000 --&gt; 如上
    示例：<!-- 联系电话13800138000 -->              from  示例：`<!--` 联系电话13800138000 `-->`

(Python-Markdown renders <p>写法 &lt;!-- 联系电话13800138000 --&gt; 如上</p> and <code>&lt;!--</code> …
<code>--&gt;</code>: text, no comment.) `gates check` misses the number in the entity form (it reports the mark and
the code-span form); the re-scan (both region readers) misses the number, an ID number and a 密级 mark in every
form. The wording rules see the text (AD002 is reported). Control: the same without the markers is reported.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
CASES = [("写法 &lt;!-- 联系电话13800138000 --&gt; 如上", "SEC003"),
         ("写法 &lt;!-- 身份证号11010519491231002X --&gt; 如上", "SEC002"),
         ("写法 &lt;!-- 机密★1年 --&gt; 如上", "SEC001"),
         ("示例：`<!--` 联系电话13800138000 `-->`", "SEC003"),
         ("示例：`<!-- 机密★1年 -->`", "SEC001"),
         ("写法 联系电话13800138000 如上", "SEC003"),  # controls
         ("写法 身份证号11010519491231002X 如上", "SEC002")]


def _codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body + "\n")
    return [f.code for f in site.check()]


@pytest.mark.parametrize(("body", "code"), CASES)
def test_check(site: Site, body: str, code: str) -> None:
    assert "<!--" not in markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    assert code in _codes(site, body)


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize(("body", "code"), CASES)
def test_rescan(read, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=markdown.markdown(body, extensions=["tables", "attr_list", "toc"])))
    scan = _scan(doc)
    assert scan.numbers if code != "SEC001" else scan.marks, (scan.numbers, scan.marks)
