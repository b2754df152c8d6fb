"""What each case and ledger entry adds to its local day's rollup row, described once.

Every rollup (:mod:`app.store.models.reports` holds its table) is named here with its key columns and its counters,
each with the SQL expression of what one source row adds to it, for either database (:mod:`app.store.dialect`).
The tables' counter columns (:data:`CASE_COUNTERS`, :data:`OWNER_COUNTERS`) are these names;
:mod:`app.store.rollups` generates the triggers, the fold and the rebuild from the same description.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Numeric

from app.domain.enums import CaseKind, CaseStatus, Channel, EntryKind, Remedy
from app.store.dialect import Dialect, flag_sql

SECONDS_TYPE = Numeric(
    24, 6
)  # PostgreSQL's epoch differences keep their microseconds; SQLite's are whole seconds
SPENDING = (EntryKind.REDEEM.value, EntryKind.RESTORE.value)

Sql = Callable[[str], str]  # row alias → SQL expression


def _in(values: list[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# --- the description ------------------------------------------------------------------------------------------------
STATUSES = [s.value for s in CaseStatus]
REMEDIES = [r.value for r in Remedy]


def _timeliness(prefix: str, done: Sql, due: Sql, d: Dialect) -> list[tuple[str, Sql]]:
    return [
        (f"{prefix}_done", lambda r: flag_sql(f"{done(r)} IS NOT NULL")),
        (
            f"{prefix}_on_time",
            lambda r: flag_sql(f"{done(r)} IS NOT NULL AND {due(r)} IS NOT NULL AND {done(r)} <= {due(r)}"),
        ),
        (
            f"{prefix}_late_done",
            lambda r: flag_sql(f"{done(r)} IS NOT NULL AND {due(r)} IS NOT NULL AND {done(r)} > {due(r)}"),
        ),
        (f"{prefix}_open_due", lambda r: flag_sql(f"{done(r)} IS NULL AND {due(r)} IS NOT NULL")),
        (
            f"{prefix}_secs",
            lambda r: (
                f"CASE WHEN {done(r)} IS NOT NULL THEN {d.epoch_sql(done(r))} - "
                f"{d.epoch_sql(r + '.created_at')} ELSE 0 END"
            ),
        ),
    ]


def case_keys(d: Dialect) -> list[tuple[str, Sql]]:
    return [
        ("day", lambda r: d.local_day_sql(f"{r}.created_at")),
        ("owner_id", lambda r: f"COALESCE({r}.owner_id, 0)"),
        ("kind", lambda r: f"{r}.kind"),
        ("channel", lambda r: f"{r}.channel"),
    ]


def case_values(d: Dialect) -> list[tuple[str, Sql]]:
    """Each counter of ``report_case_days`` and what one case adds to it (the definitions of the reports'
    ``_agent_cases``: "stands" = the case's remedy is its latest choice's)."""

    def stands(r: str) -> str:
        return f"{r}.remedy IS NOT NULL AND {r}.remedy = {r}.choice_remedy"

    def stood(col: str) -> Sql:
        return lambda r: f"CASE WHEN {stands(r)} THEN COALESCE({r}.{col}, 0) ELSE 0 END"

    def status_is(v: str) -> Sql:
        return lambda r: flag_sql(f"{r}.status = '{v}'")

    def remedy_is(v: str) -> Sql:
        return lambda r: flag_sql(f"{r}.remedy = '{v}'")

    values: list[tuple[str, Sql]] = [("n", lambda r: "1")]
    values += [(f"status_{v}", status_is(v)) for v in STATUSES]
    values.append(
        ("status_outside", lambda r: flag_sql(f"{r}.status IS NULL OR {r}.status NOT IN {_in(STATUSES)}"))
    )
    values += [(f"remedy_{v}", remedy_is(v)) for v in REMEDIES]
    values.append(
        (
            "remedy_outside",
            lambda r: flag_sql(f"{r}.remedy IS NOT NULL AND {r}.remedy NOT IN {_in(REMEDIES)}"),
        )
    )
    values += _timeliness("fa", lambda r: f"{r}.first_answered_at", lambda r: f"{r}.first_answer_due", d)
    values += _timeliness(
        "res", lambda r: f"COALESCE({r}.resolved_at, {r}.closed_at)", lambda r: f"{r}.resolution_due", d
    )
    values += [
        ("proposed", lambda r: flag_sql(f"{r}.proposed")),
        ("kc_offered", lambda r: flag_sql(f"{r}.keep_credit_offered")),
        ("with_saving", lambda r: flag_sql(f"{stands(r)} AND {r}.saving_minor IS NOT NULL")),
        ("saving", stood("saving_minor")),
        ("replacement_cost", stood("replacement_cost_minor")),
        ("chosen_cost", stood("remedy_cost_minor")),
    ]
    return values


KINDS = [k.value for k in CaseKind]
CHANNELS = [c.value for c in Channel]


def owner_keys(d: Dialect) -> list[tuple[str, Sql]]:
    return [
        ("day", lambda r: d.local_day_sql(f"{r}.created_at")),
        ("owner_id", lambda r: f"COALESCE({r}.owner_id, 0)"),
    ]


def owner_values(d: Dialect) -> list[tuple[str, Sql]]:
    """``report_owner_days``: the counters of :func:`case_values` and the cases per kind and channel (the summary
    without a kind or channel filter reads these few rows a day)."""

    def named(attr: str, v: str) -> Sql:
        return lambda r: flag_sql(f"{r}.{attr} = '{v}'")

    def outside(attr: str, vocabulary: list[str]) -> Sql:
        return lambda r: flag_sql(f"{r}.{attr} IS NULL OR {r}.{attr} NOT IN {_in(vocabulary)}")

    values = case_values(d)
    for attr, vocabulary in (("kind", KINDS), ("channel", CHANNELS)):
        values += [(f"{attr}_{v}", named(attr, v)) for v in vocabulary]
        values.append((f"{attr}_outside", outside(attr, vocabulary)))
    return values


CASE_COUNTERS = [name for name, _ in case_values(Dialect("sqlite"))]
OWNER_COUNTERS = [name for name, _ in owner_values(Dialect("sqlite"))]
#: the columns of ``cases`` the counters read: an update of any other leaves the rollups alone
CASE_COLUMNS = [
    "created_at",
    "owner_id",
    "kind",
    "channel",
    "status",
    "remedy",
    "first_answer_due",
    "first_answered_at",
    "resolution_due",
    "resolved_at",
    "closed_at",
    "proposed",
    "keep_credit_offered",
    "choice_remedy",
    "saving_minor",
    "replacement_cost_minor",
    "remedy_cost_minor",
]


def ledger_keys(d: Dialect) -> list[tuple[str, Sql]]:
    return [
        ("day", lambda r: d.local_day_sql(f"{r}.at")),
        ("currency", lambda r: f"{r}.currency"),
        ("kind", lambda r: f"{r}.kind"),
        ("by_id", lambda r: f"COALESCE({r}.by_id, 0)"),
    ]


def order_keys(d: Dialect) -> list[tuple[str, Sql]]:
    return [
        ("currency", lambda r: f"{r}.currency"),
        ("order_number", lambda r: f"COALESCE({r}.order_number, '')"),  # '': none given (the reports' NULL)
        ("day", lambda r: d.local_day_sql(f"{r}.at")),
    ]


AMOUNT: list[tuple[str, Sql]] = [("amount_minor", lambda r: f"{r}.amount_minor")]
#: the total of the imported order of that number in that currency (NULL: not imported), as the reports take it
ORDER_TOTAL = (
    "(SELECT max(o.total_minor) FROM orders o WHERE o.number = {number} AND o.currency = {currency})"
)
ORDER_LOOKUP: list[tuple[str, Sql]] = [
    ("order_total_minor", lambda r: ORDER_TOTAL.format(number=f"{r}.order_number", currency=f"{r}.currency"))
]


def _spending(r: str) -> str:
    return f"{r}.kind IN {_in(list(SPENDING))}"


@dataclass(frozen=True)
class Rollup:
    table: str
    source: str
    keys: Callable[[Dialect], list[tuple[str, Sql]]]
    values: Callable[[Dialect], list[tuple[str, Sql]]]
    where: Sql | None = None  # which source rows count
    #: columns looked up, not added: the latest value wins (the order's total, refreshed by the orders' triggers)
    looked_up: Callable[[Dialect], list[tuple[str, Sql]]] = lambda d: []
    #: PostgreSQL appends to this table instead of updating ``table`` in place (migration 0011)
    deltas: str | None = None


ROLLUPS = (
    Rollup("report_case_days", "cases", case_keys, case_values, deltas="report_case_day_deltas"),
    Rollup("report_owner_days", "cases", owner_keys, owner_values, deltas="report_owner_day_deltas"),
    Rollup("report_ledger_days", "credit_entries", ledger_keys, lambda d: AMOUNT),
    Rollup(
        "report_order_days", "credit_entries", order_keys, lambda d: AMOUNT, _spending, lambda d: ORDER_LOOKUP
    ),
)
