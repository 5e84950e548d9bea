"""One place that knows how we read YAML: the C loader when PyYAML has it, the pure one otherwise."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Base = yaml.SafeLoader

YAMLError = yaml.YAMLError


class Refused(yaml.YAMLError):
    """A document we refuse to read although YAML allows it; str() is the Chinese reason, line is 0-based."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return self.message


_RESOLVED: dict[str, str] = {}  # plain scalar text -> its implicit tag
_RESOLVED_MAX = 4096
_RESOLVED_LEN = 64


class _Loader(_Base):
    """SafeLoader whose impossible dates (2024-02-30) stay text, for a rule to report, instead of raising."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        # The C parser asks this for every node; for a plain scalar the answer (str, int, bool, date, …)
        # depends on its text alone, and front matter repeats the same texts page after page (column ids,
        # units, dates, names), so each text's regex matching is done once.
        # Long texts (titles, descriptions) rarely repeat and would only fill the memo.
        if kind is yaml.ScalarNode and implicit[0] and len(value) <= _RESOLVED_LEN and not self.yaml_path_resolvers:
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                assert tag is not None
                if len(_RESOLVED) >= _RESOLVED_MAX:
                    _RESOLVED.clear()  # unique short texts pile up on a big site: start afresh, never grow
                _RESOLVED[value] = tag
            return tag
        other: str = super().resolve(kind, value, implicit)
        return other

    def construct_document(self, node: yaml.Node) -> Any:
        try:
            return _plain(self, node, set())
        except (_Unusual, ValueError, TypeError, RecursionError):
            # Unusual shapes, and errors, which the generic constructor raises with its own message; it
            # must not see what _plain refuses, so the same checks run over the nodes first.
            _vet(node, set())
            return super().construct_document(node)


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return loader.construct_scalar(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


# ---- a fast path for plain data -----------------------------------------------------------------------
# Front matter is plain data: mappings, lists, strings, a few dates, numbers and booleans. PyYAML's generic
# constructor spends more time than the C parser on such a document (per node: a dispatch through
# construct_object, a memo of constructed objects, generators for containers). _plain builds the same values
# directly from the parsed nodes; anything else (merge keys, explicit or unknown tags, complex keys,
# recursive aliases) raises _Unusual and the whole document goes through the generic constructor instead,
# so errors and unusual shapes behave exactly as before.
#
# Two things YAML allows are refused outright, on both paths. Aliases (*name): a few hundred bytes of nested
# aliases ("billion laughs") expand to gigabytes wherever the value is walked — the content hash, the site —
# and editors never need them. Duplicate keys: YAML keeps the last one silently, so a page could say
# `disclosure: 不予公开` to a reviewer reading the top and `disclosure: 主动公开` to the build.

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
# Scalar constructors that look at nothing but the node itself, so calling them directly is safe.
_SCALARS: dict[str, Any] = {
    tag: _Loader.yaml_constructors[tag]
    for tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")
}


class _Unusual(Exception):
    """The document needs the generic constructor."""


def _plain(loader: Any, node: yaml.Node, seen: set[int]) -> Any:
    tag = node.tag
    if type(node) is yaml.ScalarNode:
        if tag == _STR:
            return node.value
        construct = _SCALARS.get(tag)
        if construct is None:
            raise _Unusual
        return construct(loader, node)
    # An alias is the same node object again.
    if id(node) in seen:
        raise _alias(node)
    seen.add(id(node))
    out: Any
    if type(node) is yaml.MappingNode and tag == _MAP:
        out = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or key_node.tag in ("tag:yaml.org,2002:merge",
                                                                        "tag:yaml.org,2002:value"):
                raise _Unusual
            key = _plain(loader, key_node, seen)
            if key in out:
                raise _duplicate(key_node)
            out[key] = _plain(loader, value_node, seen)
    elif type(node) is yaml.SequenceNode and tag == _SEQ:
        out = [_plain(loader, item, seen) for item in node.value]
    else:
        raise _Unusual
    return out


def _vet(node: yaml.Node, seen: set[int]) -> None:
    """Refuse aliases and duplicate scalar keys anywhere in a document, before the generic constructor."""
    stack = [node]
    while stack:
        current = stack.pop()
        if type(current) is yaml.ScalarNode:
            continue
        if id(current) in seen:
            raise _alias(current)
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    if key_node.value in keys:
                        raise _duplicate(key_node)
                    keys.add(key_node.value)
                stack += [key_node, value_node]
        elif isinstance(current, yaml.SequenceNode):
            stack += current.value


def _alias(node: yaml.Node) -> Refused:
    return Refused("不支持 YAML 锚点和别名 (& 与 *)：请把值直接写出来", node.start_mark.line)


def _duplicate(key_node: yaml.Node) -> Refused:
    return Refused(f"键 {key_node.value!r} 重复出现：同一个键只能写一次", key_node.start_mark.line)


def load(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects
    except (ValueError, TypeError, RecursionError) as exc:
        # Constructors can still fail outside YAMLError (e.g. huge ints, deep nesting); report as YAML errors.
        raise yaml.YAMLError(str(exc)) from exc


def error_line(exc: yaml.YAMLError) -> int | None:
    """0-based line of a YAML error, when PyYAML knows it."""
    if isinstance(exc, Refused):
        return exc.line
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line if mark is not None else None
