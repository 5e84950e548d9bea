"""The package's imports run one way: cli -> actions -> {engine, rules, site, gitrecord, report}
-> domain -> {config, detect} -> model. A test, so the layering cannot quietly erode."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "gates"

# Higher layers may import lower ones; packages in the same layer may not import each other.
LAYERS: dict[str, int] = {
    "model": 0,
    "config": 1, "detect": 1,
    "domain": 2,
    "engine": 3, "rules": 3, "site": 3, "gitrecord": 3, "report": 3, "feeds": 3, "crawl": 3,
    "actions": 4,
    "cli": 5,
    "__main__": 6,
}


def _room(module: str) -> str | None:
    """The top-level package of a gates module: gates.rules.fm.fm001 -> rules; gates itself -> None."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "gates" else None


def _imports() -> dict[str, set[tuple[str, int]]]:
    """module file -> the gates modules it imports (at any depth, TYPE_CHECKING included), with line."""
    found: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(rel.parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                found[module].update((n, node.lineno) for n in names if n.startswith("gates"))
            elif isinstance(node, ast.Import):
                found[module].update((a.name, node.lineno) for a in node.names if a.name.startswith("gates"))
    return found


def test_every_room_has_a_layer() -> None:
    rooms = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    rooms |= {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert rooms <= set(LAYERS), f"place these in a layer: {sorted(rooms - set(LAYERS))}"


def test_imports_run_one_way() -> None:
    wrong = []
    for module, targets in _imports().items():
        here = _room(module)
        if here is None:
            continue
        for target, line in targets:
            there = _room(target)
            if there is None or there == here or there not in LAYERS:
                continue
            if LAYERS[there] >= LAYERS[here]:
                wrong.append(f"{module}:{line} imports {target} ({here} layer {LAYERS[here]} -> {there} "
                             f"layer {LAYERS[there]})")
    assert not wrong, "imports against the direction:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles_between_modules() -> None:
    graph: dict[str, set[str]] = {m: {t for t, _ in ts} for m, ts in _imports().items()}
    modules = set(graph)
    edges = {m: {t for t in ts if t in modules and t != m} for m, ts in graph.items()}
    # A package's __init__ re-exporting its own modules is not a cycle of design; only count edges between
    # modules where neither is an ancestor package of the other.
    for m, ts in edges.items():
        edges[m] = {t for t in ts if not (m.startswith(t + ".") or t.startswith(m + "."))}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, trail: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle.extend([*trail[trail.index(nxt):], node, nxt] if nxt in trail else [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, [*trail, node]):
                return True
        state[node] = 2
        return False

    for start in sorted(edges):
        if state.get(start) is None and visit(start, []):
            break
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_the_gate_core_never_imports_mkdocs() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if any(isinstance(n, (ast.Import, ast.ImportFrom)) and "mkdocs" in ast.unparse(n)
                        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))))]
    assert offenders == []
