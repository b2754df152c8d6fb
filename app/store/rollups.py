"""The reports' rollups kept by the database: the triggers, the fold and the rebuild, generated for both databases.

What each case and ledger entry adds to its local day's row is described once in :mod:`app.store.rollup_counters`
(the counters of ``report_case_days``, ``report_owner_days``, ``report_ledger_days`` and ``report_order_days``, see
:mod:`app.store.models.reports`). From that description come, for both databases, the triggers that keep the
rollups in step with ``cases`` and ``credit_entries``, and the set-based rebuild (migration 0008, a change of
``shop.timezone``). The two dialects differ only in a few primitives (:mod:`app.store.dialect`: epoch seconds,
integer division) and the trigger syntax, never in what is counted.

The local day of an instant is ``floor((epoch seconds + offset) / 86400)`` days after 1970-01-01, the offset being
the shop zone's UTC offset at that instant, read from ``report_tz_offsets`` (SQLite knows no time zones; PostgreSQL
uses the same table so the two cannot disagree). The rollups are trusted only for the zone named in
``report_rollup_state``: the reports compare it with the setting and otherwise count from the raw rows.

**Two agents never wait on one rollup row** (issue 17). On PostgreSQL the case rollups are not updated in place
by the business transactions: the triggers of migration 0011 *append* each statement's grouped contribution to
``report_case_day_deltas`` / ``report_owner_day_deltas`` (plain inserts, no unique key, so no row lock anyone
else waits for; a change that moves no counter, such as a note, adds nothing). :func:`fold` moves the deltas
into the rollups in one short statement when a report is read (one folder at a time, an advisory *try*-lock:
the others read through), and the reports add up rollups and deltas together, so a figure never depends on
whether the fold ran. SQLite has a single writer: its row triggers keep updating the rollups in place and the
delta tables stay empty.

Counters that depend on "now" (late or pending) cannot be stored: a case not yet answered with a due time is
counted in ``fa_open_due`` (``res_open_due``), and the reports tell the ones still ahead from a small indexed
query.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, inspect, text

from app.store.base import table_of
from app.store.dialect import Dialect, day_number
from app.store.models.reports import ReportRollupState, ReportTzOffset
from app.store.rollup_counters import (
    CASE_COLUMNS,
    CASE_COUNTERS,
    ORDER_TOTAL,
    OWNER_COUNTERS,
    ROLLUPS,
    SECONDS_TYPE,
    Rollup,
)

__all__ = [
    "CASE_COUNTERS",
    "FOLD_LOCK_KEY",
    "OWNER_COUNTERS",
    "ROLLUPS",
    "SECONDS_TYPE",
    "day_number",
    "delta_function_ddl",
    "drop_trigger_ddl",
    "fold",
    "grouped_delta_insert",
    "grouped_insert",
    "has_deltas",
    "order_trigger_ddl",
    "rebuild",
    "rollup_zone",
    "row_upsert",
    "trigger_ddl",
    "zone_offsets",
]

OFFSETS_FROM, OFFSETS_TO = 1970, 2100


def _order_refresh(which: str) -> str:
    """Look the totals of ``report_order_days`` up again for the orders ``which`` names (a condition)."""
    total = ORDER_TOTAL.format(number="report_order_days.order_number", currency="report_order_days.currency")
    return f"UPDATE report_order_days SET order_total_minor = {total} WHERE {which}"


def order_trigger_ddl(dialect: str) -> list[str]:
    """Orders imported, changed or removed after credit was spent on their number: the totals follow."""
    out = []
    for event in ("INSERT", "UPDATE", "DELETE"):
        name = f"trg_report_order_days_orders_{event.lower()}"
        rows = {"INSERT": ["NEW"], "UPDATE": ["OLD", "NEW"], "DELETE": ["OLD"]}[event]
        if dialect == "sqlite":
            body = " ".join(
                _order_refresh(f"currency = {r}.currency AND order_number = {r}.number") + ";" for r in rows
            )
            on = "UPDATE OF number, currency, total_minor" if event == "UPDATE" else event
            out.append(f"CREATE TRIGGER {name} AFTER {on} ON orders FOR EACH ROW BEGIN {body} END")
        else:
            tables = {"NEW": "new_rows", "OLD": "old_rows"}
            pairs = " UNION ".join(f"SELECT currency, number FROM {tables[r]}" for r in rows)
            referencing = " ".join(f"{r} TABLE AS {tables[r]}" for r in rows)
            out.append(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"{_order_refresh(f'(currency, order_number) IN ({pairs})')}; RETURN NULL; END $$"
            )
            out.append(
                f"CREATE TRIGGER {name} AFTER {event} ON orders REFERENCING {referencing} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            )
    return out


# --- generated SQL --------------------------------------------------------------------------------------------------
def _upsert_tail(roll: Rollup, d: Dialect) -> str:
    keys = ", ".join(k for k, _ in roll.keys(d))
    sets = [f"{v} = {roll.table}.{v} + excluded.{v}" for v, _ in roll.values(d)]
    sets += [f"{v} = excluded.{v}" for v, _ in roll.looked_up(d)]
    return f"ON CONFLICT ({keys}) DO UPDATE SET {', '.join(sets)}"


def _columns(roll: Rollup, d: Dialect) -> str:
    return ", ".join(name for name, _ in roll.keys(d) + roll.values(d) + roll.looked_up(d))


def grouped_insert(roll: Rollup, d: Dialect, sources: list[tuple[str, int]]) -> str:
    """``INSERT … SELECT … GROUP BY … ON CONFLICT`` adding (sign +1) or taking away (−1) the rows of each source
    relation: the rebuild (``cases``) and PostgreSQL's statement triggers (their transition tables)."""
    keys, values = roll.keys(d), roll.values(d)
    parts = []
    for relation, sign in sources:
        where = f" WHERE {roll.where('r')}" if roll.where else ""
        cols = [f"{expr('r')} AS {name}" for name, expr in keys]
        cols += [f"{'' if sign > 0 else '-'}({expr('r')}) AS {name}" for name, expr in values]
        cols += [f"{expr('r')} AS {name}" for name, expr in roll.looked_up(d)]
        parts.append(f"SELECT {', '.join(cols)} FROM {relation} r{where}")
    key_names = ", ".join(name for name, _ in keys)
    sums = ", ".join(
        [f"SUM({name})" for name, _ in values] + [f"MAX({name})" for name, _ in roll.looked_up(d)]
    )
    return (
        f"INSERT INTO {roll.table} ({_columns(roll, d)}) SELECT {key_names}, {sums} "
        f"FROM ({' UNION ALL '.join(parts)}) x WHERE true GROUP BY {key_names} {_upsert_tail(roll, d)}"
    )


