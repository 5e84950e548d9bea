"""The rule registry: the families' explicit lists, in the order a report shows them.

Adding a rule = one module in its family's folder, one line in that family's registry, one test file.
Adding a family = one folder with its registry, one line here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from gates.config import SiteConfig
from gates.domain.approvals import Index
from gates.domain.rule import Context, Rule
from gates.model import dates
from gates.model.finding import Severity
from gates.rules import ad, attr, fm, freq, link, pub, sec, sign, src, term

FAMILIES = (fm, attr, sign, src, ad, sec, term, freq, link, pub)
RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES for rule in family.RULES)

_BY_CODE = {rule.code: rule for rule in RULES}


def by_code(code: str) -> Rule | None:
    return _BY_CODE.get(code.upper())


def family_names() -> tuple[str, ...]:
    return tuple(family.FAMILY for family in FAMILIES)


def select(select: list[str] | None = None, ignore: list[str] | None = None,
           stages: tuple[str, ...] = ("content", "signoff")) -> list[Rule]:
    """Rules by code or family prefix (e.g. SEC, FM003), filtered to the stages asked for (never the rescan
    stage unless asked: those rules judge a scan of the published site, which `gates check` never makes)."""
    def hit(rule: Rule, names: list[str]) -> bool:
        return any(rule.code == n.upper() or rule.family == n.upper() for n in names)

    return [
        r for r in RULES
        if r.stage in stages and (not select or hit(r, select)) and not (ignore and hit(r, ignore))
    ]


def context(root: Path, config: SiteConfig, today: dt.date | None = None,
            history: Callable[[], Index] | None = None, whole_site: bool = False,
            site_level: Severity = "warning") -> Context:
    """A run's context, knowing every rule (FM012 asks whether a code exists and may be accepted)."""
    return Context(root=root, config=config, today=today or dates.today(), catalogue=_BY_CODE, history=history,
                   whole_site=whole_site, site_level=site_level)
