"""terms.yml: wording rules (严重表述错误, 3.2)."""

from __future__ import annotations

from dataclasses import dataclass

from gates.config.fields import choice_at, list_at, load_yaml, mapping_at, text_at


@dataclass(frozen=True)
class Term:
    wrong: str
    right: str
    level: str




def parse_terms(text: str, file: str = "site_config/terms.yml") -> tuple[Term, ...]:
    data = mapping_at(load_yaml(text, file) or {}, file, "")
    out = []
    for i, raw in enumerate(list_at(data.get("terms"), file, "terms")):
        place = f"terms[{i}]"
        item = mapping_at(raw, file, place)
        out.append(Term(text_at(item, "wrong", file, place), text_at(item, "right", file, place),
                        choice_at(item, "level", ("error", "warning"), file, place)))
    return tuple(out)
