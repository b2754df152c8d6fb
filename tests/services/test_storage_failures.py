"""Database failures sorted by error code: known conditions are refusals, anything else is a bug (both databases)."""

from __future__ import annotations

import sqlite3
import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.errors import RimedioError, StorageError
from app.services import cases
from app.store import engine as store_engine
from app.store import failures


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # what the driver sets from SQLite's extended result code
    return exc


class _PgError(Exception):
    def __init__(self, message: str, sqlstate: str | None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("orig", "msgid"),
    [
        (_sqlite_error("database is locked", 5), failures.BUSY),
        (_sqlite_error("database table is locked", 6 | (1 << 8)), failures.BUSY),  # SQLITE_LOCKED_SHAREDCACHE
        (_sqlite_error("database or disk is full", 13), failures.FULL),
        (
            _sqlite_error("attempt to write a readonly database", 8 | (3 << 8)),
            failures.READ_ONLY,
        ),  # READONLY_ROLLBACK
        (_sqlite_error("disk I/O error", 10 | (4 << 8)), failures.FILE_DAMAGED),
        (_PgError("deadlock detected", "40P01"), failures.CONFLICT),
        (_PgError("could not serialize access", "40001"), failures.CONFLICT),
        (_PgError("canceling statement due to lock timeout", "55P03"), failures.BUSY),
        (_PgError("could not extend file: No space left on device", "53100"), failures.FULL),
        (_PgError("terminating connection due to administrator command", "57P01"), failures.CONNECTION_LOST),
        (_PgError("connection failure", "08006"), failures.CONNECTION_LOST),
        (_PgError("cannot execute UPDATE in a read-only transaction", "25006"), failures.SERVER_READ_ONLY),
    ],
)
def test_a_known_condition_is_a_refusal_in_the_users_words(shop, orig, msgid):
    with pytest.raises(StorageError) as refused:
        with shop.db.write():
            raise OperationalError("UPDATE cases …", {}, orig)
    assert refused.value.msgid == msgid
    assert "\n" not in refused.value.message


@pytest.mark.parametrize(
    "orig",
    [
        _sqlite_error("no such column: cases.summary", 1),  # SQLITE_ERROR: our SQL is wrong
        _sqlite_error("database is locked, they say", 1),  # the words alone decide nothing
        sqlite3.OperationalError("something odd happened"),  # no code at all
        _PgError("column cases.summary does not exist", "42703"),
        _PgError("syntax error at or near", "42601"),
    ],
)
def test_anything_else_is_a_bug_that_travels_on(shop, orig):
    with pytest.raises(OperationalError) as raised:
        with shop.db.write():
            raise OperationalError("SELECT …", {}, orig)
    assert raised.value.orig is orig


def test_a_schema_bug_reaches_the_crash_path_not_a_refusal(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, order_number="1002", kind="damaged", channel="email", summary="Vase cracked")
    with shop.db.write() as s:
        s.execute(text("ALTER TABLE cases RENAME COLUMN summary TO summary_was"))
    try:
        with pytest.raises(DBAPIError) as raised:  # SQLite's OperationalError, PostgreSQL's ProgrammingError
            cases.get_case(ctx, case.id)
    finally:  # the PostgreSQL test database is shared by the session's tests: its schema is put back
        with shop.db.write() as s:
            s.execute(text("ALTER TABLE cases RENAME COLUMN summary_was TO summary"))
    assert not isinstance(raised.value, RimedioError)
    assert "summary" in str(raised.value.orig)


def test_a_real_lock_held_elsewhere_is_the_busy_refusal(shop):
    """Another workstation holds the lock and this one gives up waiting: SQLite's SQLITE_BUSY, PostgreSQL's 55P03."""
    if shop.db.is_sqlite:
        other = sqlite3.connect(shop.db.url.database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another workstation is writing
        try:
            with pytest.raises(StorageError) as refused:
                with shop.db.read() as s:  # a deferred transaction: it asks for the write lock at the INSERT
                    s.execute(text("PRAGMA busy_timeout = 1"))
                    s.execute(
                        text("UPDATE users SET username = username WHERE id = :id"), {"id": shop.agent.id}
                    )
        finally:
            other.execute("ROLLBACK")
            other.close()
    else:
        with shop.db.engine.connect() as other:
            other.execute(text("SELECT id FROM users WHERE id = :id FOR UPDATE"), {"id": shop.agent.id})
            with pytest.raises(StorageError) as refused:
                with shop.db.write() as s:
                    s.execute(text("SET LOCAL lock_timeout = '50ms'"))
                    s.execute(text("SELECT id FROM users WHERE id = :id FOR UPDATE"), {"id": shop.agent.id})
            other.rollback()
    assert refused.value.msgid == failures.BUSY


@pytest.mark.postgres
def test_a_pooled_connection_the_server_dropped_is_replaced_before_it_is_used(database):
    """What a server restart or an administrator's kill does to a workstation's pooled connection, even one used
    a moment ago: the next transaction gets a live connection, with no error shown (the pool checks a connection
    before lending it)."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only")
    url = database.engine.url.render_as_string(hide_password=False)
    engine, other = store_engine.create(url), store_engine.create(url)
    try:
        with engine.connect() as conn:
            before = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with other.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": before})  # gone
        with engine.begin() as conn:  # at once: the server said goodbye on the socket, so it is pinged
            after = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        assert after != before
    finally:
        engine.dispose()
        other.dispose()


@pytest.mark.postgres
def test_a_connection_back_from_use_a_moment_ago_is_lent_without_a_ping(database, monkeypatch):
    """A busy workstation's transactions follow each other closely: a connection that came back to the pool
    less than half a second ago is lent as it is, one round trip fewer per transaction; an idle one is pinged."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only")
    engine = store_engine.create(database.engine.url.render_as_string(hide_password=False))
    pings = []
    ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda c: pings.append(1) or ping(c))
    try:
        for _ in range(3):
            with engine.begin() as conn:
                conn.execute(text("SELECT 1"))
        assert pings == []
        time.sleep(store_engine.PING_AFTER_IDLE_S + 0.1)
        with engine.begin() as conn:
            conn.execute(text("SELECT 1"))
        assert pings == [1]
    finally:
        engine.dispose()
