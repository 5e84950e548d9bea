"""The rule registry: the families' explicit lists, in the order a report shows them.

Adding a rule = one module in its family's folder, one line in that family's registry, one test file.
Adding a family = one folder with its registry, one line here.

The families are imported when the registry is first asked for (`RULES`, `FAMILIES`), not with this package: a
command that needs a few families (`gates rescan`: `family_rules`) imports those alone, and importing any one
family (gates.rules.sec) runs this module first.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from gates.config import SiteConfig
from gates.domain.rule import Context, Rule
from gates.model import dates
from gates.model.finding import Severity

if TYPE_CHECKING:
    from gates.domain.approvals import Index

# The families' modules under gates/rules/, in the registry's order.
FAMILY_MODULES = ("fm", "attr", "sign", "src", "ad", "sec", "term", "freq", "link", "pub")
# Set on first use by __getattr__ (PEP 562); declared here for the type checker. Code in this module reads
# _registry() instead: a module's own global names never reach its __getattr__.
FAMILIES: tuple[ModuleType, ...]
RULES: tuple[Rule, ...]
_BY_CODE: dict[str, Rule]


def __getattr__(name: str) -> object:
    if name not in ("FAMILIES", "RULES", "_BY_CODE"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    families, every, codes = _registry()
    globals().update(FAMILIES=families, RULES=every, _BY_CODE=codes)
    return globals()[name]


@functools.cache
def _registry() -> tuple[tuple[ModuleType, ...], tuple[Rule, ...], dict[str, Rule]]:
    every = family_rules(FAMILY_MODULES)
    families = tuple(importlib.import_module(f"{__name__}.{module}") for module in FAMILY_MODULES)
    return families, every, {rule.code: rule for rule in every}


def family_rules(modules: tuple[str, ...]) -> tuple[Rule, ...]:
    """The rules of some families (names as in FAMILY_MODULES), in the registry's order, importing only those."""
    return tuple(rule for module in FAMILY_MODULES if module in modules
                 for rule in importlib.import_module(f"{__name__}.{module}").RULES)


def by_code(code: str) -> Rule | None:
    return _registry()[2].get(code.upper())


def family_names() -> tuple[str, ...]:
    return tuple(family.FAMILY for family in _registry()[0])


def select(select: list[str] | None = None, ignore: list[str] | None = None,
           stages: tuple[str, ...] = ("content", "signoff")) -> list[Rule]:
    """Rules by code or family prefix (e.g. SEC, FM003), filtered to the stages asked for (never the rescan
    stage unless asked: those rules judge a scan of the published site, which `gates check` never makes)."""
    def hit(rule: Rule, names: list[str]) -> bool:
        return any(rule.code == n.upper() or rule.family == n.upper() for n in names)

    return [
        r for r in _registry()[1]
        if r.stage in stages and (not select or hit(r, select)) and not (ignore and hit(r, ignore))
    ]


def context(root: Path, config: SiteConfig, today: dt.date | None = None,
            history: Callable[[], Index] | None = None, whole_site: bool = False,
            site_level: Severity = "warning", catalogue: Mapping[str, Rule] | None = None) -> Context:
    """A run's context, knowing every rule (FM012 asks whether a code exists and may be accepted); a run whose
    rules never ask (`gates rescan`) may give its own catalogue and spare the import of every family."""
    return Context(root=root, config=config, today=today or dates.today(),
                   catalogue=_registry()[2] if catalogue is None else catalogue, history=history, whole_site=whole_site,
                   site_level=site_level)
