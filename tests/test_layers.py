"""The layers stay visible: ``app/`` never imports Qt; ``ui/`` never talks to the store or SQL directly."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_app_never_imports_qt():
    assert _offenders("app", ("PySide6", "shiboken6", "ui")) == []


def test_ui_never_imports_the_store_or_sqlalchemy():
    assert _offenders("ui", ("app.store", "sqlalchemy", "alembic", "psycopg", "sqlite3")) == []


def test_no_test_imports_a_conftest():
    """Several test folders have a conftest.py and only one can be importable as ``conftest`` in a run: what test
    modules share goes in tests/support/ (or a fixture), so any combination of folders collects."""
    assert _offenders("tests", ("conftest",)) == []


def _module_name(path: Path, top: Path) -> str:
    parts = list(path.relative_to(top).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, package: str, modules: set[str]) -> set[str]:
    """Every module of ``modules`` that ``path`` imports, at the top or inside a function (an import deferred into
    a function still ties the two modules together), leaving out ``if TYPE_CHECKING:`` blocks (never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:  # ``from package import module`` or ``from module import name``
                names.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return names & modules


def _import_cycles(package: Path) -> list[list[str]]:
    """The groups of modules of ``package`` (a folder) that import each other, directly or round a loop (Tarjan)."""
    paths = {_module_name(p, package.parent): p for p in sorted(package.rglob("*.py"))}
    graph = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = sorted(_runtime_imports(path, package, set(paths)) - {name})
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for name in graph:
        if name not in index:
            visit(name)
    return sorted(cycles)


def test_no_import_cycle_inside_app():
    """Every module of app/ stands on others one way: two that import each other (even inside a function) fail."""
    cycles = _import_cycles(ROOT / "app")
    assert cycles == [], "modules that import each other (make one of them stand on the other): " + repr(
        cycles
    )


def test_the_cycle_check_finds_a_cycle_through_a_deferred_import(tmp_path):
    """The check itself: a package whose two modules import each other, one of them inside a function and with a
    relative import, is found; an import only for type checkers and a one-way import are not cycles."""
    pkg = tmp_path / "shop"
    (pkg / "inner").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "inner" / "__init__.py").write_text("")
    (pkg / "floor.py").write_text("import json\n")
    (pkg / "cases.py").write_text("from shop import floor\nfrom shop.inner.approvals import decide\n")
    (pkg / "inner" / "approvals.py").write_text("def decide():\n    from ..cases import open_case\n")
    (pkg / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from shop import cases\nfrom shop import floor\n"
    )
    (pkg / "floor_user.py").write_text("from shop.floor import json\n")
    assert _import_cycles(pkg) == [["shop.cases", "shop.inner.approvals"]]
    (pkg / "floor.py").write_text("from shop import typed\n")  # floor -> typed -> floor: a second loop
    assert _import_cycles(pkg) == [["shop.cases", "shop.inner.approvals"], ["shop.floor", "shop.typed"]]
