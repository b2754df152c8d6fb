"""How SQLite and PostgreSQL spell the few things the reports and their rollups compute: epoch seconds, a 0/1
flag, a shop-calendar day number.

Each comes in two forms, side by side so that they cannot drift apart: SQL text, for the triggers and the rebuild
:mod:`app.store.rollups` generates (stored in the database, so written for any SQLite that opens the file), and
SQLAlchemy expressions, for the queries of :mod:`app.services.reports` (free to use what this SQLite offers).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnExpressionArgument, Integer, case, cast, func
from sqlalchemy.sql.elements import ColumnElement

#: day 0 of the rollups' day numbers
EPOCH_DAY = date(1970, 1, 1)


def day_number(day: date) -> int:
    """The rollups' number of a calendar day: days after 1970-01-01."""
    return (day - EPOCH_DAY).days


@dataclass(frozen=True)
class Dialect:
    """The spellings of one database (``name``: ``sqlite`` or ``postgresql``)."""

    name: str

    # --- SQL text (triggers, rebuild) ---------------------------------------------------------------------------
    def epoch_sql(self, x: str) -> str:
        # SQLite: strftime, not unixepoch (3.38+): the trigger is stored in the file and must run on any SQLite
        # that opens it; both truncate to whole seconds, so the figures are those of the reports' raw queries
        if self.name == "sqlite":
            return f"CAST(strftime('%s', {x}) AS INTEGER)"
        return f"EXTRACT(EPOCH FROM {x})"

    def local_day_sql(self, x: str) -> str:
        """The shop-calendar day number of the instant ``x``: ``floor((epoch seconds + offset) / 86400)``, the
        offset read from ``report_tz_offsets``."""
        offset = (
            f"COALESCE((SELECT o.offset_seconds FROM report_tz_offsets o WHERE o.utc_from <= {x} "
            f"ORDER BY o.utc_from DESC LIMIT 1), 0)"
        )
        if self.name == "sqlite":
            return f"(({self.epoch_sql(x)} + {offset}) / 86400)"
        return f"CAST(floor(({self.epoch_sql(x)} + {offset}) / 86400) AS INTEGER)"

    # --- expressions (the reports' queries) ---------------------------------------------------------------------
    def epoch(self, col: ColumnExpressionArgument[datetime]) -> ColumnElement[int]:
        """Seconds since 1970: whole on SQLite; exact on PostgreSQL (numeric, read as a Decimal with the
        microseconds, although SQLAlchemy types EXTRACT as an int)."""
        if self.name == "sqlite":
            if sqlite3.sqlite_version_info >= (3, 38):
                return func.unixepoch(col)  # four times cheaper than strftime('%s')
            return cast(func.strftime("%s", col), Integer)
        return func.extract("epoch", col)


def flag_sql(cond: str) -> str:
    """1 where the SQL condition ``cond`` holds, else 0 (SQL text)."""
    return f"CASE WHEN {cond} THEN 1 ELSE 0 END"


def flag(cond: ColumnExpressionArgument[bool]) -> ColumnElement[int]:
    """1 where ``cond`` holds, else 0 (an expression)."""
    return case((cond, 1), else_=0)
