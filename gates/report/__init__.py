"""Reporters: one function per output format, each turning a Result into the text to print."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gates.domain.rule import Rule
from gates.model.finding import Result
from gates.report import github, gitlab, json_out, junit, sarif, text

Reporter = Callable[[Result, Sequence[Rule]], str]

FORMATS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_out.render,
    "github": github.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "gitlab": gitlab.render,
}

