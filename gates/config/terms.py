"""terms.yml: wording rules (严重表述错误, 3.2)."""

from __future__ import annotations

from dataclasses import dataclass

from gates.config.fields import choice_at, entries, text_at


@dataclass(frozen=True)
class Term:
    wrong: str
    right: str
    level: str




def parse_terms(text: str, file: str = "site_config/terms.yml") -> tuple[Term, ...]:
    out = []
    for place, item in entries(text, "terms", file):
        out.append(Term(text_at(item, "wrong", file, place), text_at(item, "right", file, place),
                        choice_at(item, "level", ("error", "warning"), file, place)))
    return tuple(out)
