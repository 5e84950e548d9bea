"""The incremental build (`gates build --incremental`, GATES_BUILD_REUSE=1 for the plugin) leaves a site
identical, byte for byte and file for file, to a full build: after publishing a page, editing one, withdrawing
one and changing the configuration. Each case also checks that pages were really reused (else the equality
would prove nothing) and that what the change touches was rendered again."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gates_mkdocs.test_mkdocs_build import article, make_site, write

PROJECT = Path(__file__).resolve().parents[2]
rendered_pages: set[str] = set()  # the pages the last incremental build rendered (when it names them)


def run(root: Path, *, incremental: bool) -> tuple[dict[str, bytes], int, int]:
    """One build; every output file's bytes, and how many pages were reused and rendered."""
    global rendered_pages
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(PROJECT),
           "GATES_BUILD_REUSE": "1" if incremental else "0"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml")],
                            cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    counts = re.search(r"沿用上次构建的页面 (\d+) 个，重新生成 (\d+) 个", result.stderr)
    assert counts, result.stderr
    named = re.search(r"重新生成 \d+ 个：(\S+)", result.stderr)
    if incremental:
        rendered_pages = set(named.group(1).split("、")) if named else set()
    site = root / "site"
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    return files, int(counts.group(1)), int(counts.group(2))


def incremental_equals_full(root: Path) -> tuple[int, int]:
    """Build incrementally, then fully from scratch (cache and site gone): the two trees must be the same."""
    fast, reused, rendered = run(root, incremental=True)
    fast_manifest = (root / "gates-manifest.json").read_bytes()  # it takes the sha256 of reused pages as verified
    shutil.rmtree(root / ".cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    full, none_reused, _ = run(root, incremental=False)
    assert none_reused == 0
    assert fast_manifest == (root / "gates-manifest.json").read_bytes()
    assert sorted(fast) == sorted(full)
    differing = [name for name in full if fast[name] != full[name]]
    assert differing == []
    # The full build recorded the same pages: the next case starts from its output, as CI would.
    return reused, rendered


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = make_site(tmp_path, per_page=2)
    c = root / "content"
    write(c, "index.md", "---\ntitle: 首页\n---\n")
    for day in range(1, 9):
        write(c, f"news/n{day}.md", article(f"第{day}日工作动态", "news", day, f"区政府第{day}日召开会议，研究贴息政策。"))
    write(c, "notices/a.md", article("关于开放日的通知", "notices", 3, "详见[草稿](../news/draft.md)与[第二日](../news/n2.md)。"))
    write(c, "news/draft.md", article("尚未发布的动态", "news", 9, "草稿正文。", status="draft"))
    write(c, "policies/p.md", article("关于印发工作要点的通知", "policies", 4, "现印发给你们。"))
    write(c, "policies/j.md", article("工作要点解读", "policies", 5, "解读如下。", extra="related: [policies/p.md]\n"))
    run(root, incremental=False)
    return root


def test_nothing_changed_reuses_every_page(site: Path) -> None:
    reused, rendered = incremental_equals_full(site)
    assert rendered == 0 and reused > 15


def test_publishing_one_page(site: Path) -> None:
    draft = site / "content/news/draft.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("status: draft", "status: published\ndate: 2026-03-09"),
                     encoding="utf-8")
    reused, rendered = incremental_equals_full(site)
    # The page, the notice that linked it while it was a draft (the link was text), news listings, home,
    # 公开目录 ... were rendered; the other articles were not.
    assert reused >= 8 and rendered >= 4
    assert {"news/draft.md", "notices/a.md", "index.md", "news/index.md", "xxgk/index.md"} <= rendered_pages
    assert "news/n5.md" not in rendered_pages and "policies/p.md" not in rendered_pages


def test_editing_one_page(site: Path) -> None:
    page = site / "content/policies/p.md"
    page.write_text(page.read_text(encoding="utf-8").replace("关于印发工作要点的通知", "关于印发2026年工作要点的通知"),
                    encoding="utf-8")
    reused, rendered = incremental_equals_full(site)
    assert reused >= 8 and rendered >= 3  # the page, its 解读 (相关文件 shows the title), the listing ...
    assert {"policies/p.md", "policies/j.md", "policies/index.md"} <= rendered_pages
    assert "news/n5.md" not in rendered_pages


