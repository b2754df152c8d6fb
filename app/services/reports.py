"""Figures for supervisors: cases per week, deadlines kept, remedies chosen and saved, store credit owed.

The figures are added up from per-day rollups the database keeps with triggers (migration 0008,
:mod:`app.store.rollups`): per local day and owner (and kind and channel, for filtered summaries) the cases'
counters, per day the ledger's sums, per order and day the credit spent — a year is a few thousand rows, not a
million. What depends on the time of the report (a deadline passed or still ahead) is corrected with the few open
cases due from now on (a partial index). The queries over the raw rows remain: they answer when the rollups were
built in another zone than the setting or a value is outside the vocabulary, and the tests check the two agree.
Dates are the shop's calendar days (``shop.timezone``); weeks start on Monday. Money is exact: integer minor units
summed in SQL, returned as :class:`Money`.

Definitions (the README's "Reports" section repeats them for the people reading the figures):

* a case belongs to the period when it was *opened* in it; filters (kind, channel, agent = owner) apply to
  case and remedy figures. Credit figures are the whole ledger's: credit is not tied to one kind or channel.
* first answer on time: answered no later than ``first_answer_due``; late: answered after it, or not answered and
  the due time has passed. Cases still inside their deadline are *pending* and not counted in the share.
  Resolution likewise with ``resolution_due`` and the time the case was resolved (or closed without resolving).
* keep-and-credit *offered*: a ``proposal`` event of the case lists ``keep_and_credit``; *accepted*: the case's
  chosen remedy is ``keep_and_credit``. Savings: the ``saving`` of each case's latest ``remedy_chosen`` event,
  while that remedy is still the case's (a rejected credit is not a saving).
* liability at a date: the sum of every ledger entry made up to the end of that day (the ledger's own sum).

This module never writes and never formats for people: screens and the CLI do that.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    DateTime,
    Integer,
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
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain.enums import CaseKind, CaseStatus, Channel, EntryKind, Remedy, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import check_day
from app.errors import NotFound, StorageError, ValidationError
from app.services.context import ServiceContext
from app.services.database import Database
from app.services.settings import load_settings
from app.store import rollups
from app.store.dialect import Dialect, day_number, flag
from app.store.models import (
    Case,
    CreditEntry,
    Order,
    ReportCaseDay,
    ReportLedgerDay,
    ReportOrderDay,
    ReportOwnerDay,
    User,
)
from app.store.models.reports import report_case_day_deltas, report_owner_day_deltas
from app.store.types import utcnow

log = logging.getLogger(__name__)

MAX_DAYS = 5 * 366


# --- what comes back -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportFilter:
    """Which cases count: empty tuples mean all. ``agents`` are usernames (the case's owner)."""

    kinds: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timeliness:
    """Deadlines kept for the first answer or for the resolution."""

    done: int  # answered / resolved
    on_time: int
    late: int  # done after the due time, or not done and the due time has passed
    pending: int  # not done, due time still ahead
    seconds: int  # opening → answer/resolution, wall-clock seconds, summed over ``done``

    @property
    def average_hours(self) -> Decimal | None:
        return _hours(self.seconds, self.done)

    @property
    def on_time_share(self) -> Decimal | None:
        return percent(self.on_time, self.on_time + self.late)


@dataclass(frozen=True)
class WeekFigures:
    week_start: date  # a Monday
    cases: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_status: dict[str, int]
    resolved: int
    resolution_on_time: int
    resolution_late: int
    credit_issued: Money
    credit_spent: Money  # redeemed less restored
    liability_end: Money  # owed at the end of the week's last day (within the period)


@dataclass(frozen=True)
class RemedyFigures:
    proposed: int  # cases with at least one proposal
    keep_and_credit_offered: int
    keep_and_credit_accepted: int
    chosen: dict[str, int]  # the resolution mix: cases per chosen remedy
    with_saving: int  # cases whose chosen remedy recorded a saving
    savings: Money
    replacement_cost: Money
    chosen_cost: Money

    @property
    def acceptance_share(self) -> Decimal | None:
        return percent(self.keep_and_credit_accepted, self.keep_and_credit_offered)


@dataclass(frozen=True)
class CreditFigures:
    """The ledger over the period; ``spent`` is redemptions less restores (what orders kept)."""

    issued: Money
    spent: Money
    expired: Money
    cancelled: Money
    adjusted: Money
    owed_at_start: Money  # liability at the end of the day before ``date_from``
    owed_at_end: Money  # liability at the end of ``date_to``
    orders_with_credit: int
    orders_not_imported: int  # order numbers with credit that are not (yet) among the imported orders
    revenue_with_credit: Money  # totals of the orders that spent credit in the period
    credit_on_those_orders: Money
    revenue_beyond_credit: Money

    @property
    def spent_share(self) -> Decimal | None:
        """Credit spent in the period for each 100 issued in it (a flow ratio: it can pass 100 %)."""
        return percent(self.spent.minor, self.issued.minor)


@dataclass(frozen=True)
class AgentFigures:
    username: str | None  # None: cases nobody owns
    name: str
    cases: int
    first_answer: Timeliness
    resolution: Timeliness
    keep_and_credit_offered: int
    keep_and_credit_accepted: int
    savings: Money
    credit_issued: Money  # issue entries the agent made in the period


@dataclass(frozen=True)
class Summary:
    date_from: date
    date_to: date
    timezone: str
    currency: str
    generated_at: datetime
    filter: ReportFilter
    cases: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_status: dict[str, int]
    first_answer: Timeliness
    resolution: Timeliness
    remedies: RemedyFigures
    credit: CreditFigures
    weeks: tuple[WeekFigures, ...]
    agents: tuple[AgentFigures, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Liability:
    """What the shop owes in store credit at the end of ``as_of`` (shop's calendar), from the ledger alone."""

    as_of: date
    currency: str
    issued: Money
    spent: Money
    expired: Money
    cancelled: Money
    adjusted: Money
    owed: Money
    grants_with_balance: int


# --- small pure helpers ----------------------------------------------------------------------------------------
def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in per cent with one decimal; ``None`` when there is nothing to divide."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _hours(seconds: int | None, count: int) -> Decimal | None:
    if not count or seconds is None:
        return None
    return (Decimal(seconds) / Decimal(count) / 3600).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def parse_day(text: str | date, what: str = "date") -> date:
    """``2026-11-30`` → a date; anything else is refused with the expected form."""
    if not isinstance(text, date):
        try:
            text = date.fromisoformat((text or "").strip())
        except ValueError:
            raise ValidationError(
                "{what} must be a date like 2026-11-30, not {text}.", what=what, text=text
            ) from None
    return check_day(text, what)


@dataclass(frozen=True)
class Period:
    """The shop's calendar days ``date_from``…``date_to`` as UTC instants, and its Monday-based weeks."""

    date_from: date
    date_to: date
    tz: ZoneInfo
    start: datetime  # aware UTC, first instant
    end: datetime  # aware UTC, first instant after the period

    @classmethod
    def of(cls, date_from: date, date_to: date, tz: ZoneInfo) -> Period:
        if date_to < date_from:
            raise ValidationError(
                "The period ends ({to}) before it starts ({start}).",
                to=date_to.isoformat(),
                start=date_from.isoformat(),
            )
        if (date_to - date_from).days >= MAX_DAYS:
            raise ValidationError(
                "A report covers at most {days} days; choose a shorter period.", days=MAX_DAYS
            )
        return cls(
            date_from, date_to, tz, day_start(date_from, tz), day_start(date_to + timedelta(days=1), tz)
        )

    @property
    def first_monday(self) -> date:
        return self.date_from - timedelta(days=self.date_from.weekday())

    @property
    def week_starts(self) -> list[date]:
        n = (self.date_to - self.first_monday).days // 7 + 1
        return [self.first_monday + timedelta(days=7 * i) for i in range(n)]


def day_start(day: date, tz: ZoneInfo) -> datetime:
    """Midnight of ``day`` in the shop's zone, as an aware UTC instant."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


# --- SQL building blocks ------------------------------------------------------------------------------------
class _Sql:
    """The period's expressions: seconds between two times, the week of a time in the shop's zone."""

    def __init__(self, dialect: str, period: Period, currency: str) -> None:
        self.dialect = dialect
        self.currency = currency
        self.period = period
        # where each week after the first starts: local Monday midnight, as naive UTC (as the columns hold times)
        self.boundaries = [
            day_start(monday, period.tz).replace(tzinfo=None) for monday in period.week_starts[1:]
        ]

    def seconds_between(self, later: Any, earlier: Any) -> ColumnElement:
        d = Dialect(self.dialect)
        return d.epoch(later) - d.epoch(earlier)

    def week(self, col: Any) -> ColumnElement:
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
        ) -> Any:  # the bucket among lo…hi, knowing starts[lo-1] <= col < starts[hi]
            if lo == hi:
                return literal(lo)
            mid = (lo + hi + 1) // 2  # col >= starts[mid-1] → bucket ≥ mid
            return case(
                (type_coerce(col, DateTime()) < literal(starts[mid - 1], DateTime()), search(lo, mid - 1)),
                else_=search(mid, hi),
            )

        return search(0, len(starts))


def _count(cond: ColumnElement) -> ColumnElement:
    """How many rows ``cond`` holds for."""
    return func.sum(flag(cond))


def _paused_in_time(due: Any) -> ColumnElement[bool]:
    """A case waiting for the customer that was not late when it was paused: its clock stands still, so it is
    pending whatever the wall clock says (the deadline moves by the wait when the case moves on)."""
    return and_(
        Case.status == CaseStatus.AWAITING_CUSTOMER.value,
        or_(Case.paused_at.is_(None), due >= Case.paused_at),
    )


def _timeliness_columns(
    done_at: Any, due: Any, now: datetime, sql: _Sql, prefix: str, seconds: bool = True, pauses: bool = False
) -> list[ColumnElement]:
    """Done / on time / late / pending of the cases; with ``pauses`` (the resolution deadline) a case waiting for
    the customer is pending unless it was already late when paused."""
    done = done_at.is_not(None)
    paused = _paused_in_time(due) if pauses else false()
    columns = [
        _count(done).label(f"{prefix}_done"),
        _count(and_(done, due.is_not(None), done_at <= due)).label(f"{prefix}_on_time"),
        _count(
            or_(
                and_(done, due.is_not(None), done_at > due),
                and_(done_at.is_(None), due.is_not(None), due < now, not_(paused)),
            )
        ).label(f"{prefix}_late"),
        _count(and_(done_at.is_(None), or_(due.is_(None), due >= now, paused))).label(f"{prefix}_pending"),
    ]
    if seconds:
        columns.append(func.sum(sql.seconds_between(done_at, Case.created_at)).label(f"{prefix}_secs"))
    return columns


def _timeliness(row: Any, prefix: str) -> Timeliness:
    """One group's deadlines; its seconds as summed (PostgreSQL: exact, with the microseconds) — whole seconds
    are taken only of the totals (:func:`_add_timeliness`), however the cases were grouped on the way."""
    done = int(getattr(row, f"{prefix}_done") or 0)
    return Timeliness(
        done,
        int(getattr(row, f"{prefix}_on_time") or 0),
        int(getattr(row, f"{prefix}_late") or 0),
        int(getattr(row, f"{prefix}_pending") or 0),
        getattr(row, f"{prefix}_secs", 0) or 0,
    )


def _add_timeliness(items: Iterable[Timeliness]) -> Timeliness:
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


def _plain(col: Any) -> ColumnElement:
    """``+table.column``: the same value, but SQLite no longer considers an index on it for the condition."""
    return literal_column(f"+{col.table.name}.{col.key}", col.type)


def _case_conditions(
    s: Session, period: Period, flt: ReportFilter
) -> tuple[list[ColumnElement], list[int] | None]:
    """The period's cases narrowed by the filter, and the owners' ids the agents filter names (``None``: all)."""
    conds: list[ColumnElement] = [Case.created_at >= period.start, Case.created_at < period.end]
    owner_ids: list[int] | None = None
    if flt.kinds:
        conds.append(Case.kind.in_([parse_enum(CaseKind, k, "case kind").value for k in flt.kinds]))
    if flt.channels:
        conds.append(Case.channel.in_([parse_enum(Channel, c, "channel").value for c in flt.channels]))
    if flt.agents:
        wanted = {a.strip().lower() for a in flt.agents if a.strip()}
        found = dict(
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


# --- the summary ------------------------------------------------------------------------------------------------
def summary(
    ctx: ServiceContext,
    date_from: date | str,
    date_to: date | str,
    flt: ReportFilter | None = None,
    *,
    now: datetime | None = None,
) -> Summary:
    """Every figure of the period ``date_from``…``date_to`` (shop's calendar days, both included)."""
    ctx.require(Permission.REPORTS)
    flt = flt or ReportFilter()
    now = now or utcnow()
    d_from, d_to = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    fold_deltas(ctx.db)
    with ctx.db.read() as s:
        settings = load_settings(s)
        currency = settings.currency
        period = Period.of(d_from, d_to, settings["shop.timezone"])
        sql = _Sql(ctx.db.dialect, period, currency)
        if sql.dialect == "postgresql":
            # the aggregates would spill to disk with the default 4 MB; compiling a JIT plan for these
            # aggregates costs more than it saves. Both only for this (read-only) transaction.
            s.execute(text("SET LOCAL work_mem = '64MB'"))
            s.execute(text("SET LOCAL jit = off"))
        conds, owner_ids = _case_conditions(s, period, flt)
        rolled = rollups.rollup_zone(s.connection()) == str(period.tz.key)  # built in the shop's zone
        figures = _rolled_cases(s, sql, flt, owner_ids, conds, now) if rolled else None
        if figures is None:  # no rollups for this zone, or values outside the vocabulary: count the cases
            figures = _raw_cases(s, sql, conds, now)
        credit = credit_figures(s, sql, now, rolled=rolled)
        users = {
            uid: (username, name)
            for uid, username, name in s.execute(select(User.id, User.username, User.display_name))
        }
    return _assemble(figures, credit, period, d_from, d_to, flt, currency, now, users)


@dataclass
class _Agent:
    n: int = 0
    fa: list[Timeliness] = field(default_factory=list)
    res: list[Timeliness] = field(default_factory=list)
    kc_offered: int = 0
    kc_accepted: int = 0
    saving: int = 0


@dataclass
class _CaseFigures:
    """The period's case figures, from the rollups or from the cases: per week, per owner, the remedy mix."""

    weeks: dict[int, _Week]
    agents: dict[int | None, _Agent]
    chosen: dict[str, int]
    totals: dict[str, int]  # proposed, kc_offered, with_saving, saving, replacement_cost, chosen_cost


_TOTALS = ("proposed", "kc_offered", "with_saving", "saving", "replacement_cost", "chosen_cost")


def _raw_cases(s: Session, sql: _Sql, conds: list[ColumnElement], now: datetime) -> _CaseFigures:
    """The figures counted from the period's cases (the definitions; the rollups' fallback and their check)."""
    # SQLite sorts every row of a GROUP BY: one pass per week, owner and chosen remedy, rolled up here. On
    # PostgreSQL (hash aggregates, parallel scans) the vocabulary's CASE columns cost more than a second pass.
    one_pass = sql.dialect == "sqlite"
    agents_rows = _agent_cases(s, sql, conds, now, by_week=one_pass)
    per_week = _weeks_from_pass(agents_rows) if one_pass else None
    if per_week is None:  # a kind, channel or status outside the vocabulary: count them by name
        per_week = _weeks_by_name(_weekly_cases(s, sql, conds, now))
    chosen: dict[str, int] = {r.value: 0 for r in Remedy}
    agents: dict[int | None, _Agent] = defaultdict(_Agent)
    totals = dict.fromkeys(_TOTALS, 0)
    for row in agents_rows:
        a = agents[row.owner_id]
        a.n += row.n
        a.fa.append(_timeliness(row, "fa"))
        a.res.append(_timeliness(row, "res"))
        a.kc_offered += int(row.kc_offered or 0)
        a.saving += int(row.saving or 0)
        if row.remedy == Remedy.KEEP_AND_CREDIT.value:
            a.kc_accepted += row.n
        if row.remedy:
            chosen[row.remedy] = chosen.get(row.remedy, 0) + row.n
        for attr in _TOTALS:
            totals[attr] += int(getattr(row, attr) or 0)
    return _CaseFigures(dict(per_week), dict(agents), chosen, totals)


def fold_deltas(db: Database) -> None:
    """Fold the case rollups' appended deltas in (PostgreSQL) in a short transaction of its own, so the summary
    reads few of them; when it cannot (another session folds, a read-only login) the reading adds them anyway."""
    if db.is_sqlite:
        return
    try:
        with db.read() as s:
            if s.execute(select(literal(1)).select_from(report_owner_day_deltas).limit(1)).first() is None:
                return
        with db.write() as s:
            rollups.fold(s.connection())
    except (StorageError, DBAPIError) as exc:  # pragma: no cover - the figures are the same without the fold
        log.info("rollup deltas not folded: %s", exc)


def _rollup_rows(s: Session, table: Any, deltas: Any) -> Any:
    """The rollup's rows and, on PostgreSQL, its appended deltas (not folded yet): summed together they are the
    figures (SQLite updates the rollups in place)."""
    if s.get_bind().dialect.name != "postgresql":
        return table.__table__.c
    cols = [c.name for c in deltas.c]
    return (
        union_all(select(*[table.__table__.c[n] for n in cols]), select(*[deltas.c[n] for n in cols]))
        .subquery("rolled")
        .c
    )


def _rolled_cases(
    s: Session,
    sql: _Sql,
    flt: ReportFilter,
    owner_ids: list[int] | None,
    conds: list[ColumnElement],
    now: datetime,
) -> _CaseFigures | None:
    """The figures added up from ``report_case_days`` (a few hundred rows a week) and, for the deadlines not yet
    passed, the few open cases whose due time is still ahead; ``None`` when a value is outside the vocabulary."""
    coarse = not flt.kinds and not flt.channels  # per day and owner: a few rows a day, not a few hundred
    R = (
        _rollup_rows(s, ReportOwnerDay, report_owner_day_deltas)
        if coarse
        else _rollup_rows(s, ReportCaseDay, report_case_day_deltas)
    )
    p = sql.period
    first = day_number(p.first_monday)
    week = ((R.day - literal(first, Integer)) // literal(7, Integer)).label("week")
    where = [R.day >= day_number(p.date_from), R.day <= day_number(p.date_to)]
    if flt.kinds:
        where.append(R.kind.in_([parse_enum(CaseKind, k, "case kind").value for k in flt.kinds]))
    if flt.channels:
        where.append(R.channel.in_([parse_enum(Channel, c, "channel").value for c in flt.channels]))
    if owner_ids is not None:
        where.append(R.owner_id.in_(owner_ids))
    if coarse:
        named = [
            func.sum(getattr(R, f"{attr}_{member.value}")).label(f"{attr}_{i}")
            for attr, enum_cls in _KEYED
            for i, member in enumerate(enum_cls)
        ]
    else:
        named = [
            func.sum(case((getattr(R, attr) == member.value, R.n), else_=0)).label(f"{attr}_{i}")
            for attr, enum_cls in _KEYED
            for i, member in enumerate(enum_cls)
        ]
    rows = s.execute(
        select(week, R.owner_id, *[func.sum(getattr(R, c)).label(c) for c in rollups.CASE_COUNTERS], *named)
        .where(*where)
        .group_by(week, R.owner_id)
        .having(func.sum(R.n) != 0)
    ).all()  # keys every case moved away from are left at zero
    ahead = {
        prefix: _ahead(s, sql, conds, done, due, now)
        for prefix, done, due in (
            ("fa", Case.first_answered_at, Case.first_answer_due),
            ("res", None, Case.resolution_due),
        )
    }
    weeks: dict[int, _Week] = defaultdict(_Week)
    agents: dict[int | None, _Agent] = defaultdict(_Agent)
    chosen: dict[str, int] = {r.value: 0 for r in Remedy}
    totals = dict.fromkeys(_TOTALS, 0)
    keyed = [(attr, [m.value for m in enum_cls]) for attr, enum_cls in _KEYED]
    statuses, remedy_values = [m.value for m in CaseStatus], [m.value for m in Remedy]
    for row in rows:
        raw = row._mapping
        m = {k: int(v or 0) for k, v in raw.items()}  # sums come back as Decimal on PostgreSQL
        n = m["n"]
        if m["status_outside"] or m["remedy_outside"]:
            return None
        wk, owner = m["week"], (m["owner_id"] or None)
        times = {}
        for prefix in ("fa", "res"):
            done, open_due = m[f"{prefix}_done"], m[f"{prefix}_open_due"]
            still = ahead[prefix].get((wk, owner), 0)
            times[prefix] = Timeliness(
                done,
                m[f"{prefix}_on_time"],
                m[f"{prefix}_late_done"] + open_due - still,
                n - done - open_due + still,
                raw[f"{prefix}_secs"] or 0,
            )
        w = weeks[wk]
        w.n += n
        w.res.append(times["res"])
        for attr, values in keyed:
            counts = [m[f"{attr}_{i}"] for i in range(len(values))]
            if sum(counts) != n:
                return None
            for value, c in zip(values, counts, strict=True):
                w.counts[attr][value] += c
        for value in statuses:
            w.counts["status"][value] += m[f"status_{value}"]
        a = agents[owner]
        a.n += n
        a.fa.append(times["fa"])
        a.res.append(times["res"])
        a.kc_offered += m["kc_offered"]
        a.kc_accepted += m[f"remedy_{Remedy.KEEP_AND_CREDIT.value}"]
        a.saving += m["saving"]
        for value in remedy_values:
            chosen[value] += m[f"remedy_{value}"]
        for attr in _TOTALS:
            totals[attr] += m[attr]
    return _CaseFigures(dict(weeks), dict(agents), chosen, totals)


def _ahead(
    s: Session, sql: _Sql, conds: list[ColumnElement], done: Any, due: Any, now: datetime
) -> dict[tuple[int, int | None], int]:
    """Per week and owner: the period's cases not done whose due time is still ahead (``pending``, not ``late``).
    Read from the partial index of the open cases by due time: only cases due from ``now`` on."""
    not_done = (
        [done.is_(None)] if done is not None else [Case.resolved_at.is_(None), Case.closed_at.is_(None)]
    )
    week = sql.week(Case.created_at).label("week")
    if sql.dialect == "sqlite":
        # without statistics SQLite would range-scan the period's cases by ``created_at``; a unary ``+`` keeps
        # the period off the index choice, so it reads the open cases' partial index from ``now`` on
        created = _plain(Case.created_at)
        conds = [created >= sql.period.start, created < sql.period.end, *conds[2:]]  # conds[:2]: the period
    rows = s.execute(
        select(week, Case.owner_id, func.count())
        .where(*not_done, due.is_not(None), due >= now, *conds)
        .group_by(week, Case.owner_id)
    ).all()
    found = {(int(wk), owner): int(n) for wk, owner, n in rows}
    if done is None:  # the resolution: a case paused in time is pending though its due time has passed
        paused = s.execute(
            select(week, Case.owner_id, func.count())
            .where(*not_done, due.is_not(None), due < now, _paused_in_time(due), *conds)
            .group_by(week, Case.owner_id)
        ).all()
        for wk, owner, n in paused:
            found[(int(wk), owner)] = found.get((int(wk), owner), 0) + int(n)
    return found


_KEYED = (("kind", CaseKind), ("channel", Channel))  # the rollups' key columns, counted by name per week


def _assemble(
    figures: _CaseFigures,
    credit: _CreditResult,
    period: Period,
    d_from: date,
    d_to: date,
    flt: ReportFilter,
    currency: str,
    now: datetime,
    users: dict[int, tuple[str, str]],
) -> Summary:
    per_week = figures.weeks
    totals: dict[str, dict[str, int]] = {attr: defaultdict(int) for attr, _ in _VOCABULARY}
    for w in per_week.values():
        for attr, _ in _VOCABULARY:
            for value, c in w.counts[attr].items():
                totals[attr][value] += c

    weeks = []
    for i, monday in enumerate(period.week_starts):
        w = per_week.get(i) or _Week()
        res = _add_timeliness(w.res)
        issued, spent, owed = credit.weeks[i]
        weeks.append(
            WeekFigures(
                monday,
                w.n,
                _complete(w.counts["kind"], CaseKind),
                _complete(w.counts["channel"], Channel),
                _complete(w.counts["status"], CaseStatus),
                res.done,
                res.on_time,
                res.late,
                Money(issued, currency),
                Money(spent, currency),
                Money(owed, currency),
            )
        )

    agents = []
    for owner_id in sorted(figures.agents, key=lambda o: (o is None, users.get(o, ("", ""))[1].casefold())):
        a = figures.agents[owner_id]
        username, name = users.get(owner_id, (None, "")) if owner_id is not None else (None, "")
        agents.append(
            AgentFigures(
                username,
                name,
                a.n,
                _add_timeliness(a.fa),
                _add_timeliness(a.res),
                a.kc_offered,
                a.kc_accepted,
                Money(a.saving, currency),
                Money(credit.issued_by.get(owner_id, 0), currency),
            )
        )

    t, chosen = figures.totals, figures.chosen
    remedies = RemedyFigures(
        proposed=t["proposed"],
        keep_and_credit_offered=t["kc_offered"],
        keep_and_credit_accepted=chosen.get(Remedy.KEEP_AND_CREDIT.value, 0),
        chosen={k: v for k, v in chosen.items() if v},
        with_saving=t["with_saving"],
        savings=Money(t["saving"], currency),
        replacement_cost=Money(t["replacement_cost"], currency),
        chosen_cost=Money(t["chosen_cost"], currency),
    )
    return Summary(
        date_from=d_from,
        date_to=d_to,
        timezone=str(period.tz.key),
        currency=currency,
        generated_at=now,
        filter=flt,
        cases=sum(totals["kind"].values()),
        by_kind=_complete(totals["kind"], CaseKind),
        by_channel=_complete(totals["channel"], Channel),
        by_status=_complete(totals["status"], CaseStatus),
        first_answer=_add_timeliness(a.first_answer for a in agents),
        resolution=_add_timeliness(a.resolution for a in agents),
        remedies=remedies,
        credit=credit.figures,
        weeks=tuple(weeks),
        agents=tuple(agents),
    )


def _complete(counts: dict[str, int], enum_cls: Any) -> dict[str, int]:
    """Every value of the vocabulary, in its order, zeros included (stable keys for JSON and CSV)."""
    return {m.value: counts.get(m.value, 0) for m in enum_cls} | {
        k: v for k, v in counts.items() if k not in {m.value for m in enum_cls}
    }


def _weekly_cases(s: Session, sql: _Sql, conds: list[ColumnElement], now: datetime) -> list[Any]:
    week = sql.week(Case.created_at).label("week")
    resolved_at = func.coalesce(Case.resolved_at, Case.closed_at)
    stmt = (
        select(
            week,
            Case.kind,
            Case.channel,
            Case.status,
            func.count().label("n"),
            *_timeliness_columns(
                resolved_at, Case.resolution_due, now, sql, "res", seconds=False, pauses=True
            ),
        )
        .where(*conds)
        .group_by(week, Case.kind, Case.channel, Case.status)
    )
    return list(s.execute(stmt))


_VOCABULARY = (("kind", CaseKind), ("channel", Channel), ("status", CaseStatus))


def _agent_cases(
    s: Session, sql: _Sql, conds: list[ColumnElement], now: datetime, by_week: bool = True
) -> list[Any]:
    """Per week, owner and chosen remedy, in one pass over the period's cases: cases, deadlines, proposals, the
    savings of the choices that stand (the figures recorded on each case with its events, see ``Case.proposed``)
    and the counts per kind, channel and status (``kind_0``… in the vocabulary's order), which
    :func:`_weekly_from` rolls up into the weeks. At most weeks × owners × remedies rows come back."""
    week = sql.week(Case.created_at).label("week")
    resolved_at = func.coalesce(Case.resolved_at, Case.closed_at)
    stands = and_(
        Case.remedy.is_not(None), Case.remedy == Case.choice_remedy
    )  # a rejected credit is no saving

    def money(col: Any, label: str) -> ColumnElement:
        return func.coalesce(func.sum(case((stands, col), else_=None)), 0).label(label)

    counts = (
        [
            _count(getattr(Case, attr) == member.value).label(f"{attr}_{i}")
            for attr, enum_cls in _VOCABULARY
            for i, member in enumerate(enum_cls)
        ]
        if by_week
        else []
    )
    keys = [week, Case.owner_id, Case.remedy] if by_week else [Case.owner_id, Case.remedy]
    stmt = (
        select(
            *keys,
            func.count().label("n"),
            *_timeliness_columns(Case.first_answered_at, Case.first_answer_due, now, sql, "fa"),
            *_timeliness_columns(resolved_at, Case.resolution_due, now, sql, "res", pauses=True),
            _count(Case.proposed).label("proposed"),
            _count(Case.keep_credit_offered).label("kc_offered"),
            _count(and_(stands, Case.saving_minor.is_not(None))).label("with_saving"),
            money(Case.saving_minor, "saving"),
            money(Case.replacement_cost_minor, "replacement_cost"),
            money(Case.remedy_cost_minor, "chosen_cost"),
            *counts,
        )
        .where(*conds)
        .group_by(*keys)
    )
    return list(s.execute(stmt))


@dataclass
class _Week:
    n: int = 0
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {a: defaultdict(int) for a, _ in _VOCABULARY}
    )
    res: list[Timeliness] = field(default_factory=list)


def _weeks_from_pass(rows: list[Any]) -> dict[int, _Week] | None:
    """The weeks' figures rolled up from the one pass of :func:`_agent_cases`, or ``None`` when some case's kind,
    channel or status is outside the vocabulary (then :func:`_weeks_by_name` counts them by name)."""
    weeks: dict[int, _Week] = defaultdict(_Week)
    for row in rows:
        w = weeks[int(row.week)]
        w.n += int(row.n)
        w.res.append(_timeliness(row, "res"))
        for attr, enum_cls in _VOCABULARY:
            counts = [int(getattr(row, f"{attr}_{i}") or 0) for i in range(len(enum_cls))]
            if sum(counts) != int(row.n):
                return None
            for member, c in zip(enum_cls, counts, strict=True):
                w.counts[attr][member.value] += c
    return weeks


def _weeks_by_name(rows: list[Any]) -> dict[int, _Week]:
    weeks: dict[int, _Week] = defaultdict(_Week)
    for row in rows:
        w = weeks[int(row.week)]
        w.n += int(row.n)
        w.res.append(_timeliness(row, "res"))
        for attr, _ in _VOCABULARY:
            w.counts[attr][getattr(row, attr)] += int(row.n)
    return weeks


# --- store credit -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _CreditResult:
    figures: CreditFigures
    weeks: dict[int, tuple[int, int, int]]  # week index → issued, spent, owed at its end (minor units)
    issued_by: dict[int | None, int]


def credit_figures(s: Session, sql: _Sql, now: datetime, *, rolled: bool = False) -> _CreditResult:
    """The ledger over the period (shop currency): flows per week and kind, what is owed, orders that spent it."""
    p, E = sql.period, CreditEntry
    cur = E.currency == sql.currency
    in_period = and_(cur, E.at >= p.start, E.at < p.end)
    if rolled:  # the per-day rollups: a few thousand rows a year, and one row per order and day spent on
        L, OD = ReportLedgerDay.__table__.c, ReportOrderDay.__table__.c
        d_from, d_to = day_number(p.date_from), day_number(p.date_to)
        opening = int(
            s.scalar(
                select(func.coalesce(func.sum(L.amount_minor), 0)).where(
                    L.currency == sql.currency, L.day < d_from
                )
            )
            or 0
        )
        week = ((L.day - literal(day_number(p.first_monday), Integer)) // literal(7, Integer)).label("week")
        flows = [
            (wk, kind, by_id or None, amount)
            for wk, kind, by_id, amount in s.execute(
                select(week, L.kind, L.by_id, func.sum(L.amount_minor))
                .where(L.currency == sql.currency, L.day >= d_from, L.day <= d_to)
                .group_by(week, L.kind, L.by_id)
            )
        ]
        applied = (
            select(
                OD.order_number.label("number"),
                (-func.sum(OD.amount_minor)).label("credit"),
                func.max(OD.order_total_minor).label("total"),
            )
            .where(OD.currency == sql.currency, OD.day >= d_from, OD.day <= d_to)
            .group_by(OD.order_number)
            .having(func.sum(OD.amount_minor) < 0)
            .subquery()
        )
    else:
        opening = int(
            s.scalar(select(func.coalesce(func.sum(E.amount_minor), 0)).where(cur, E.at < p.start)) or 0
        )
        week = sql.week(E.at).label("week")
        # one pass: per week, kind and author (the issuers' figures come from the same rows)
        flows = s.execute(
            select(week, E.kind, E.by_id, func.sum(E.amount_minor))
            .where(in_period)
            .group_by(week, E.kind, E.by_id)
        ).all()
        spent_in_period = in_period
        if sql.dialect == "sqlite":
            # without statistics SQLite would range-scan the period by ``at`` and sort a year of redemptions for
            # the GROUP BY; a unary ``+`` keeps ``currency`` and ``at`` off the index choice, so it reads
            # ``ix_credit_entries_order_spend`` in order_number order and groups as it goes
            spent_in_period = and_(
                _plain(E.currency) == sql.currency, _plain(E.at) >= p.start, _plain(E.at) < p.end
            )
        applied = (
            select(E.order_number.label("number"), (-func.sum(E.amount_minor)).label("credit"))
            .where(E.kind.in_(_SPENDING), spent_in_period)
            .group_by(E.order_number)
            .having(func.sum(E.amount_minor) < 0)
            .subquery()
        )
    per_week: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    kinds: dict[str, int] = defaultdict(int)
    issued_by: dict[int | None, int] = defaultdict(int)
    for wk, kind, by_id, amount in flows:
        per_week[int(wk)][kind] += int(amount or 0)
        kinds[kind] += int(amount or 0)
        if kind == EntryKind.ISSUE.value:
            issued_by[by_id] += int(amount or 0)
    weeks: dict[int, tuple[int, int, int]] = {}
    owed = opening
    for i in range(len(p.week_starts)):
        w = per_week.get(i, {})
        owed += sum(w.values())
        weeks[i] = (
            w.get(EntryKind.ISSUE.value, 0),
            -(w.get(EntryKind.REDEEM.value, 0) + w.get(EntryKind.RESTORE.value, 0)),
            owed,
        )

    planner: list[str] = []
    if rolled:  # the orders' totals are on the rollup's rows: nothing to join
        per_order = applied
        if sql.dialect == "postgresql":
            # grouped as read from the index in order-number order: PostgreSQL underestimates the orders the
            # HAVING keeps and would hash them (slower), hence the planner settings, for this one statement
            planner = ["enable_hashagg", "enable_sort"]
    else:
        # each order's total looked up by its number (an index probe), not joined and grouped again
        total = (
            select(func.max(Order.total_minor))
            .where(Order.number == applied.c.number, Order.currency == sql.currency)
            .scalar_subquery()
        )
        if (
            sql.dialect == "sqlite"
        ):  # not flattened into the outer query (``LIMIT -1``): one probe per order, not two
            per_order = (
                select(applied.c.credit, total.label("total")).select_from(applied).limit(-1).subquery()
            )
        else:  # PostgreSQL hashes the join faster than it probes the index per order
            per_order = (
                select(applied.c.number, applied.c.credit, func.max(Order.total_minor).label("total"))
                .select_from(applied)
                .outerjoin(Order, and_(Order.number == applied.c.number, Order.currency == sql.currency))
                .group_by(applied.c.number, applied.c.credit)
                .subquery()
            )
    known = per_order.c.total.is_not(None)
    for setting in planner:
        s.execute(text(f"SET LOCAL {setting} = off"))
    n_orders, n_unknown, revenue, credit_known = s.execute(
        select(
            func.count(),
            _count(~known),
            func.coalesce(func.sum(per_order.c.total), 0),
            func.coalesce(func.sum(case((known, per_order.c.credit), else_=0)), 0),
        )
    ).one()
    for setting in planner:
        s.execute(text(f"SET LOCAL {setting} TO DEFAULT"))

    money = lambda minor: Money(int(minor), sql.currency)  # noqa: E731
    figures = CreditFigures(
        issued=money(kinds.get(EntryKind.ISSUE.value, 0)),
        spent=money(-(kinds.get(EntryKind.REDEEM.value, 0) + kinds.get(EntryKind.RESTORE.value, 0))),
        expired=money(-kinds.get(EntryKind.EXPIRE.value, 0)),
        cancelled=money(-kinds.get(EntryKind.CANCEL.value, 0)),
        adjusted=money(kinds.get(EntryKind.ADJUST.value, 0)),
        owed_at_start=money(opening),
        owed_at_end=money(owed),
        orders_with_credit=int(n_orders or 0) - int(n_unknown or 0),
        orders_not_imported=int(n_unknown or 0),
        revenue_with_credit=money(revenue or 0),
        credit_on_those_orders=money(credit_known or 0),
        revenue_beyond_credit=money(int(revenue or 0) - int(credit_known or 0)),
    )
    return _CreditResult(figures, weeks, dict(issued_by))


_SPENDING = (EntryKind.REDEEM.value, EntryKind.RESTORE.value)


def liability(ctx: ServiceContext, as_of: date | str) -> Liability:
    """What the shop owes at the end of ``as_of`` (shop's calendar): the sum of every ledger entry up to then."""
    ctx.require(Permission.REPORTS)
    day = parse_day(as_of, "--as-of")
    E = CreditEntry
    with ctx.db.read() as s:
        settings = load_settings(s)
        currency = settings.currency
        end = day_start(day + timedelta(days=1), settings["shop.timezone"])
        upto = and_(E.at < end, E.currency == currency)
        if rollups.rollup_zone(s.connection()) == str(settings["shop.timezone"].key):  # the per-day sums
            L = ReportLedgerDay.__table__.c
            by_kind = (
                select(L.kind, func.sum(L.amount_minor))
                .where(L.currency == currency, L.day <= day_number(day))
                .group_by(L.kind)
            )
        else:
            by_kind = select(E.kind, func.sum(E.amount_minor)).where(upto).group_by(E.kind)
        kinds = {kind: int(total or 0) for kind, total in s.execute(by_kind)}
        grant_upto = upto
        if ctx.db.dialect == "sqlite":
            # read in grant order from ``credit_entries (grant_id)`` and grouped as it goes, instead of sorting
            # every entry up to the date (four times slower at 2,000,000 entries)
            grant_upto = and_(_plain(E.at) < end, _plain(E.currency) == currency)
        live = (
            select(E.grant_id)
            .where(grant_upto)
            .group_by(E.grant_id)
            .having(func.sum(E.amount_minor) > 0)
            .subquery()
        )
        grants = int(s.scalar(select(func.count()).select_from(live)) or 0)

    def money(minor: int) -> Money:
        return Money(minor, currency)

    return Liability(
        as_of=day,
        currency=currency,
        issued=money(kinds.get(EntryKind.ISSUE.value, 0)),
        spent=money(-(kinds.get(EntryKind.REDEEM.value, 0) + kinds.get(EntryKind.RESTORE.value, 0))),
        expired=money(-kinds.get(EntryKind.EXPIRE.value, 0)),
        cancelled=money(-kinds.get(EntryKind.CANCEL.value, 0)),
        adjusted=money(kinds.get(EntryKind.ADJUST.value, 0)),
        owed=money(sum(kinds.values())),
        grants_with_balance=grants,
    )
