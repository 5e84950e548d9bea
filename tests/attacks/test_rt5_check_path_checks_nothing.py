"""Red team 5 (low severity): `gates check PATH` with a path that exists but holds no page exits 0.

Red team 4 made a path that does not exist a usage error (exit 2) because "a mistyped path would otherwise
check nothing and pass". A path that exists but is not under content/ still checks nothing and passes:
`gates check site_config` prints "检查 0 个文件：0 个错误" and exits 0 while the site's pages are never read.
Only a caller who chooses the arguments can do this (CI and pre-push pass none, pre-commit passes staged
files under content/), so it matters for hand-written CI steps such as `gates check "$CHANGED_DIR"`.
(A path outside the repository is walked and its .md files judged as pages; they fail FM005, so that does
not pass.)

Secure behaviour: exit 2, as for a path that does not exist.
"""

from __future__ import annotations

import pytest

from gates.cli import main
from tests.conftest import Site


def test_the_control_checks_the_page(site: Site) -> None:
    site.page("content/news/a.md", disclosure=None)
    assert main(["check", "--root", str(site.root), "--stage", "content", "content/news/a.md"]) == 1


@pytest.mark.parametrize("path", ["site_config", "site_config/ads.yml"])
def test_a_path_with_no_page_of_the_site_is_a_usage_error(site: Site, path: str) -> None:
    site.page("content/news/a.md", disclosure=None)  # the site's own page is not clean
    assert main(["check", "--root", str(site.root), "--stage", "content", path]) == 2
