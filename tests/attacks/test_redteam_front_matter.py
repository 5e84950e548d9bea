"""Red team: the gates and MkDocs read a page's front matter differently, so text no one approved is rendered.

gates ends front matter at the first `---` line and hashes the parsed mapping (comments are not part of it).
MkDocs (mkdocs.utils.meta.YAML_RE) also ends it at a `...` line, and when its own YAML load of the front matter
fails (an impossible date, which gates keeps as text) it renders the whole file, front matter included.
Either way YAML comments, which the content hash and the content rules never see, reach readers as Markdown.

Each test edits an approved, published page of the demo after its approval, commits as the drafter (no
reviewer key), and runs CI's two steps. Secure behaviour: the edit is refused, or at least nothing of it
reaches site/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attacks.test_build_doors import commit, everything_in, gates, site  # noqa: F401

PAGE = "content/news/2026-03-02-changwu-huiyi.md"
MARK = "INJECTED-AFTER-APPROVAL"
PAYLOAD = f"# {MARK} 机密★1年 11010519491231002X <iframe src=\"https://evil.example/\"></iframe>"


def _document_end_marker(text: str) -> str:
    """Close MkDocs' front matter early with `...`; to gates (YAML) what follows is a comment."""
    end = text.index("\n---\n", 4)
    return text[:end] + "\n...\n" + PAYLOAD + text[end:]


def _impossible_date_in_signers(text: str) -> str:
    """`signers` is outside the content hash; an impossible date there breaks only MkDocs' YAML load, and
    MkDocs then renders the front matter, comments included, as the page body."""
    line = '  drafter: {name: "王晓", date: 2026-03-02}'
    assert line in text
    return text.replace(line, line[:-1] + ", seen: 2026-02-30}\n" + PAYLOAD)


@pytest.mark.parametrize("edit", [_document_end_marker, _impossible_date_in_signers])
def test_unapproved_text_smuggled_through_front_matter_never_reaches_the_site(site: Path, edit) -> None:  # noqa: F811
    page = site / PAGE
    page.write_text(edit(page.read_text(encoding="utf-8")), encoding="utf-8")
    commit(site, "改一处错别字")
    check = gates(site, "check")
    build = gates(site, "build")
    built = everything_in(site / "site")
    assert MARK not in built and "evil.example" not in built, "unapproved text was published"
    assert check.returncode == 1 and build.returncode == 1, check.stdout + build.stderr
