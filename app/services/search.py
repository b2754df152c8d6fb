"""Search by what people type — a name, an e-mail, a phone, an order number, words of a case — on both databases.

Typed text and stored ``search_text`` are normalised by :mod:`app.domain.text` (lower case, no accents), then
matched token by token: every token must match. SQLite uses the FTS5 tables of the first migration (prefix
match: ``ros`` finds ``rossi``); PostgreSQL uses the trigram GIN indexes (substring match). Tokens are runs of
letters and digits, so quotes, ``%`` and ``_`` typed by the user never reach SQL as syntax.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Integer, and_, bindparam, column, false, text
from sqlalchemy.orm import InstrumentedAttribute

from app.domain.text import tokens

MAX_TOKENS = 8


def search_clause(
    dialect: str,
    table_name: str,
    id_col: InstrumentedAttribute[int],
    search_col: InstrumentedAttribute[str],
    query: str,
) -> ColumnElement[bool] | None:
    """A WHERE clause selecting the rows whose ``search_text`` matches ``query``.

    ``None`` when the query is blank (no filter); a clause that matches nothing when it holds no searchable
    character at all (``%%``), so such a search finds nothing rather than everything.
    """
    if query is None or not query.strip():
        return None
    words = tokens(query)[:MAX_TOKENS]
    if not words:
        return false()
    if dialect == "sqlite":
        match = " ".join(f'"{w}"*' for w in words)
        fts = (
            text(f"SELECT rowid FROM {table_name}_fts WHERE {table_name}_fts MATCH :q")
            .bindparams(bindparam("q", match, unique=True))
            .columns(column("rowid", Integer))
        )
        return id_col.in_(fts)
    return and_(*[search_col.like(f"%{w}%") for w in words])
