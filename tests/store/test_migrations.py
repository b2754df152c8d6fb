"""The schema: migrations and models agree, and databases we must not touch are refused untouched."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.errors import StorageError
from app.services.database import open_database
from app.store.base import Base

SEARCH_OBJECTS = ("_fts", "_search_trgm")


def _include(obj, name, type_, reflected, compare_to) -> bool:
    return not (name and any(part in name for part in SEARCH_OBJECTS))


def test_models_and_migrations_agree(database):
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_a_database_written_by_a_newer_rimedio_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(StorageError, match="newer version of Rimedio"):
        open_database(f"sqlite:///{path}")
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == (
        "9999_future",
    )


def test_a_file_that_is_not_a_sqlite_database_is_refused_clearly(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"This is a shopping list, not a database.\n" * 200)
    with pytest.raises(StorageError, match="is not a Rimedio database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"This is a shopping list")


def test_a_postgresql_server_that_is_down_gives_a_clear_message():
    with pytest.raises(StorageError, match="Cannot reach the PostgreSQL server at 127.0.0.1:9"):
        open_database("postgresql://rimedio@127.0.0.1:9/rimedio")


@pytest.mark.parametrize(
    ("server_says", "user_reads"),
    [
        ('FATAL:  password authentication failed for user "agent"', "refused the password for user agent"),
        ("fe_sendauth: no password supplied", "refused the password"),
        ('FATAL:  database "shop" does not exist', "has no database shop"),
        ("connection timeout expired", "Cannot reach the PostgreSQL server"),
    ],
)
def test_postgresql_refusals_are_told_in_plain_words(server_says, user_reads):
    # This machine's server trusts every local login, so the refusals are checked on libpq's own wording.
    from app.store.engine import _postgres_error, parse_url

    error = _postgres_error(parse_url("postgresql://agent@db.shop.example/shop"), server_says)
    assert user_reads in error.message


def test_an_unknown_database_kind_is_refused():
    with pytest.raises(StorageError, match="SQLite or PostgreSQL"):
        open_database("mysql://root@localhost/shop")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_database):
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_the_quick_start_up_check_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from app.store.migrate import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert set(known_revisions()) == {rev.revision for rev in script.walk_revisions()}
