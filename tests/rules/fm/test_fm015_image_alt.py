from __future__ import annotations

from tests.conftest import Site, codes

MEETING = "区政府召开第5次常务会议，研究部署春季安全生产等工作。\n\n"


def test_markdown_image_without_alt_text_warns_on_its_line(site: Site) -> None:
    site.page("content/news/a.md", body=MEETING + "![](images/huiyi.jpg)\n\n会议强调，要压紧压实责任。\n")
    findings = site.check()
    assert codes(findings) == ["FM015"]
    assert findings[0].severity == "warning" and "images/huiyi.jpg" in findings[0].message
    assert site.root.joinpath("content/news/a.md").read_text(encoding="utf-8").splitlines()[findings[0].line - 1] \
        == "![](images/huiyi.jpg)"


def test_html_images_without_alt_or_with_an_empty_one_warn(site: Site) -> None:
    site.page("content/news/a.md", body=MEETING + '<img src="images/a.jpg">\n\n<img src="images/b.jpg" alt=" ">\n')
    assert codes(site.check()) == ["FM015", "FM015"]


def test_images_with_alt_text_pass(site: Site) -> None:
    site.page("content/news/a.md", body=MEETING + "![区政府第5次常务会议现场](images/huiyi.jpg)\n\n"
              '<img src="images/b.jpg" alt="会议现场">\n\n<IMG SRC=images/c.jpg ALT=现场照片>\n\n'
              "见[会议纪要](files/jiyao.pdf)，图表见![图1 2026年一季度投资完成情况][tu1]。\n\n"
              "[tu1]: images/tu1.png\n")
    assert site.check() == []


def test_an_image_shown_as_code_is_not_an_image(site: Site) -> None:
    site.page("content/news/a.md", body=MEETING + "编辑须知：插入图片的写法\n\n```\n![](images/x.jpg)\n```\n")
    assert site.check() == []
