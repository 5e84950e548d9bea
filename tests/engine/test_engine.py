from __future__ import annotations

from collections.abc import Iterator

from gates import engine
from gates.domain.rule import Context, Rule
from gates.engine import accept
from gates.model.finding import Finding
from gates.model.page import Page
from tests.conftest import Site, codes


def _explode(page: Page, ctx: Context) -> Iterator[Finding]:
    raise KeyError("boom")


BROKEN = Rule(code="FM999", name="broken", summary="s", article="3.1", why="w", example="e", fix="f", check=_explode)


def test_a_rule_that_raises_becomes_an_error_finding(site: Site) -> None:
    site.page("content/news/a.md")
    found = site.check(rules=[BROKEN])
    assert codes(found) == ["FM999"] and found[0].severity == "error" and "KeyError" in found[0].message


def test_discover_relative_paths(site: Site) -> None:
    site.page("content/news/a.md")
    site.page("content/news/2026/b.md", column="news")
    site.write("content/news/c.txt", "x")
    assert engine.discover(site.root) == ["content/news/2026/b.md", "content/news/a.md"]
    assert engine.discover(site.root, [str(site.root / "content/news/a.md")]) == ["content/news/a.md"]
    assert engine.discover(site.root, ["content/news/c.txt", "content/missing.md"]) == []


def test_accept_matches_full_width_digits() -> None:
    assert accept._same_text("023-6785 1234", "０２３６７８５１２３４")
    assert not accept._same_text("02367851234", "02367851235")
