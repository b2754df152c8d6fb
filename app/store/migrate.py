"""Bring a database to the schema of this program, or refuse one written by a newer program.

Migrations ship inside the package (``app/store/migrations``) and run on ``rimedio init`` and on every start.
A revision this program does not know means a newer Rimedio wrote the database: it is refused untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from app.errors import StorageError
from app.store.revisions import MIGRATIONS, head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a migration has to run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


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

    from app.store import roles

    cfg = alembic_config()
    with engine.begin() as conn:
        if before is not None and conn.dialect.name == "postgresql" and not _owns_schema(conn):
            raise StorageError(
                "The database's schema ({revision}) is older than this Rimedio's: the owner role upgrades it once "
                "with `rimedio init --owner OWNER`; this login may not change the schema.",
                revision=before,
            )
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        roles.regrant(conn)  # new tables: the app role set up by `rimedio db roles` gets its rights on them
    return True


def _owns_schema(conn) -> bool:
    """Whether the connected PostgreSQL user may change the tables (owns them, or is a superuser)."""
    return bool(
        conn.execute(
            text(
                "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename = 'alembic_version'"
            )
        ).scalar()
    )
