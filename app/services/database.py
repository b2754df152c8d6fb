"""One handle on the database for the whole process: engine, sessions and transactions.

Every service call opens its own session (``read()`` or ``write()``), so sessions are never shared between
threads; the engine and its pool are. Known storage failures (locked, disk full, server gone), sorted by error
code in :mod:`app.store.failures`, become a :class:`StorageError` with a message; anything else is a bug and
propagates to the crash dialog or the CLI's crash line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.config import database_url
from app.errors import StorageError, ValidationError
from app.services.clock import SYSTEM, Clock
from app.store import engine as engines
from app.store import migrate
from app.store.failures import refusal_for

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PostgresInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert

    from app.store.base import Base

log = logging.getLogger(__name__)


class Database:
    """The database and the clock its services read the time from (``clock``: the system's by default)."""

    def __init__(self, engine: Engine, url_text: str, clock: Clock = SYSTEM) -> None:
        self.engine = engine
        self.clock = clock
        self.url = engine.url
        self.description = engines.describe(engine.url)
        self.dialect = engine.dialect.name
        # PostgreSQL reads run in READ ONLY transactions: a list never takes a write lock by mistake, and the
        # server knows it needs no transaction id for them
        if engine.dialect.name == "postgresql":
            _read_only_reads(engine)
        self._reader = sessionmaker(bind=engine.execution_options(rimedio_read=True), expire_on_commit=False)
        self._writer = sessionmaker(bind=engine.execution_options(rimedio_write=True), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end (nothing it does is kept)."""
        with _translated():
            session = self._reader()
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed if the block ends normally, rolled back on any exception."""
        with _translated():
            session = self._writer()
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def insert(self, table: type[Base]) -> PostgresInsert | SqliteInsert:
        """An INSERT into ``table`` in this database's dialect, which can say what to do on a conflict (an
        upsert): ``.on_conflict_do_nothing(…)`` / ``.on_conflict_do_update(…)`` read alike in both."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as postgres_insert

            return postgres_insert(table)
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table)

    def dispose(self) -> None:
        self.engine.dispose()


def _read_only_reads(engine: Engine) -> None:
    """Every transaction of :meth:`Database.read` starts as ``BEGIN READ ONLY`` (psycopg sends the BEGIN with
    the first statement, so this costs no round trip); every other transaction as a plain ``BEGIN``."""
    if getattr(engine, "_rimedio_read_only", False):
        return
    engine._rimedio_read_only = True  # type: ignore[attr-defined]  # a mark of ours on SQLAlchemy's engine

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        dbapi = conn.connection.dbapi_connection
        wanted = bool(conn.get_execution_options().get("rimedio_read", False))
        if dbapi is not None and getattr(dbapi, "read_only", None) != wanted:
            dbapi.read_only = wanted  # psycopg's Connection.read_only


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        refusal = refusal_for(exc)
        if refusal is None:
            raise  # a bug (a missing column, a syntax error): the crash report, not a refusal
        raise refusal from exc
    except OverflowError:
        # SQLite's driver refuses an int beyond 64 bits before the query runs; every input should have been
        # checked against app.domain.ranges first, and this keeps one that was not from becoming a traceback.
        raise ValidationError(_OUT_OF_RANGE) from None
    except DataError as exc:
        if _out_of_range(exc):
            raise ValidationError(_OUT_OF_RANGE) from None
        if "nul" in str(exc.orig).lower():  # PostgreSQL text cannot hold a NUL byte
            raise ValidationError(
                "Text with a NUL character cannot be stored; nothing was changed."
            ) from None
        raise
    except DBAPIError as exc:
        refusal = refusal_for(exc) if exc.connection_invalidated else None
        if refusal is None:
            raise
        raise refusal from exc


_OUT_OF_RANGE = "A number or date you gave is outside what the database can hold; nothing was changed."


def _out_of_range(exc: DataError) -> bool:
    """PostgreSQL's ``integer out of range`` (22003) and ``date/time field value out of range`` (22008)."""
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("22003", "22008") or "out of range" in str(exc.orig).lower()


def _opening_refusal(exc: DBAPIError) -> StorageError:
    """Bringing the schema up to date failed: a known condition says so; anything else still ends in a refusal
    that names the database's reason, since no window is open yet to show a crash and the file was not touched
    (each migration runs in its own transaction)."""
    known = refusal_for(exc)
    if known is not None:
        return known
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    log.info("the schema could not be brought up to date: %s", reason, exc_info=exc)  # to the file only
    return StorageError("The database could not complete the request: {reason}", reason=reason)


def open_database(
    url: str | None = None,
    prompt: engines.PasswordPrompt | None = None,
    upgrade: bool = True,
    clock: Clock = SYSTEM,
) -> Database:
    """Connect (``--db``/``RIMEDIO_DB``/the embedded file) and bring the schema up to date; the services on it
    read the time from ``clock``.

    A database written by a newer Rimedio is refused untouched (:class:`StorageError`).
    """
    text = database_url(url)
    engine = engines.create(text, prompt=prompt)
    try:
        if upgrade:
            migrate.upgrade(engine)
        else:
            migrate.check_not_newer(engine)
    except StorageError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise _opening_refusal(exc) from exc
    return Database(engine, text, clock)
