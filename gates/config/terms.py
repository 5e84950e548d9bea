"""terms.yml: wording rules (严重表述错误, 3.2): a wrong form, the right form, how serious, and where the wrong
form is in fact part of a longer correct phrase (`allow`)."""

from __future__ import annotations

from dataclasses import dataclass

from gates.config.fields import ConfigError, choice_at, entries, list_at, text_at

LEVELS = ("error", "warning")


@dataclass(frozen=True)
class Term:
    wrong: str
    right: str
    level: str
    allow: tuple[str, ...] = ()  # longer correct phrases that contain the wrong form (原国家卫计委)
    note: str = ""  # why, shown with the finding (2018年机构改革后更名)


def parse_terms(text: str, file: str = "site_config/terms.yml") -> tuple[Term, ...]:
    out: list[Term] = []
    seen: dict[str, str] = {}
    for place, item in entries(text, "terms", file):
        wrong = text_at(item, "wrong", file, place).strip()
        right = text_at(item, "right", file, place).strip()
        if wrong == right:
            raise ConfigError(f"{file}: {place}: wrong 与 right 相同 ({wrong!r})")
        if wrong in seen:
            raise ConfigError(f"{file}: {place}.wrong: {wrong!r} 与 {seen[wrong]} 重复")
        seen[wrong] = place
        allow = []
        for raw in list_at(item.get("allow"), file, f"{place}.allow"):
            phrase = str(raw).strip()
            if wrong not in phrase or phrase == wrong:
                raise ConfigError(f"{file}: {place}.allow: {phrase!r} 应为包含 {wrong!r} 的更长的正确说法")
            allow.append(phrase)
        out.append(Term(wrong, right, choice_at(item, "level", LEVELS, file, place), tuple(allow),
                        text_at(item, "note", file, place, required=False).strip()))
    for term in out:
        for phrase in term.allow:
            if phrase in seen:
                raise ConfigError(f"{file}: {seen[term.wrong]}.allow: {phrase!r} 同时是 {seen[phrase]} 的错误说法")
    return tuple(out)
