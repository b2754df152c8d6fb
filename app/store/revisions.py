"""Which schema revisions this program ships, read from its migration files.

Kept free of SQLAlchemy and Alembic: the start-up check (:mod:`app.store.migrate`) and the desktop's quick start
(:mod:`app.services.quick_start`) both need the head revision before either library is loaded.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.M)


@cache
def known_revisions() -> dict[str, str | None]:
    """Revision → the one it revises, read from the shipped migration files (no Alembic import at start-up)."""
    result: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        body = path.read_text(encoding="utf-8")
        rev = _REVISION.search(body)
        if rev:
            down = _DOWN.search(body)
            result[rev.group(1)] = down.group(1) if down else None
    return result


def head_revision() -> str:
    """The newest revision, or ``""`` when the files do not form a single line."""
    revisions = known_revisions()
    parents = {down for down in revisions.values() if down}
    heads = [rev for rev in revisions if rev not in parents]
    return heads[0] if len(heads) == 1 else ""
