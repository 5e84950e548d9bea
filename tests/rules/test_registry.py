"""The registry is whole and consistent, and every page rule's documented example really fires it."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from gates import rules
from gates.domain.rule import Rule
from tests.conftest import Site

TESTS = Path(__file__).resolve().parent


def _rule_modules() -> list[tuple[str, object]]:
    found = []
    for family in rules.FAMILIES:
        for info in pkgutil.iter_modules(family.__path__):
            module = importlib.import_module(f"{family.__name__}.{info.name}")
            if hasattr(module, "RULE"):
                found.append((family.FAMILY, module))
    return found


def test_codes_are_unique_and_well_formed() -> None:
    codes = [r.code for r in rules.RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]+\d{3}", c) for c in codes)


def test_every_rule_module_is_registered_in_its_family() -> None:
    for family, module in _rule_modules():
        rule = module.RULE  # type: ignore[attr-defined]
        registry = next(f for f in rules.FAMILIES if family == f.FAMILY)
        assert rule in registry.RULES, f"{module.__name__} is not in its family's registry"  # type: ignore[attr-defined]
        assert rule.family == family, f"{rule.code} sits in family {family}"
    assert len(_rule_modules()) == len(rules.RULES)


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.code)
def test_every_rule_is_documented_and_has_a_test_file(rule: Rule) -> None:
    assert rule.summary and rule.why and rule.example and rule.fix and re.fullmatch(r"\d\.\d+", rule.article)
    assert rule.page_check or rule.finish, f"{rule.code} checks nothing"
    folder = TESTS / rule.family.lower()
    named = [p for p in folder.glob("test_*.py") if rule.code.lower() in p.name]
    mentioned = [p for p in folder.glob("test_*.py") if rule.code in p.read_text(encoding="utf-8")]
    assert named or mentioned, f"{rule.code} has no test file in {folder}"


# Examples that cannot be written as page text; their own test files build the real case.
OWN_TEST = {
    "FM001": "an encoding problem is bytes, not text: test_fm001_encoding.py writes GBK and binary files",
    "FM013": "about files beside pages, not page text: test_fm013_unknown_file.py writes them",
    "FM014": "needs two pages: test_fm014_index_number_unique.py writes them",
}
# The site-level freshness rules look at a page only to note its date; what fires them is a whole site at a date,
# which their test files (tests/rules/freq/) build with their own columns.yml.
OWN_TEST.update(dict.fromkeys(("FREQ004", "FREQ005", "FREQ006", "FREQ007", "FREQ008", "FREQ009"),
                              "a whole site at a date, built in tests/rules/freq/"))
PAGE_RULES = [r for r in rules.RULES if r.stage == "content" and r.page_check is not None and r.code not in OWN_TEST]


@pytest.mark.parametrize("rule", PAGE_RULES, ids=lambda r: r.code)
def test_the_documented_example_fires(site: Site, rule: Rule) -> None:
    """As ruff tests its fixtures: the example shown by `gates explain` is a real case of the rule."""
    path = example_page(site, rule)
    found = {f.code for f in site.check(path, rules=rules.RULES)}
    assert rule.code in found, f"{rule.code}'s example does not fire it:\n{rule.example}"


def example_page(site: Site, rule: Rule) -> str:
    """The example as a page: a whole file when it starts with a fence, else front-matter lines (key: value)
    merged into a valid draft, else body text. A trailing （…） or (…) remark explains and is dropped."""
    example = re.sub(r"[ \t]+[（(][^（）()\n]*[）)]$", "", rule.example.strip())
    path = "content/notices/index.md" if "index.md" in rule.example else "content/notices/example.md"
    if example.startswith("---"):
        return site.write(path, example + ("\n" if example.rstrip().endswith("---") else "\n---\n") + "正文。\n")
    lines = example.splitlines()
    if lines and re.match(r"^[a-z_]+:", lines[0]):
        keys = {line.split(":", 1)[0] for line in lines if re.match(r"^[a-z_]+:", line)}
        base = {"title": "关于开展冬季安全生产检查的通知", "column": "notices", "unit": "qzfb",
                "disclosure": "主动公开", "status": "draft"}
        head = [f"{k}: {v}" for k, v in base.items() if k not in keys]
        return site.write(path, "---\n" + "\n".join(head + lines) + "\n---\n正文。\n")
    return site.page(path, body=example + "\n")
