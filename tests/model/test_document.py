"""HtmlDocument: the text of a rendered page's content region, with lines that point back into the HTML."""

from __future__ import annotations

from gates.model.document import HtmlDocument

PAGE = """<!doctype html>
<html><head><title>关于&lt;冬季&gt;安全检查的通知 - 江北区</title>
<script>var phone = "13800138000";</script></head>
<body><nav>首页 工作动态 13700137000</nav>
<div class="md-content"><article>
<div data-gates-content>
<h1>关于冬季安全检查的通知</h1>
<div><p>各街道：</p>
<p>请于12月1日前报送。</p></div>
<script>console.log("13900139000")</script><style>.x{}</style>
<p>联系电话：023-67851234</p>
</div>
</article></div>
<footer>渝ICP备00000000号 13600136000</footer>
<div data-gates-content>a second region is not read</div>
</body></html>
"""


def test_only_the_region_is_read_with_its_html_lines() -> None:
    doc = HtmlDocument.parse("p.html", PAGE)
    assert doc.title == "关于<冬季>安全检查的通知 - 江北区"
    text = doc.text
    assert "各街道：" in text and "请于12月1日前报送。" in text and "023-67851234" in text
    for outside in ("13700137000", "13600136000", "13800138000", "13900139000", "second region"):
        assert outside not in text
    body = next(p for p in doc.text_parts() if p.where == "正文")
    assert body.line_of(text.index("请于")) == 9
    assert body.line_of(text.index("023-")) == 11


def test_a_page_without_a_region_reads_nothing_unless_asked_to_read_it_whole() -> None:
    page = "<html><head><title>名单</title></head>\n<body><p>李某 13912345678</p></body></html>"
    assert HtmlDocument.parse("p.html", page).text == ""
    whole = HtmlDocument.parse("p.html", page, whole_if_unmarked=True)
    assert "13912345678" in whole.text and whole.title == "名单"
    part = next(p for p in whole.text_parts() if p.where == "正文")
    assert part.line_of(whole.text.index("139")) == 2
