"""Figures for supervisors: cases per week, deadlines kept, remedies chosen and saved, store credit owed.

Every figure is one set-based query (grouped in the database, a few hundred rows back at most), so a year of a
million cases costs a handful of index range scans. Dates are the shop's calendar days (``shop.timezone``); weeks
start on Monday. Money is exact: integer minor units summed in SQL, returned as :class:`Money`.

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

import sqlite3
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
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain.enums import CaseKind, CaseStatus, Channel, EntryKind, Remedy, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import NotFound, ValidationError
from app.services import remedies as _remedies  # noqa: F401 - its hooks keep the cases' report figures written
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import Case, CreditEntry, Order, User
from app.store.types import utcnow

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
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError("{what} must be a date like 2026-11-30, not {text}.", what=what, text=text) from None


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
            raise ValidationError("The period ends ({to}) before it starts ({start}).", to=date_to.isoformat(),
                                  start=date_from.isoformat())
        if (date_to - date_from).days >= MAX_DAYS:
            raise ValidationError("A report covers at most {days} days; choose a shorter period.", days=MAX_DAYS)
        return cls(date_from, date_to, tz, day_start(date_from, tz), day_start(date_to + timedelta(days=1), tz))

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
    """Dialect-specific expressions: epoch seconds, the week of a time in the shop's zone."""

    def __init__(self, dialect: str, period: Period, currency: str) -> None:
        self.dialect = dialect
        self.currency = currency
        self.period = period
        # where each week after the first starts: local Monday midnight, as naive UTC (as the columns hold times)
        self.boundaries = [day_start(monday, period.tz).replace(tzinfo=None) for monday in period.week_starts[1:]]

    def epoch(self, col: Any) -> ColumnElement:
        if self.dialect == "sqlite":
            if sqlite3.sqlite_version_info >= (3, 38):
                return func.unixepoch(col)  # four times cheaper than strftime('%s')
            return cast(func.strftime("%s", col), Integer)
        return func.extract("epoch", col)

    def seconds_between(self, later: Any, earlier: Any) -> ColumnElement:
        return self.epoch(later) - self.epoch(earlier)

    def week(self, col: Any) -> ColumnElement:
        """Index of the Monday-based local week of ``col`` (0 = the week of ``date_from``), for times inside the
        period: the number of week starts (local midnights, daylight saving included) at or before ``col``.
        Compared as stored, never converted row by row: PostgreSQL's ``width_bucket`` over the sorted starts,
        elsewhere a binary search written as nested ``CASE`` (⌈log₂ weeks⌉ comparisons a row)."""
        starts = self.boundaries
        if not starts:
            return literal(0)
        if self.dialect == "postgresql":
            return func.width_bucket(type_coerce(col, DateTime()),
                                     bindparam("week_starts", starts, type_=ARRAY(DateTime())))

        def search(lo: int, hi: int) -> Any:  # the bucket among lo…hi, knowing starts[lo-1] <= col < starts[hi]
            if lo == hi:
                return literal(lo)
            mid = (lo + hi + 1) // 2  # col >= starts[mid-1] → bucket ≥ mid
            return case((type_coerce(col, DateTime()) < literal(starts[mid - 1], DateTime()), search(lo, mid - 1)),
                        else_=search(mid, hi))

        return search(0, len(starts))


def _flag(cond: ColumnElement) -> ColumnElement:
    return func.sum(case((cond, 1), else_=0))


def _timeliness_columns(done_at: Any, due: Any, now: datetime, sql: _Sql, prefix: str,
                        seconds: bool = True) -> list[ColumnElement]:
    done = done_at.is_not(None)
    columns = [
        _flag(done).label(f"{prefix}_done"),
        _flag(and_(done, due.is_not(None), done_at <= due)).label(f"{prefix}_on_time"),
        _flag(or_(and_(done, due.is_not(None), done_at > due),
                  and_(done_at.is_(None), due.is_not(None), due < now))).label(f"{prefix}_late"),
        _flag(and_(done_at.is_(None), or_(due.is_(None), due >= now))).label(f"{prefix}_pending"),
    ]
    if seconds:
        columns.append(func.sum(sql.seconds_between(done_at, Case.created_at)).label(f"{prefix}_secs"))
    return columns


