from __future__ import annotations

from gates.detect.links import find_links


def urls(text: str) -> list[tuple[str, str, bool]]:
    return [(h.url, h.kind, h.bare) for h in find_links(text)]


def test_markdown_links_images_references_and_autolinks() -> None:
    text = ('见[通知](https://www.cq.gov.cn/a.html "市政府通知")和![海报](//img.example.com/x.png)。\n'
            "<https://www.gov.cn/zhengce/>\n"
            "[政策]: <https://www.gov.cn/b.html>\n"
            "[带括号](https://zh.example.org/wiki/A_(B))\n")
    assert urls(text) == [
        ("https://www.cq.gov.cn/a.html", "link", False), ("//img.example.com/x.png", "image", False),
        ("https://www.gov.cn/zhengce/", "link", False), ("https://www.gov.cn/b.html", "link", False),
        ("https://zh.example.org/wiki/A_(B)", "link", False),
    ]


def test_raw_html_tags() -> None:
    text = ('<a href="https://s.click.taobao.com/t?e=1&amp;b=2">点这里</a>'
            "<img src='https://hm.baidu.com/hm.gif'><iframe src=https://v.example.com/embed></iframe>")
    assert urls(text) == [("https://s.click.taobao.com/t?e=1&b=2", "link", False),
                          ("https://hm.baidu.com/hm.gif", "image", False), ("https://v.example.com/embed", "embed", False)]


def test_bare_urls_in_chinese_text_stop_at_chinese_punctuation() -> None:
    text = "网址：https://www.example.com/path（注意）。也可访问www.bet365.com，或 http://a.cn/x. 谢谢"
    assert urls(text) == [("https://www.example.com/path", "link", True), ("www.bet365.com", "link", True),
                          ("http://a.cn/x", "link", True)]


def test_offsets_point_at_the_url() -> None:
    text = "前言\n详见[这里](https://www.gov.cn/a)"
    [hit] = find_links(text)
    assert text[hit.start:hit.start + len(hit.url)] == hit.url


def test_plain_text_has_no_links() -> None:
    assert find_links("各镇人民政府、街道办事处：现将有关事项通知如下。邮箱 a@b.cn") == []
    assert find_links("") == []
