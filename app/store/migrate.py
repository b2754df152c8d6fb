"""Bring a database to the schema of this program, or refuse one written by a newer program.

Migrations ship inside the package (``app/store/migrations``) and run on ``rimedio init`` and on every start.
A revision this program does not know means a newer Rimedio wrote the database: it is refused untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.errors import StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    """Refuse a database whose schema revision this program does not know."""
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(current)
    except Exception:
        known = None
    if known is None:
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
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