def _timeliness(row: Any, prefix: str) -> Timeliness:
    done = int(getattr(row, f"{prefix}_done") or 0)
    return Timeliness(done, int(getattr(row, f"{prefix}_on_time") or 0), int(getattr(row, f"{prefix}_late") or 0),
                      int(getattr(row, f"{prefix}_pending") or 0), int(getattr(row, f"{prefix}_secs", 0) or 0))


def _add_timeliness(items: Iterable[Timeliness]) -> Timeliness:
    done = on = late = pending = secs = 0
    for t in items:
        done, on, late, pending, secs = done + t.done, on + t.on_time, late + t.late, pending + t.pending, secs + t.seconds
    return Timeliness(done, on, late, pending, secs)


def _case_conditions(s: Session, period: Period, flt: ReportFilter) -> list[ColumnElement]:
    conds: list[ColumnElement] = [Case.created_at >= period.start, Case.created_at < period.end]
    if flt.kinds:
        conds.append(Case.kind.in_([parse_enum(CaseKind, k, "case kind").value for k in flt.kinds]))
    if flt.channels:
        conds.append(Case.channel.in_([parse_enum(Channel, c, "channel").value for c in flt.channels]))
    if flt.agents:
        wanted = {a.strip().lower() for a in flt.agents if a.strip()}
        found = dict(s.execute(select(func.lower(User.username), User.id)
                               .where(func.lower(User.username).in_(wanted))).all())
        missing = sorted(wanted - set(found))
        if missing:
            raise NotFound("Unknown user: {name}", name=", ".join(missing))
        conds.append(Case.owner_id.in_(list(found.values())))
    return conds


# --- the summary ------------------------------------------------------------------------------------------------
def summary(ctx: ServiceContext, date_from: date | str, date_to: date | str, flt: ReportFilter | None = None, *,
            now: datetime | None = None) -> Summary:
    """Every figure of the period ``date_from``…``date_to`` (shop's calendar days, both included)."""
    ctx.require(Permission.REPORTS)
    flt = flt or ReportFilter()
    now = now or utcnow()
    d_from, d_to = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    with ctx.db.read() as s:
        settings = load_settings(s)
        currency = settings.currency
        period = Period.of(d_from, d_to, settings["shop.timezone"])
        sql = _Sql(ctx.db.dialect, period, currency)
        if sql.dialect == "postgresql":
            # the orders' aggregate would spill to disk with the default 4 MB; compiling a JIT plan for these big
            # aggregates costs more than it saves. Both only for this (read-only) transaction.
            s.execute(text("SET LOCAL work_mem = '64MB'"))
            s.execute(text("SET LOCAL jit = off"))
        conds = _case_conditions(s, period, flt)
        # SQLite sorts every row of a GROUP BY: one pass per week, owner and chosen remedy, rolled up here. On
        # PostgreSQL (hash aggregates, parallel scans) the vocabulary's CASE columns cost more than a second pass.
        one_pass = sql.dialect == "sqlite"
        agents_rows = _agent_cases(s, sql, conds, now, by_week=one_pass)
        per_week = _weeks_from_pass(agents_rows) if one_pass else None
        if per_week is None:  # a kind, channel or status outside the vocabulary: count them by name
            per_week = _weeks_by_name(_weekly_cases(s, sql, conds, now))
        credit = credit_figures(s, sql, now)
        users = {uid: (username, name) for uid, username, name in s.execute(
            select(User.id, User.username, User.display_name))}

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
        weeks.append(WeekFigures(
            monday, w.n, _complete(w.counts["kind"], CaseKind), _complete(w.counts["channel"], Channel),
            _complete(w.counts["status"], CaseStatus), res.done, res.on_time, res.late,
            Money(issued, currency), Money(spent, currency), Money(owed, currency),
        ))

    # per agent: cases, deadlines, remedy mix
    chosen: dict[str, int] = {r.value: 0 for r in Remedy}
    per_agent: dict[int | None, list[Any]] = defaultdict(list)
    for row in agents_rows:
        per_agent[row.owner_id].append(row)
        if row.remedy:
            chosen[row.remedy] = chosen.get(row.remedy, 0) + row.n
    agents = []
    for owner_id in sorted(per_agent, key=lambda o: (o is None, users.get(o, ("", ""))[1].casefold())):
        rows = per_agent[owner_id]
        username, name = users.get(owner_id, (None, "")) if owner_id is not None else (None, "")
        agents.append(AgentFigures(
            username, name, sum(r.n for r in rows),
            _add_timeliness(_timeliness(r, "fa") for r in rows), _add_timeliness(_timeliness(r, "res") for r in rows),
            sum(int(r.kc_offered or 0) for r in rows),
            sum(r.n for r in rows if r.remedy == Remedy.KEEP_AND_CREDIT.value),
            Money(sum(int(r.saving or 0) for r in rows), currency),
            Money(credit.issued_by.get(owner_id, 0), currency),
        ))

    def total(attr: str) -> int:
        return sum(int(getattr(r, attr) or 0) for r in agents_rows)

    remedies = RemedyFigures(
        proposed=total("proposed"),
        keep_and_credit_offered=total("kc_offered"),
        keep_and_credit_accepted=chosen.get(Remedy.KEEP_AND_CREDIT.value, 0),
        chosen={k: v for k, v in chosen.items() if v},
        with_saving=total("with_saving"), savings=Money(total("saving"), currency),
        replacement_cost=Money(total("replacement_cost"), currency), chosen_cost=Money(total("chosen_cost"), currency),
    )
    return Summary(
        date_from=d_from, date_to=d_to, timezone=str(period.tz.key), currency=currency, generated_at=now, filter=flt,
        cases=sum(totals["kind"].values()),
        by_kind=_complete(totals["kind"], CaseKind), by_channel=_complete(totals["channel"], Channel),
        by_status=_complete(totals["status"], CaseStatus),
        first_answer=_add_timeliness(a.first_answer for a in agents),
        resolution=_add_timeliness(a.resolution for a in agents),
        remedies=remedies, credit=credit.figures, weeks=tuple(weeks), agents=tuple(agents),
    )


