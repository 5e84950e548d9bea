"""The contract for SRC, AD and TERM at the command line: `gates check` fails on each, `gates sources verify`
reads feeds (exit 1 on a distorted reprint, 0 with only warnings), a bad list exits 2 with one line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import Site
from tests.feeds.samples import BUSINESS, rss
from tests.feeds.server import feed_server


def gates(site: Site, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=site.root, capture_output=True, text=True,
                          check=False)


@pytest.mark.parametrize(("meta", "body", "family"), [
    ({"source": "{type: reprint, name: 重庆市人民政府, url: 'https://www.cq.gov.cn.evil.com/a.html'}"},
     "3月23日，全市优化营商环境大会召开。\n", "SRC"),
    ({}, "详情请见[活动页面](https://s.click.taobao.com/t?e=abc)。\n", "AD"),
    ({}, "即日起到店扫码领取优惠券，限时折扣，先到先得！\n", "AD"),
    ({"title": "台湾总统选举结果对两岸关系的影响"}, "正文。\n", "TERM"),
])
def test_check_fails_with_the_right_family(site: Site, meta: dict[str, str], body: str, family: str) -> None:
    site.page("content/news/a.md", body=body, **meta)
    proc = gates(site, "check", "--stage", "content", "--format", "json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    errors = [f for f in json.loads(proc.stdout)["findings"] if f["severity"] == "error"]
    assert errors and {f["code"].rstrip("0123456789") for f in errors} == {family}
    assert all(f["article"] in ("3.2", "3.4") for f in errors)


def test_check_passes_a_correct_reprint(site: Site) -> None:
    site.page("content/news/a.md", body="3月23日，全市优化营商环境大会召开。\n", title=BUSINESS.title,
              source=f"{{type: reprint, name: 重庆市人民政府, url: '{BUSINESS.link}'}}")
    proc = gates(site, "check", "--stage", "content")
    assert proc.returncode == 0, proc.stdout


def test_bad_terms_file_exits_2_with_one_line(site: Site) -> None:
    site.write("site_config/terms.yml", "terms:\n  - {wrong: 卫计委, right: 卫生健康委, level: warning, allow: [卫健委]}\n")
    for args in (("check",), ("sources", "verify")):
        proc = gates(site, *args)
        assert proc.returncode == 2 and proc.stdout == ""
        assert len(proc.stderr.strip().splitlines()) == 1 and "terms.yml" in proc.stderr


def test_sources_verify_exit_codes_and_json(site: Site) -> None:
    with feed_server() as server:
        url = server.serve("/cq/rss.xml", rss([BUSINESS], full_text=True))
        site.write("site_config/sources.yml", f"""
            sources:
              - {{name: 重庆市人民政府, kind: government, domains: [www.cq.gov.cn], feed: "{url}"}}
            verify: {{timeout: 2}}
            """)
        site.page("content/news/a.md", body="3月23日，全区召开大会，区长讲话，部署招商引资。\n", title="全区大会召开",
                  status="published", source=f"{{type: reprint, name: 重庆市人民政府, url: '{BUSINESS.link}'}}")
        proc = gates(site, "sources", "verify", "--format", "json", "--today", "2026-03-26")
        assert proc.returncode == 1, proc.stderr
        [finding] = json.loads(proc.stdout)["findings"]
        assert finding["code"] == "SRC006" and finding["path"] == "content/news/a.md"
        server.serve("/cq/rss.xml", "down", status=500, content_type="text/plain")
        proc = gates(site, "sources", "verify", "--no-cache")
        assert proc.returncode == 0, proc.stdout
        assert "SRC009 警告" in proc.stdout and "HTTP 500" in proc.stdout


def test_sources_without_action_is_a_usage_error(site: Site) -> None:
    proc = gates(site, "sources")
    assert proc.returncode == 2 and "gates sources verify" in proc.stderr
