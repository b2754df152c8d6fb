"""Fresh, migrated databases for tests: a SQLite file per test, or a PostgreSQL database per test session.

SQLite: the schema is migrated once into a template file and copied for each test (fast, isolated).
PostgreSQL: one database per session on the server of ``RIMEDIO_TEST_PG`` (default: the local trust-auth
server); each test starts from empty tables (TRUNCATE). Without a server the PostgreSQL tests are skipped
with the reason — except under CI, where a missing server is a failure, because CI must test both.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
from sqlalchemy import text

from app.domain import settings_registry as registry
from app.services.clock import SYSTEM, Clock
from app.services.database import Database, open_database
from app.store import rollups

PG_ADMIN_URL = os.environ.get("RIMEDIO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def pg_reason_unavailable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_URL.replace("postgresql+psycopg", "postgresql"), connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server"
        return f"no PostgreSQL server at {PG_ADMIN_URL}: {str(exc).strip().splitlines()[0]}"


class PostgresFactory:
    def __init__(self) -> None:
        self.name = f"rimedio_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        base = PG_ADMIN_URL.rsplit("/", 1)[0]
        self.url = f"{base}/{self.name}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        self.db = open_database(self.url)
        with self.db.engine.connect() as conn:
            self.tables = [
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname='public' "
                        "AND tablename NOT IN ('alembic_version', 'installation_keys')"
                    )
                )
            ]

    def fresh(self) -> Database:
        self.db.clock = SYSTEM  # one database object for every test: none inherits a clock a test set
        with self.db.engine.begin() as conn:
            # the append-only tables refuse TRUNCATE (migration 0009) to everyone but a superuser who switches
            # triggers off for the transaction, as this test server's superuser may
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(
                text("TRUNCATE " + ", ".join(f'"{t}"' for t in self.tables) + " RESTART IDENTITY CASCADE")
            )
            # the reports' rollups were emptied with the rest: their zone (the default setting's) as the migration sets it
            rollups.rebuild(conn, ZoneInfo(registry.spec("shop.timezone").default))
        return self.db

    def close(self) -> None:
        self.db.dispose()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class SqliteFactory:
    def __init__(self, folder: Path) -> None:
        self.template = folder / "template.sqlite3"
        db = open_database(f"sqlite:///{self.template}")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()

    def fresh(self, folder: Path, clock: Clock = SYSTEM) -> Database:
        target = folder / "rimedio.sqlite3"
        shutil.copyfile(self.template, target)
        return open_database(f"sqlite:///{target}", clock=clock)


class PostgresScratch:
    """Empty PostgreSQL databases made on demand (optionally copied from another one), all dropped by
    :meth:`close` — for tests that need a database of their own beside the session's."""

    def __init__(self) -> None:
        self.tag = f"rimedio_scratch_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.names: list[str] = []
        self.opened: list[Database] = []

    def url(self, name: str) -> str:
        return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"

    def create(self, label: str, template: str | None = None) -> str:
        """A new database's URL (empty, or a copy of the database named ``template``)."""
        name = f"{self.tag}_{label}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        self.names.append(name)
        return self.url(name)

    def open(self, url: str, upgrade: bool = True) -> Database:
        db = open_database(url, upgrade=upgrade)
        self.opened.append(db)
        return db

    def close(self) -> None:
        for db in self.opened:
            db.dispose()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            for name in self.names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