def _complete(counts: dict[str, int], enum_cls: Any) -> dict[str, int]:
    """Every value of the vocabulary, in its order, zeros included (stable keys for JSON and CSV)."""
    return {m.value: counts.get(m.value, 0) for m in enum_cls} | {k: v for k, v in counts.items()
                                                                   if k not in {m.value for m in enum_cls}}


def _count_by(rows: list[Any], attr: str, enum_cls: Any) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[getattr(r, attr)] += r.n
    return _complete(counts, enum_cls)


def _weekly_cases(s: Session, sql: _Sql, conds: list[ColumnElement], now: datetime) -> list[Any]:
    week = sql.week(Case.created_at).label("week")
    resolved_at = func.coalesce(Case.resolved_at, Case.closed_at)
    stmt = (
        select(week, Case.kind, Case.channel, Case.status, func.count().label("n"),
               *_timeliness_columns(resolved_at, Case.resolution_due, now, sql, "res", seconds=False))
        .where(*conds)
        .group_by(week, Case.kind, Case.channel, Case.status)
    )
    return list(s.execute(stmt))


_VOCABULARY = (("kind", CaseKind), ("channel", Channel), ("status", CaseStatus))


def _agent_cases(s: Session, sql: _Sql, conds: list[ColumnElement], now: datetime, by_week: bool = True) -> list[Any]:
    """Per week, owner and chosen remedy, in one pass over the period's cases: cases, deadlines, proposals, the
    savings of the choices that stand (the figures recorded on each case with its events, see ``Case.proposed``)
    and the counts per kind, channel and status (``kind_0``… in the vocabulary's order), which
    :func:`_weekly_from` rolls up into the weeks. At most weeks × owners × remedies rows come back."""
    week = sql.week(Case.created_at).label("week")
    resolved_at = func.coalesce(Case.resolved_at, Case.closed_at)
    stands = and_(Case.remedy.is_not(None), Case.remedy == Case.choice_remedy)  # a rejected credit is no saving

    def money(col: Any, label: str) -> ColumnElement:
        return func.coalesce(func.sum(case((stands, col), else_=None)), 0).label(label)

    counts = [_flag(getattr(Case, attr) == member.value).label(f"{attr}_{i}")
              for attr, enum_cls in _VOCABULARY for i, member in enumerate(enum_cls)] if by_week else []
    keys = [week, Case.owner_id, Case.remedy] if by_week else [Case.owner_id, Case.remedy]
    stmt = (
        select(*keys, func.count().label("n"),
               *_timeliness_columns(Case.first_answered_at, Case.first_answer_due, now, sql, "fa"),
               *_timeliness_columns(resolved_at, Case.resolution_due, now, sql, "res"),
               _flag(Case.proposed).label("proposed"), _flag(Case.keep_credit_offered).label("kc_offered"),
               _flag(and_(stands, Case.saving_minor.is_not(None))).label("with_saving"),
               money(Case.saving_minor, "saving"), money(Case.replacement_cost_minor, "replacement_cost"),
               money(Case.remedy_cost_minor, "chosen_cost"), *counts)
        .where(*conds)
        .group_by(*keys)
    )
    return list(s.execute(stmt))


