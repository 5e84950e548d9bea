"""Reporters: one function per output format, each turning a Result into the text to print."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence

from gates.domain.rule import Rule
from gates.model.finding import Result

Reporter = Callable[[Result, Sequence[Rule]], str]

# Format name -> the module whose `render` writes it.
_MODULES = {"text": "text", "json": "json_out", "github": "github", "sarif": "sarif", "junit": "junit",
            "gitlab": "gitlab"}


class _Formats(Mapping[str, Reporter]):
    """The formats by name; a format's module is imported when it is asked for. A run prints one format, and
    some pull in what the others never need (an XML library, hashing): every command starts faster."""

    def __getitem__(self, name: str) -> Reporter:
        module = importlib.import_module(f"gates.report.{_MODULES[name]}")
        render: Reporter = module.render
        return render

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATS: Mapping[str, Reporter] = _Formats()
