"""Bring a database to the schema of this program, or refuse one written by a newer program.

Migrations ship inside the package (``app/store/migrations``) and run on ``rimedio init`` and on every start.
A revision this program does not know means a newer Rimedio wrote the database: it is refused untouched.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from app.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.M)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a migration has to run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


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
    revisions = known_revisions()
    parents = {down for down in revisions.values() if down}
    heads = [rev for rev in revisions if rev not in parents]
    return heads[0] if len(heads) == 1 else ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(engine: Engine) -> None:
    """Refuse a database whose schema revision this program does not know."""
    current = current_revision(engine)
    if current is None:
        return
    if current not in known_revisions():
        raise StorageError(
            "This database was written by a newer version of Rimedio (schema {revision}). "
            "Update Rimedio on this computer; the database was not changed.",
            revision=current,
        )


def upgrade(engine: Engine) -> bool:
    """Apply the missing migrations; returns whether anything was applied."""
    check_not_newer(engine)
    before = current_revision(engine)
    head = head_revision()
    if before == head:
        return False
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