def grouped_delta_insert(roll: Rollup, d: Dialect, sources: list[tuple[str, int]]) -> str:
    """Like :func:`grouped_insert`, appended to the rollup's deltas: no ``ON CONFLICT``, so no row of another
    transaction is ever waited for; a group whose every counter nets to zero (a note, a new version) is left
    out."""
    upsert = grouped_insert(roll, d, sources)
    head, _, _ = upsert.partition(" ON CONFLICT ")
    head = head.replace(f"INSERT INTO {roll.table} ", f"INSERT INTO {roll.deltas} ", 1)
    moved = " OR ".join(f"SUM({name}) <> 0" for name, _ in roll.values(d))
    return f"{head} HAVING {moved}"


#: the advisory lock key of the fold on PostgreSQL ("RIMF"): one folder at a time, the others read through
FOLD_LOCK_KEY = 0x52494D46


def fold(conn: Connection) -> int:
    """Move the appended deltas into the case rollups (PostgreSQL; SQLite has none). Returns the delta rows
    folded, 0 when another session is folding (its result is the same; readers add the deltas anyway)."""
    if conn.dialect.name != "postgresql":
        return 0
    if not conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": FOLD_LOCK_KEY}).scalar():
        return 0
    d = Dialect(conn.dialect.name)
    folded = 0
    for roll in ROLLUPS:
        if roll.deltas is None:
            continue
        keys = ", ".join(name for name, _ in roll.keys(d))
        values = [name for name, _ in roll.values(d)]
        folded += (
            conn.execute(
                text(
                    f"WITH moved AS (DELETE FROM {roll.deltas} RETURNING *), "
                    f"grouped AS (INSERT INTO {roll.table} ({keys}, {', '.join(values)}) "
                    f"SELECT {keys}, {', '.join(f'SUM({v})' for v in values)} FROM moved GROUP BY {keys} "
                    f"{_upsert_tail(roll, d)} RETURNING 1) "
                    f"SELECT (SELECT count(*) FROM moved)"
                )
            ).scalar()
            or 0
        )
    return int(folded)


