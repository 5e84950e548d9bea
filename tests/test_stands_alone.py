"""The repository stands alone: nothing a reader follows points outside a clone."""

from __future__ import annotations

import re

from tests.conftest import PROJECT


def test_docs_point_inside_the_repository() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme and "MEASURED.md" not in readme
    assert "MEASURED.md" not in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    for path in re.findall(r"`(docs/[\w.-]+\.md)`", readme):
        assert (PROJECT / path).is_file(), path
