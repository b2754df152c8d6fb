"""A minimal read-only libpq client for the desktop's quick start on PostgreSQL (issue 17, start-up figure).

Why not psycopg here: importing psycopg costs 0.1–0.6 s (asyncio, importlib.metadata, typing_extensions and its
type adapters come with it), more than the whole quick path on the embedded file; the quick start needs four
plain queries. This module loads the libpq that psycopg's binary wheel ships (or the system's) with ctypes
(≈ 25 ms) and runs parameterised queries in text format, turning the few column types the start-up reads
(integers, booleans, text, timestamps left as ISO text) into Python values. Anything it cannot do — no libpq
found, a failed connection — raises :class:`LibpqFailure` and the caller falls back to psycopg, then to the
normal path. It never writes: the session is ``default_transaction_read_only``.
"""

from __future__ import annotations

import ctypes
import glob
import importlib.util
import os
from collections.abc import Iterator, Sequence
from typing import Any

CONNECTION_OK = 0
PGRES_TUPLES_OK = 2
_INTS = {20, 21, 23, 26}  # int8, int2, int4, oid
_BOOL = 16


class LibpqFailure(Exception):
    """Anything the minimal client cannot do: the quick path steps aside."""


_lib: ctypes.CDLL | None = None


def _library() -> ctypes.CDLL:
    global _lib
    if _lib is not None:
        return _lib
    candidates: list[str] = []
    spec = importlib.util.find_spec("psycopg_binary")
    if spec is not None and spec.origin:
        site = os.path.dirname(os.path.dirname(spec.origin))
        candidates += sorted(glob.glob(os.path.join(site, "psycopg_binary.libs", "libpq*.so*")))
    candidates += ["libpq.so.5", "libpq.5.dylib", "libpq.dll"]
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        lib.PQconnectdb.restype = ctypes.c_void_p
        lib.PQconnectdb.argtypes = [ctypes.c_char_p]
        lib.PQstatus.argtypes = [ctypes.c_void_p]
        lib.PQerrorMessage.restype = ctypes.c_char_p
        lib.PQerrorMessage.argtypes = [ctypes.c_void_p]
        lib.PQfinish.argtypes = [ctypes.c_void_p]
        lib.PQexecParams.restype = ctypes.c_void_p
        lib.PQexecParams.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_char_p),
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
        ]
        lib.PQresultStatus.argtypes = [ctypes.c_void_p]
        lib.PQntuples.argtypes = [ctypes.c_void_p]
        lib.PQnfields.argtypes = [ctypes.c_void_p]
        lib.PQftype.restype = ctypes.c_uint
        lib.PQftype.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.PQgetisnull.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.PQgetvalue.restype = ctypes.c_char_p
        lib.PQgetvalue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.PQclear.argtypes = [ctypes.c_void_p]
        _lib = lib
        return lib
    raise LibpqFailure("no libpq")


def _value(raw: bytes, oid: int) -> Any:
    text = raw.decode("utf-8")
    if oid in _INTS:
        return int(text)
    if oid == _BOOL:
        return text == "t"
    return text


#: A row as psycopg and sqlite3 give it: the columns' values, typed by the query.
Row = tuple[Any, ...]


class Cursor:
    def __init__(self, rows: list[Row]) -> None:
        self._rows = rows

    def fetchone(self) -> Row | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Row]:
        return list(self._rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)


class Connection:
    """``execute(sql, params)`` with ``%s`` placeholders, as the quick reader writes them for psycopg."""

    def __init__(self, conninfo: str) -> None:
        self._lib = _library()
        self._conn = self._lib.PQconnectdb(conninfo.encode("utf-8"))
        if not self._conn or self._lib.PQstatus(self._conn) != CONNECTION_OK:
            message = self._lib.PQerrorMessage(self._conn) if self._conn else b""
            self.close()
            raise LibpqFailure((message or b"").decode("utf-8", "replace").strip() or "cannot connect")
        self.execute("SET default_transaction_read_only = on")

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        if self._conn is None:
            raise LibpqFailure("closed")
        numbered, n = [], 0
        for part in sql.split("%s"):
            numbered.append(part)
            n += 1
            numbered.append(f"${n}")
        query = "".join(numbered[:-1])
        values = (ctypes.c_char_p * max(1, len(params)))(
            *[None if p is None else str(p).encode("utf-8") for p in params]
        )
        result = self._lib.PQexecParams(
            self._conn, query.encode("utf-8"), len(params), None, values, None, None, 0
        )
        if not result:
            raise LibpqFailure("no result")
        try:
            status = self._lib.PQresultStatus(result)
            if status == PGRES_TUPLES_OK:
                fields = self._lib.PQnfields(result)
                oids = [self._lib.PQftype(result, c) for c in range(fields)]
                rows = [
                    tuple(
                        None
                        if self._lib.PQgetisnull(result, r, c)
                        else _value(self._lib.PQgetvalue(result, r, c), oids[c])
                        for c in range(fields)
                    )
                    for r in range(self._lib.PQntuples(result))
                ]
                return Cursor(rows)
            if status in (1, 0):  # PGRES_COMMAND_OK, PGRES_EMPTY_QUERY
                return Cursor([])
            raise LibpqFailure(self._lib.PQerrorMessage(self._conn).decode("utf-8", "replace").strip())
        finally:
            self._lib.PQclear(result)

    def rollback(self) -> None:
        """Each statement runs on its own (autocommit): nothing is held open between calls."""

    def close(self) -> None:
        if self._conn:
            self._lib.PQfinish(self._conn)
        self._conn = None
