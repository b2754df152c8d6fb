"""Which database failures are the world's doing and which are ours: sorted by error code, never by wording.

A locked file, a full disk, a read-only database, a lost server connection or a transaction that lost a
conflict are conditions a user can do something about (wait, free space, call the administrator): they become a
:class:`~app.errors.StorageError` in the user's language. Everything else — a missing column, a syntax error, a
constraint the code forgot — is a bug: :func:`refusal_for` returns ``None`` and the caller lets the original
exception travel to the crash dialog (desktop) or the crash line (CLI), both of which write it to the log.

SQLite's driver carries the extended result code (``sqlite_errorcode``, Python 3.11+); its low byte is the primary
code. psycopg carries the SQLSTATE (``sqlstate``). Both are read from the DB-API exception, not the message, so a
translated server message or a new wording in a driver changes nothing.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from app.errors import StorageError

log = logging.getLogger(__name__)

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_NOMEM = 7
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26

BUSY = "The database is busy (another workstation is writing). Please try again."
FULL = "The disk is full: nothing was saved. Free some space and try again."
READ_ONLY = "The database file is read-only: nothing was saved."
SERVER_READ_ONLY = "The database server accepts no changes now (it is read-only): nothing was saved."
CONNECTION_LOST = "The connection to the database server was lost: try again in a moment."
CONFLICT = "Another workstation was changing the same records at the same moment: nothing was saved. Please try again."
FILE_DAMAGED = "The database file cannot be read or written (SQLite says: {reason}); nothing was saved."
SERVER_TROUBLE = (
    "The database server cannot do this now ({reason}); nothing was saved. Try again in a moment."
)

_SQLITE = {
    SQLITE_BUSY: BUSY,
    SQLITE_LOCKED: BUSY,
    SQLITE_FULL: FULL,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_IOERR: FILE_DAMAGED,
    SQLITE_CORRUPT: FILE_DAMAGED,
    SQLITE_CANTOPEN: FILE_DAMAGED,
    SQLITE_NOTADB: FILE_DAMAGED,
    SQLITE_PROTOCOL: FILE_DAMAGED,
    SQLITE_NOMEM: FILE_DAMAGED,
}

#: exact SQLSTATEs; whole classes are in :data:`_POSTGRES_CLASSES`
_POSTGRES = {
    "40001": CONFLICT,  # serialization_failure (left after retry.retried gave up)
    "40P01": CONFLICT,  # deadlock_detected (the same)
    "55P03": BUSY,  # lock_not_available (lock_timeout)
    "57014": BUSY,  # query_canceled (statement_timeout)
    "25006": SERVER_READ_ONLY,  # read_only_sql_transaction outside our READ ONLY reads: a standby, a locked database
    "53100": FULL,  # disk_full
    "57P01": CONNECTION_LOST,  # admin_shutdown
    "57P02": CONNECTION_LOST,  # crash_shutdown
    "57P03": CONNECTION_LOST,  # cannot_connect_now
}
_POSTGRES_CLASSES = {
    "08": CONNECTION_LOST,  # connection exception
    "53": SERVER_TROUBLE,  # insufficient resources (out of memory, too many connections)
    "58": SERVER_TROUBLE,  # system error (the server's own I/O)
}


def refusal_for(exc: DBAPIError) -> StorageError | None:
    """The user's refusal for a known condition behind ``exc``, or ``None`` when ``exc`` is a bug."""
    orig = exc.orig
    reason = (
        str(orig).strip().splitlines()[0] if orig is not None and str(orig).strip() else type(orig).__name__
    )
    msgid = _known(exc)
    if msgid is None:
        return None
    log.info("storage refusal: %s", reason)  # the user reads it; a WARNING would print it twice in the CLI
    return StorageError(msgid, reason=reason) if "{reason}" in msgid else StorageError(msgid)


def _known(exc: DBAPIError) -> str | None:
    orig = exc.orig
    if exc.connection_invalidated:
        return CONNECTION_LOST
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        return _POSTGRES.get(sqlstate) or _POSTGRES_CLASSES.get(sqlstate[:2])
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE.get(code & 0xFF)
    if _client_side_postgres(orig):
        return CONNECTION_LOST
    return None


def _client_side_postgres(orig: BaseException | None) -> bool:
    """psycopg's own OperationalError without a SQLSTATE: libpq lost the server (closed socket, timeout)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency; SQLite-only builds still work
        return False
    return isinstance(orig, psycopg.OperationalError) and getattr(orig, "sqlstate", None) is None