def row_upsert(roll: Rollup, d: Dialect, row: str, sign: int) -> str:
    """One row's contribution (``NEW`` or ``OLD``), for SQLite's row triggers."""
    exprs = [expr(row) for _, expr in roll.keys(d)]
    exprs += [f"{'' if sign > 0 else '-'}({expr(row)})" for _, expr in roll.values(d)]
    exprs += [expr(row) for _, expr in roll.looked_up(d)]
    where = f" WHERE {roll.where(row)}" if roll.where else ""
    return (
        f"INSERT INTO {roll.table} ({_columns(roll, d)}) SELECT {', '.join(exprs)}{where or ' WHERE true'} "
        f"{_upsert_tail(roll, d)}"
    )


def _trigger_name(roll: Rollup, event: str) -> str:
    return f"trg_{roll.table}_{event.lower()}"


def trigger_ddl(dialect: str, *, deltas: bool = True) -> list[str]:
    """The statements that create every rollup trigger. SQLite: row triggers; PostgreSQL: statement triggers over
    the transition tables (a bulk COPY or multi-row insert is one grouped upsert, not a million), appending to
    the case rollups' deltas (``deltas=False``: updating them in place, as migration 0008 made them)."""
    d = Dialect(dialect)
    out: list[str] = []
    for roll in ROLLUPS:
        updatable = roll.source == "cases"  # the ledger is append-only (migration 0002 refuses the rest)
        events = ["INSERT", "DELETE", "UPDATE"] if updatable else ["INSERT"]
        for event in events:
            name = _trigger_name(roll, event)
            if dialect == "sqlite":
                if event == "INSERT":
                    body = row_upsert(roll, d, "NEW", +1) + ";"
                elif event == "DELETE":
                    body = row_upsert(roll, d, "OLD", -1) + ";"
                else:
                    body = row_upsert(roll, d, "OLD", -1) + "; " + row_upsert(roll, d, "NEW", +1) + ";"
                on = f"UPDATE OF {', '.join(CASE_COLUMNS)}" if event == "UPDATE" else event
                out.append(f"CREATE TRIGGER {name} AFTER {on} ON {roll.source} FOR EACH ROW BEGIN {body} END")
            else:
                sources = {
                    "INSERT": [("new_rows", 1)],
                    "DELETE": [("old_rows", -1)],
                    "UPDATE": [("old_rows", -1), ("new_rows", 1)],
                }[event]
                referencing = {
                    "INSERT": "NEW TABLE AS new_rows",
                    "DELETE": "OLD TABLE AS old_rows",
                    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                }[event]
                body = (
                    grouped_delta_insert(roll, d, sources)
                    if deltas and roll.deltas
                    else grouped_insert(roll, d, sources)
                )
                out.append(
                    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    f"{body}; RETURN NULL; END $$"
                )
                out.append(
                    f"CREATE TRIGGER {name} AFTER {event} ON {roll.source} REFERENCING {referencing} "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
                )
    return out + order_trigger_ddl(dialect)


