"""Red team 2: one malformed link on a published page stops the whole re-scan (复查, 附件3 第八条).

The crawler resolves every href with urllib's urljoin/urlsplit, which raise ValueError on a bracketed host
that does not close (`http://[x/`) or a port that is not a number. Nothing catches it: `gates rescan` ends
with "内部错误 (ValueError: Invalid IPv6 URL)", exit 2, and reports nothing else. Whoever tampers with the
live server (the case the re-scan exists for) adds that one link and every other change goes unreported;
an approved page carrying such a typo disables the weekly re-scan the same way (`gates check` accepts it).

Secure behaviour: the bad link is a finding (or skipped), and the tampered page is still reported (PUB001).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attacks.test_build_doors import gates, site  # noqa: F401

PAGE = "news/2026-03-02-changwu-huiyi/index.html"


@pytest.mark.parametrize("href", ["http://[x/", "//[oops"])
def test_a_malformed_link_on_a_tampered_page_does_not_stop_the_rescan(site: Path, href: str) -> None:  # noqa: F811
    assert gates(site, "build").returncode == 0
    page = site / "site" / PAGE
    html = page.read_text(encoding="utf-8")
    assert "<p>3月2日" in html
    page.write_text(html.replace("<p>3月2日", f'<p>机密★1年 <a href="{href}">详见</a>3月2日', 1), encoding="utf-8")
    scan = gates(site, "rescan", "site", "--no-external", "--manifest", "gates-manifest.json", "--format", "json")
    assert "内部错误" not in scan.stderr, scan.stderr
    assert scan.returncode == 1 and "PUB001" in scan.stdout, scan.stdout + scan.stderr
