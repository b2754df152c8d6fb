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
