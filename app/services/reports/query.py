"""The SQL building blocks of the reports: the period's expressions, deadlines kept, the cases the
filter narrows to.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnExpressionArgument,
    DateTime,
    Label,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain.enums import CaseKind, CaseStatus, Channel, parse_enum
from app.errors import NotFound
from app.services.reports.figures import ReportFilter, Timeliness
from app.services.reports.period import Period, day_start
from app.store.dialect import Dialect, flag
from app.store.models import Case, User

T = TypeVar("T")


# --- SQL building blocks ------------------------------------------------------------------------------------
class ReportSql:
    """The period's expressions: seconds between two times, the week of a time in the shop's zone."""

    def __init__(self, dialect: str, period: Period, currency: str) -> None:
        self.dialect = dialect
        self.currency = currency
        self.period = period
        # where each week after the first starts: local Monday midnight, as naive UTC (as the columns hold times)
        self.boundaries = [
            day_start(monday, period.tz).replace(tzinfo=None) for monday in period.week_starts[1:]
        ]

    def seconds_between(
        self, later: ColumnExpressionArgument[datetime], earlier: ColumnExpressionArgument[datetime]
    ) -> ColumnElement[int]:
        d = Dialect(self.dialect)
        return d.epoch(later) - d.epoch(earlier)

    def week(self, col: ColumnExpressionArgument[datetime]) -> ColumnElement[int]:
        """Index of the Monday-based local week of ``col`` (0 = the week of ``date_from``), for times inside the
        period: the number of week starts (local midnights, daylight saving included) at or before ``col``.
        Compared as stored, never converted row by row: PostgreSQL's ``width_bucket`` over the sorted starts,
        elsewhere a binary search written as nested ``CASE`` (⌈log₂ weeks⌉ comparisons a row)."""
        starts = self.boundaries
        if not starts:
            return literal(0)
        if self.dialect == "postgresql":
            return func.width_bucket(
                type_coerce(col, DateTime()), bindparam("week_starts", starts, type_=ARRAY(DateTime()))
            )

        def search(
            lo: int, hi: int
        ) -> ColumnElement[int]:  # the bucket among lo…hi: starts[lo-1] <= col < starts[hi]
            if lo == hi:
                return literal(lo)
            mid = (lo + hi + 1) // 2  # col >= starts[mid-1] → bucket ≥ mid
            return case(
                (type_coerce(col, DateTime()) < literal(starts[mid - 1], DateTime()), search(lo, mid - 1)),
                else_=search(mid, hi),
            )

        return search(0, len(starts))


def count_if(cond: ColumnExpressionArgument[bool]) -> ColumnElement[int]:
    """How many rows ``cond`` holds for."""
    return func.sum(flag(cond))


def paused_in_time(due: Any) -> ColumnElement[bool]:
    """A case waiting for the customer that was not late when it was paused: its clock stands still, so it is
    pending whatever the wall clock says (the deadline moves by the wait when the case moves on)."""
    return and_(
        Case.status == CaseStatus.AWAITING_CUSTOMER.value,
        or_(Case.paused_at.is_(None), due >= Case.paused_at),
    )


def timeliness_columns(
    done_at: Any,
    due: Any,
    now: datetime,
    sql: ReportSql,
    prefix: str,
    seconds: bool = True,
    pauses: bool = False,
) -> list[Label[int]]:
    """Done / on time / late / pending of the cases; with ``pauses`` (the resolution deadline) a case waiting for
    the customer is pending unless it was already late when paused."""
    done = done_at.is_not(None)
    paused = paused_in_time(due) if pauses else false()
    columns = [
        count_if(done).label(f"{prefix}_done"),
        count_if(and_(done, due.is_not(None), done_at <= due)).label(f"{prefix}_on_time"),
        count_if(
            or_(
                and_(done, due.is_not(None), done_at > due),
                and_(done_at.is_(None), due.is_not(None), due < now, not_(paused)),
            )
        ).label(f"{prefix}_late"),
        count_if(and_(done_at.is_(None), or_(due.is_(None), due >= now, paused))).label(f"{prefix}_pending"),
    ]
    if seconds:
        columns.append(func.sum(sql.seconds_between(done_at, Case.created_at)).label(f"{prefix}_secs"))
    return columns


def timeliness_of(row: Any, prefix: str) -> Timeliness:
    """One group's deadlines; its seconds as summed (PostgreSQL: exact, with the microseconds) — whole seconds
    are taken only of the totals (:func:`add_timeliness`), however the cases were grouped on the way."""
    done = int(getattr(row, f"{prefix}_done") or 0)
    return Timeliness(
        done,
        int(getattr(row, f"{prefix}_on_time") or 0),
        int(getattr(row, f"{prefix}_late") or 0),
        int(getattr(row, f"{prefix}_pending") or 0),
        getattr(row, f"{prefix}_secs", 0) or 0,
    )


def add_timeliness(items: Iterable[Timeliness]) -> Timeliness:
    done = on = late = pending = 0
    secs: Any = 0
    for t in items:
        done, on, late, pending, secs = (
            done + t.done,
            on + t.on_time,
            late + t.late,
            pending + t.pending,
            secs + t.seconds,
        )
    return Timeliness(done, on, late, pending, int(secs))


def plain(col: InstrumentedAttribute[T]) -> ColumnElement[T]:
    """``+table.column``: the same value, but SQLite no longer considers an index on it for the condition."""
    return literal_column(f"+{col.table.name}.{col.key}", col.type)


def case_conditions(
    s: Session, period: Period, flt: ReportFilter
) -> tuple[list[ColumnElement[bool]], list[int] | None]:
    """The period's cases narrowed by the filter, and the owners' ids the agents filter names (``None``: all)."""
    conds: list[ColumnElement[bool]] = [Case.created_at >= period.start, Case.created_at < period.end]
    owner_ids: list[int] | None = None
    if flt.kinds:
        conds.append(Case.kind.in_([parse_enum(CaseKind, k, "case kind").value for k in flt.kinds]))
    if flt.channels:
        conds.append(Case.channel.in_([parse_enum(Channel, c, "channel").value for c in flt.channels]))
    if flt.agents:
        wanted = {a.strip().lower() for a in flt.agents if a.strip()}
        found: dict[str, int] = dict(
            s.execute(
                select(func.lower(User.username), User.id).where(func.lower(User.username).in_(wanted))
            ).all()
        )
        missing = sorted(wanted - set(found))
        if missing:
            raise NotFound("Unknown user: {name}", name=", ".join(missing))
        owner_ids = list(found.values())
        conds.append(Case.owner_id.in_(owner_ids))
    return conds, owner_ids
