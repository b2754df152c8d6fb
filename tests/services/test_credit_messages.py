"""Every message of the credit, approval, campaign and audit code has an Italian and a Romanian translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.i18n import _catalog

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app/services/credit").glob("*.py")),
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app/services/approvals").glob("*.py")),
    "app/services/campaigns.py",
    "app/services/audit.py",
    "app/cli/commands/credit.py",
    "app/cli/commands/approvals.py",
    "app/cli/commands/campaigns.py",
    "app/cli/commands/audit.py",
]
CALLS = {"ValidationError", "NotFound", "PermissionDenied", "Conflict", "translate"}


def _msgids() -> set[str]:
    found = set()
    for name in FILES:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) in CALLS
            ):
                if (
                    node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_every_message_is_translated_with_the_same_placeholders(lang):
    catalog = _catalog(lang)
    missing = sorted(m for m in _msgids() if m not in catalog)
    assert missing == []
    for msgid in _msgids():
        assert sorted(_fields(catalog[msgid])) == sorted(_fields(msgid)), msgid


def _fields(text: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]