def test_withdrawing_one_page(site: Path) -> None:
    page = site / "content/news/n2.md"
    text = page.read_text(encoding="utf-8").replace("status: published", "status: withdrawn")
    page.write_text(text.replace("---\n区政府", "withdrawal: {reason: 内容有误，本文撤回, date: 2026-03-20}\n---\n区政府", 1),
                    encoding="utf-8")
    reused, rendered = incremental_equals_full(site)
    assert reused >= 8 and rendered >= 3


def test_unpublishing_one_page_drops_it_and_unlinks_it(site: Path) -> None:
    page = site / "content/news/n2.md"
    page.write_text(page.read_text(encoding="utf-8").replace("status: published", "status: draft"), encoding="utf-8")
    reused, rendered = incremental_equals_full(site)
    assert reused >= 8 and rendered >= 2
    assert "notices/a.md" in rendered_pages  # its link to the page becomes text
    assert not (site / "site/news/n2/index.html").exists()


def test_a_configuration_change_renders_everything(site: Path) -> None:
    site_yml = site / "site_config/site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _, _, rendered = run(site, incremental=True)  # the fingerprint changed: nothing reused
    assert rendered > 15
    sponsor = re.sub(r"(?m)^sponsor: .*$", "sponsor: 另一个主办单位", site_yml.read_text(encoding="utf-8"))
    site_yml.write_text(sponsor, encoding="utf-8")
    reused, _ = incremental_equals_full(site)
    assert reused == 0


def test_an_altered_previous_output_is_rendered_again(site: Path) -> None:
    page = site / "site/news/n3/index.html"
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<script>planted()</script></body>"))
    reused, rendered = incremental_equals_full(site)
    assert rendered == 1 and reused > 15


def test_gates_build_incremental_is_accepted_and_equals_the_full_gated_build(demo: Path, tmp_path: Path) -> None:
    """Through `gates build`, with the sign-off verification on: the manifest check accepts the incremental
    result, and it is the full build's, file for file."""
    repo = tmp_path / "site-repo"
    shutil.copytree(demo, repo, symlinks=True)
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(demo.parent / "cache-mac.key")}

    def gates_build(*args: str) -> dict[str, bytes]:
        proc = subprocess.run([sys.executable, "-m", "gates", "build", *args], cwd=repo, env=env,
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
        return {p.relative_to(repo / "site").as_posix(): p.read_bytes() for p in (repo / "site").rglob("*") if p.is_file()}

    full = gates_build()
    records = json.loads((repo / ".cache/gates/pages.json").read_text(encoding="utf-8"))["pages"]
    assert len(records) > 10
    incremental = gates_build("--incremental")
    assert incremental == full
    assert not (repo / ".cache/gates/previous-site").exists()


def test_the_manifest_takes_a_verified_sha256_only_from_the_very_file_verified(tmp_path: Path) -> None:
    """A reused output's sha256 is known from its verification; once the file is written to (or another file
    stands in its place) the manifest must hash it again."""
    import hashlib

    from gates_mkdocs.reuse import Reuse

    previous = tmp_path / "previous"
    (previous / "news/a").mkdir(parents=True)
    page = previous / "news/a/index.html"
    page.write_bytes(b"<p>old</p>")
    sha = hashlib.sha256(b"<p>old</p>").hexdigest()
    reuse = Reuse(tmp_path / "pages.json", "fingerprint", True, previous_site=previous)
    assert reuse._previous_output("news/a/index.html", "0" * 64) == (None, None)
    output, identity = reuse._previous_output("news/a/index.html", sha)
    assert output == page and identity is not None
    reuse.verified["news/a/index.html"] = identity
    moved = tmp_path / "site/news/a/index.html"
    moved.parent.mkdir(parents=True)
    os.replace(page, moved)
    assert reuse.known_sha256("news/a/index.html", os.lstat(moved)) == sha
    assert reuse.known_sha256("news/b/index.html", os.lstat(moved)) is None
    status = os.lstat(moved)
    moved.write_bytes(b"<p>new</p>")
    os.utime(moved, ns=(status.st_atime_ns, status.st_mtime_ns + 1))  # written to: a later time
    assert reuse.known_sha256("news/a/index.html", os.lstat(moved)) is None
    other = tmp_path / "other.html"
    other.write_bytes(b"<p>old</p>")
    os.utime(other, ns=(status.st_atime_ns, status.st_mtime_ns))
    os.replace(other, moved)  # another file (another inode) in its place, even with the same time and size
    assert reuse.known_sha256("news/a/index.html", os.lstat(moved)) is None
