"""Every message the import layer can show has an Italian and a Romanian translation."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from app.imports import rejects

ROOT = Path(__file__).resolve().parents[2]
CALLS = {"CellError": 0, "ImportFileError": 0, "ValidationError": 0, "translate": 0, "make": 1, "fail": 1}


def msgids() -> set[str]:
    found = {rejects.ROW_COLUMN, rejects.REASON_COLUMN}
    for path in (ROOT / "app" / "imports").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            position = CALLS.get(name or "")
            if position is not None and len(node.args) > position:
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_every_import_message_is_translated(lang):
    catalog: dict[str, str] = {}
    for path in (ROOT / "resources" / "messages" / lang).glob("*.json"):
        catalog.update(json.loads(path.read_text(encoding="utf-8")))
    ids = msgids()
    assert len(ids) > 30
    missing = sorted(m for m in ids if m not in catalog)
    assert missing == []
    for msgid in ids:
        placeholders = {p.split("}")[0] for p in msgid.split("{")[1:]}
        assert {p.split("}")[0] for p in catalog[msgid].split("{")[1:]} == placeholders, msgid
