"""Set-based statements for a chunk of rows: many updates in one executemany per set of columns, many inserts
with their ids known beforehand, and the small text helpers the writers share."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app.domain.text import search_document


def clip(text: str | None, n: int) -> str | None:
    return text[:n] if text is not None else None


def key_column(key: str) -> str:
    """A matching key that fits its column: a long one keeps its head and a digest of the whole."""
    if len(key) <= 400:
        return key
    return key[:350] + "#" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def update_many(s: Session, table: Any, changes: list[dict[str, Any]]) -> None:
    """Apply ``{"_id": id, column: value…}`` changes with one executemany per set of changed columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        groups.setdefault(tuple(sorted(k for k in change if k != "_id")), []).append(change)
    for columns, rows in groups.items():
        stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
        s.connection().execute(stmt, rows)


_ASCII_TOKEN = re.compile(r"[0-9a-z]+")


def search_doc(*parts: str | None) -> str:
    """:func:`search_document`, with a shortcut for plain ASCII text (most of a shop file), which folds to
    its lower case; the result is the same string."""
    text = " ".join(p for p in parts if p)
    if text.isascii():
        return " ".join(_ASCII_TOKEN.findall(text.lower()))
    return search_document(*parts)


def insert_with_ids(s: Session, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one executemany and return their ids, in order.

    The ids are taken first — on PostgreSQL from the table's sequence, on SQLite after the largest id (the
    write transaction holds the database's only write lock) — because ``RETURNING`` in parameter order runs one
    statement per row on SQLite.
    """
    n = len(rows)
    name = table.name
    if s.get_bind().dialect.name == "postgresql":
        ids = list(
            s.execute(
                sql_text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                {"t": name, "n": n},
            ).scalars()
        )
    else:
        top = int(s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar() or 0)
        ids = list(range(top + 1, top + 1 + n))
    s.execute(insert(table), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids
