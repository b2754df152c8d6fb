"""Engines for the two supported databases, set up the way Rimedio needs them.

SQLite: WAL journal (readers never block the writer), foreign keys on, a busy timeout, and write transactions
that start with ``BEGIN IMMEDIATE`` so two workstations never deadlock upgrading a read lock.
PostgreSQL: psycopg 3; the password is never read from or written to a file by Rimedio: it comes from the URL
given on the command line, ``RIMEDIO_DB_PASSWORD``, the keyring, or the caller's prompt.
"""

from __future__ import annotations

import os
import select
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError

from app.errors import StorageError

PasswordPrompt = Callable[[str], str | None]

SQLITE_BUSY_TIMEOUT_MS = 10_000


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError("Not a database address: {url}", url=url) from None
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.get_backend_name() != "sqlite":
        raise StorageError(
            "Rimedio works with SQLite or PostgreSQL, not {backend}.", backend=parsed.get_backend_name()
        )
    return parsed


def keyring_account(url: URL) -> str:
    """The keyring account under which a PostgreSQL password is kept: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def describe(url: URL) -> str:
    """A human-readable name of the database without the password (status bar, messages)."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def create(url: str, prompt: PasswordPrompt | None = None) -> Engine:
    """An engine that has proven it can connect; every failure is a :class:`StorageError` with a clear reason."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(parsed)
    else:
        engine = _postgres_engine(parsed, prompt)
    return engine


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).expanduser().parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True)
            except OSError as exc:
                raise StorageError(
                    "Cannot create the folder {folder}: {reason}", folder=str(folder), reason=exc.strerror
                ) from None
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, pool_pre_ping=False)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:  # pragma: no cover - trivial
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # pragma: no cover - trivial
        immediate = conn.get_execution_options().get("rimedio_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        engine.dispose()
        raise sqlite_refusal(
            str(exc.orig), url.database or "", getattr(exc.orig, "sqlite_errorcode", None)
        ) from None
    return engine


#: SQLite's primary result codes that say why a file could not be opened (https://sqlite.org/rescode.html)
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14


def sqlite_refusal(reason: str, path: str, code: int | None = None) -> StorageError:
    """What SQLite's refusal to open ``path`` means for the user: a full disk and a read-only file or disk say
    so (the file may be a perfectly good database); only the rest is "not a Rimedio database". SQLite's result
    code decides when the driver gives one; the wording only when it does not."""
    low = reason.lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or primary is None and ("disk is full" in low or "no space" in low):
        return StorageError("The disk holding {path} is full: free some space and try again.", path=path)
    if primary == _SQLITE_READONLY or primary is None and ("readonly" in low or "read-only" in low):
        return StorageError(
            "{path} is read-only (the file or its disk): Rimedio cannot work in it.", path=path
        )
    if (
        primary in (_SQLITE_PERM, _SQLITE_IOERR, _SQLITE_CANTOPEN)
        or primary is None
        and ("unable to open" in low or "disk i/o error" in low or "permission denied" in low)
    ):
        return StorageError("Cannot open {path} (SQLite says: {reason}).", path=path, reason=reason)
    return StorageError("{path} is not a Rimedio database (SQLite says: {reason}).", path=path, reason=reason)


def _postgres_engine(url: URL, prompt: PasswordPrompt | None) -> Engine:
    from app.secrets_store import get_secret  # the keyring is loaded only for a PostgreSQL password

    password = url.password or os.environ.get("RIMEDIO_DB_PASSWORD") or get_secret(keyring_account(url))
    attempt = url.set(password=password) if password else url
    for try_number in range(2):
        engine = create_engine(attempt, connect_args={"connect_timeout": 5})
        _ping_when_idle(engine)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return engine
        except OperationalError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            needs_password = "password" in reason.lower() and "no password supplied" in reason.lower()
            if needs_password and try_number == 0 and prompt is not None:
                typed = prompt(describe(url))
                if typed:
                    attempt = url.set(password=typed)
                    continue
            raise _postgres_error(url, reason) from None
    raise _postgres_error(url, "no password")  # pragma: no cover - loop always returns or raises


#: A pooled PostgreSQL connection idle longer than this is pinged before it is lent (seconds)
PING_AFTER_IDLE_S = 0.5
_IDLE_SINCE = "rimedio_idle_since"


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before lending it: with a ping when it has been idle for more than
    :data:`PING_AFTER_IDLE_S`, otherwise by looking whether the server sent it anything while it was idle.

    Why: a server restart or an administrator's kill leaves dead connections in a workstation's pool, so each is
    checked before it is lent (a dead one is replaced with no error shown). But a ping is a round trip of its
    own, one more for every transaction: a fifth of a read's on a busy desk. A connection back from use less
    than half a second ago is lent without one (as pools such as HikariCP do, its ``aliveBypassWindowMs``),
    unless its socket has something to read: an idle connection that listens to nothing is sent something only
    when the server ends it (a restart, a kill: PostgreSQL says so before closing), and then it is pinged, fails
    and is replaced. Only a server that vanished without a word in that half second (a crash of its machine, a
    cut network) reaches the call, as "the connection was lost: try again"."""

    @event.listens_for(engine, "connect")
    def _connected(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()  # just made: alive

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop(_IDLE_SINCE, None)
        recent = since is not None and time.monotonic() - since < PING_AFTER_IDLE_S
        if recent and not _server_spoke(dbapi_connection):
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(str(exc)) from exc  # the pool drops it and lends a fresh connection


def _server_spoke(dbapi_connection: Any) -> bool:
    """Whether an idle connection's socket has something to read (or is gone): a system call, no round trip."""
    try:
        if dbapi_connection.closed:
            return True
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _postgres_error(url: URL, reason: str) -> StorageError:
    low = reason.lower()
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    if "password authentication failed" in low or "no password supplied" in low:
        return StorageError(
            "PostgreSQL at {where} refused the password for user {user}.",
            where=where,
            user=url.username or "",
        )
    if "does not exist" in low and "database" in low:
        return StorageError("PostgreSQL at {where} has no database {db}.", where=where, db=url.database or "")
    if (
        "connection refused" in low
        or "could not connect" in low
        or "timeout" in low
        or "translate host" in low
    ):
        return StorageError(
            "Cannot reach the PostgreSQL server at {where}: is it running and reachable? ({reason})",
            where=where,
            reason=reason,
        )
    return StorageError("PostgreSQL at {where} refused the connection: {reason}", where=where, reason=reason)