@dataclass
class _Week:
    n: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: {a: defaultdict(int) for a, _ in _VOCABULARY})
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


def credit_figures(s: Session, sql: _Sql, now: datetime) -> _CreditResult:
    """The ledger over the period (shop currency): flows per week and kind, what is owed, orders that spent it."""
    p, E = sql.period, CreditEntry
    cur = E.currency == sql.currency
    in_period = and_(cur, E.at >= p.start, E.at < p.end)
    opening = int(s.scalar(select(func.coalesce(func.sum(E.amount_minor), 0)).where(cur, E.at < p.start)) or 0)
    week = sql.week(E.at).label("week")
    # one pass: per week, kind and author (the issuers' figures come from the same rows)
    flows = s.execute(select(week, E.kind, E.by_id, func.sum(E.amount_minor))
                      .where(in_period).group_by(week, E.kind, E.by_id)).all()
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
        weeks[i] = (w.get(EntryKind.ISSUE.value, 0), -(w.get(EntryKind.REDEEM.value, 0) + w.get(EntryKind.RESTORE.value, 0)),
                    owed)

    spent_in_period = in_period
    if sql.dialect == "sqlite":
        # without statistics SQLite would range-scan the period by ``at`` and sort a year of redemptions for the
        # GROUP BY; a unary ``+`` keeps ``currency`` and ``at`` off the index choice, so it reads
        # ``ix_credit_entries_order_spend`` in order_number order and groups as it goes
        def plain(col: Any) -> ColumnElement:
            return literal_column(f"+{E.__tablename__}.{col.key}", col.type)

        spent_in_period = and_(plain(E.currency) == sql.currency, plain(E.at) >= p.start, plain(E.at) < p.end)
    applied = (
        select(E.order_number.label("number"), (-func.sum(E.amount_minor)).label("credit"))
        .where(E.kind.in_(_SPENDING), spent_in_period)
        .group_by(E.order_number)
        .having(func.sum(E.amount_minor) < 0)
        .subquery()
    )
    # each order's total looked up by its number (an index probe), not joined and grouped again
    total = (select(func.max(Order.total_minor))
             .where(Order.number == applied.c.number, Order.currency == sql.currency)
             .scalar_subquery())
    if sql.dialect == "sqlite":  # not flattened into the outer query (``LIMIT -1``): one probe per order, not two
        per_order = select(applied.c.credit, total.label("total")).select_from(applied).limit(-1).subquery()
    else:  # PostgreSQL hashes the join faster than it probes the index per order
        per_order = (
            select(applied.c.number, applied.c.credit, func.max(Order.total_minor).label("total"))
            .select_from(applied)
            .outerjoin(Order, and_(Order.number == applied.c.number, Order.currency == sql.currency))
            .group_by(applied.c.number, applied.c.credit)
            .subquery()
        )
    known = per_order.c.total.is_not(None)
    n_orders, n_unknown, revenue, credit_known = s.execute(select(
        func.count(), _flag(~known),
        func.coalesce(func.sum(per_order.c.total), 0),
        func.coalesce(func.sum(case((known, per_order.c.credit), else_=0)), 0),
    )).one()

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
        kinds = {kind: int(total or 0) for kind, total in
                 s.execute(select(E.kind, func.sum(E.amount_minor)).where(upto).group_by(E.kind))}
        live = select(E.grant_id).where(upto).group_by(E.grant_id).having(func.sum(E.amount_minor) > 0).subquery()
        grants = int(s.scalar(select(func.count()).select_from(live)) or 0)

    def money(minor: int) -> Money:
        return Money(minor, currency)

    return Liability(
        as_of=day, currency=currency,
        issued=money(kinds.get(EntryKind.ISSUE.value, 0)),
        spent=money(-(kinds.get(EntryKind.REDEEM.value, 0) + kinds.get(EntryKind.RESTORE.value, 0))),
        expired=money(-kinds.get(EntryKind.EXPIRE.value, 0)),
        cancelled=money(-kinds.get(EntryKind.CANCEL.value, 0)),
        adjusted=money(kinds.get(EntryKind.ADJUST.value, 0)),
        owed=money(sum(kinds.values())),
        grants_with_balance=grants,
    )
