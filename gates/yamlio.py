"""One place that knows how we read YAML: the C loader when PyYAML has it, the pure one otherwise."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Base = yaml.SafeLoader

YAMLError = yaml.YAMLError


class _Loader(_Base):
    """SafeLoader whose impossible dates (2024-02-30) stay text, for a rule to report, instead of raising."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return loader.construct_scalar(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects
    except (ValueError, TypeError, RecursionError) as exc:
        # Constructors can still fail outside YAMLError (e.g. huge ints, deep nesting); report as YAML errors.
        raise yaml.YAMLError(str(exc)) from exc


def error_line(exc: yaml.YAMLError) -> int | None:
    """0-based line of a YAML error, when PyYAML knows it."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line if mark is not None else None
