"""The rule registry: an explicit list. Adding a rule = one module, one line here, one test file."""

from __future__ import annotations

from gates.rule import Rule
from gates.rules import (
    attr001_disclosure,
    attr002_reason,
    attr003_reason_basis,
    attr004_partial,
    attr005_note,
    attr006_forwarded,
    attr007_co_units,
    attr008_review_due,
    attr009_review_overdue,
    fm001_encoding,
    fm002_yaml,
    fm003_required,
    fm004_values,
    fm005_column,
    fm006_unit,
    fm007_dates,
    fm008_doc_number,
    fm009_index_number,
    fm010_index_page,
    fm011_unknown_key,
    fm012_accept,
    sec001_secrecy_mark,
    sec002_id_number,
    sec003_mobile,
    sec004_bank_card,
    sign001_chain,
    sign002_signers,
    sign003_date,
    sign004_config,
    sign005_consulted,
    sign006_history,
)

RULES: tuple[Rule, ...] = (
    fm001_encoding.RULE,
    fm002_yaml.RULE,
    fm003_required.RULE,
    fm004_values.RULE,
    fm005_column.RULE,
    fm006_unit.RULE,
    fm007_dates.RULE,
    fm008_doc_number.RULE,
    fm009_index_number.RULE,
    fm010_index_page.RULE,
    fm011_unknown_key.RULE,
    fm012_accept.RULE,
    attr001_disclosure.RULE,
    attr002_reason.RULE,
    attr003_reason_basis.RULE,
    attr004_partial.RULE,
    attr005_note.RULE,
    attr006_forwarded.RULE,
    attr007_co_units.RULE,
    attr008_review_due.RULE,
    attr009_review_overdue.RULE,
    sign001_chain.RULE,
    sign002_signers.RULE,
    sign003_date.RULE,
    sign004_config.RULE,
    sign005_consulted.RULE,
    sign006_history.RULE,
    sec001_secrecy_mark.RULE,
    sec002_id_number.RULE,
    sec003_mobile.RULE,
    sec004_bank_card.RULE,
)

_BY_CODE = {rule.code: rule for rule in RULES}


def by_code(code: str) -> Rule | None:
    return _BY_CODE.get(code.upper())


def select(select: list[str] | None = None, ignore: list[str] | None = None,
           stages: tuple[str, ...] = ("content", "signoff")) -> list[Rule]:
    """Rules by code or family prefix (e.g. SEC, FM003), filtered to the stages asked for."""
    def hit(rule: Rule, names: list[str]) -> bool:
        return any(rule.code == n.upper() or rule.family == n.upper() for n in names)

    return [
        r for r in RULES
        if r.stage in stages and (not select or hit(r, select)) and not (ignore and hit(r, ignore))
    ]