def delta_function_ddl(deltas: bool = True) -> list[str]:
    """PostgreSQL: the case rollups' trigger functions alone, appending to the deltas (or, ``deltas=False``,
    updating in place); the triggers call them by name and stay as they are."""
    return [
        ddl
        for ddl in trigger_ddl("postgresql", deltas=deltas)
        if ddl.startswith("CREATE OR REPLACE FUNCTION trg_report_case_days_")
        or ddl.startswith("CREATE OR REPLACE FUNCTION trg_report_owner_days_")
    ]


def drop_trigger_ddl(dialect: str) -> list[str]:
    out = []
    for roll in ROLLUPS:
        for event in ["INSERT", "DELETE", "UPDATE"] if roll.source == "cases" else ["INSERT"]:
            name = _trigger_name(roll, event)
            out.append(
                f"DROP TRIGGER IF EXISTS {name}" + ("" if dialect == "sqlite" else f" ON {roll.source}")
            )
            if dialect != "sqlite":
                out.append(f"DROP FUNCTION IF EXISTS {name}()")
    for event in ("INSERT", "UPDATE", "DELETE"):
        name = f"trg_report_order_days_orders_{event.lower()}"
        out.append(f"DROP TRIGGER IF EXISTS {name}" + ("" if dialect == "sqlite" else " ON orders"))
        if dialect != "sqlite":
            out.append(f"DROP FUNCTION IF EXISTS {name}()")
    return out


# --- time zone and rebuild ------------------------------------------------------------------------------------------
@cache
def zone_offsets(
    tz: ZoneInfo, first: int = OFFSETS_FROM, last: int = OFFSETS_TO
) -> tuple[tuple[datetime, int], ...]:
    """``(utc_from, offset seconds)`` for every change of ``tz``'s UTC offset from ``first`` to ``last`` (naive
    UTC), found day by day and pinned to the second by bisection."""

    def offset(t: datetime) -> int:
        delta = t.astimezone(tz).utcoffset()  # an aware time always has one
        return int(delta.total_seconds()) if delta is not None else 0

    t = datetime(first, 1, 1, tzinfo=UTC)
    end = datetime(last + 1, 1, 1, tzinfo=UTC)
    current = offset(t)
    out = [(datetime(1, 1, 1), current)]  # before 1970: the offset of 1970
    step = timedelta(hours=6)
    while t < end:
        nxt = t + step
        off = offset(nxt)
        if off != current:
            lo, hi = t, nxt  # offset(lo) == current, offset(hi) != current
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if offset(mid) == current:
                    lo = mid
                else:
                    hi = mid
            out.append((hi.replace(tzinfo=None), offset(hi)))
            current = offset(hi)
        t = nxt
    return tuple(out)


def rebuild(conn: Connection, tz: ZoneInfo) -> None:
    """Refill the zone's offsets and every rollup from the raw rows, set-based, in the caller's transaction (the
    migration; a change of ``shop.timezone``)."""
    d = Dialect(conn.dialect.name)
    conn.execute(table_of(ReportTzOffset).delete())
    conn.execute(
        table_of(ReportTzOffset).insert(),
        [{"utc_from": t.replace(tzinfo=UTC), "offset_seconds": o} for t, o in zone_offsets(tz)],
    )
    conn.execute(table_of(ReportRollupState).delete().where(ReportRollupState.name == "timezone"))
    conn.execute(table_of(ReportRollupState).insert().values(name="timezone", value=str(tz.key)))
    for roll in ROLLUPS:
        conn.execute(text(f"DELETE FROM {roll.table}"))
        if roll.deltas and has_deltas(conn):
            conn.execute(text(f"DELETE FROM {roll.deltas}"))
        conn.execute(text(grouped_insert(roll, d, [(roll.source, 1)])))


def has_deltas(conn: Connection) -> bool:
    """Whether the delta tables exist (migration 0011; the rebuild also runs inside 0008, before them)."""
    return inspect(conn).has_table("report_case_day_deltas")


def rollup_zone(conn: Connection) -> str | None:
    """The zone the rollups were built in (``None``: never built, e.g. right after a TRUNCATE)."""
    return conn.execute(text("SELECT value FROM report_rollup_state WHERE name = 'timezone'")).scalar()
