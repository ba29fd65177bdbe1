"""The shape of the code, held by tests: no import cycle (imports inside functions included),
typer only in cli/, rich only in renderers."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "spbe_cli"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str) -> Iterator[tuple[str, int]]:
    """Every module of the package this one imports, at any depth (functions included), with
    the line; imports only read by type checkers are left out."""
    package = module if MODULES[module].name == "__init__.py" else module.rsplit(".", 1)[0]
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")
                base = ".".join(parent[: len(parent) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                child = f"{base}.{alias.name}"
                yield (child if child in MODULES else base), node.lineno
        stack.extend(ast.iter_child_nodes(node))


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = {name for name, _ in _imports(tree, module) if name in MODULES} - {module}
    return graph


def test_the_scan_sees_imports_inside_functions() -> None:
    graph = _graph()
    assert "spbe_cli.planning" in graph["spbe_cli.cli.plan"]  # imported inside the command
    assert (
        "spbe_cli.renderers.score.table" not in graph["spbe_cli.renderers.score"]
    )  # TYPE_CHECKING


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def _imported_top(module: str) -> set[str]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_typer_only_in_the_cli_and_rich_only_in_renderers() -> None:
    for module in MODULES:
        imported = _imported_top(module)
        if "typer" in imported:
            assert module.startswith("spbe_cli.cli"), module
        if "rich" in imported:
            assert module.startswith("spbe_cli.renderers"), module


def test_no_function_above_complexity_rank_c() -> None:
    """radon's cyclomatic complexity: rank C ends at 20; above it a function does too much."""
    from radon.complexity import cc_visit

    worst = [
        f"{path.relative_to(ROOT)}:{block.lineno} {block.name} {block.complexity}"
        for folder in ("src", "bench", "tests")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for block in cc_visit(path.read_text(encoding="utf-8"))
        if block.complexity > 20
    ]
    assert worst == []
