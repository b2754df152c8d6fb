"""Store credit in the reports: the ledger's flows over the period, what is owed, the orders that spent
it, and the liability at a date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Integer, and_, case, func, literal, select, text
from sqlalchemy.orm import Session

from app.domain.enums import EntryKind
from app.domain.money import Money
from app.domain.permissions import Permission
from app.services.context import ServiceContext
from app.services.reports.figures import CreditFigures, Liability
from app.services.reports.period import day_start, parse_day
from app.services.reports.query import ReportSql, count_if, plain
from app.services.settings import load_settings
from app.store import rollups
from app.store.dialect import day_number
from app.store.models import CreditEntry, Order, ReportLedgerDay, ReportOrderDay


# --- store credit -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CreditResult:
    figures: CreditFigures
    weeks: dict[int, tuple[int, int, int]]  # week index → issued, spent, owed at its end (minor units)
    issued_by: dict[int | None, int]


def credit_figures(s: Session, sql: ReportSql, now: datetime, *, rolled: bool = False) -> CreditResult:
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
        flows: Sequence[tuple[int, str, int | None, int]] = [
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
        flows = [
            (wk, kind, by_id, amount)
            for wk, kind, by_id, amount in s.execute(
                select(week, E.kind, E.by_id, func.sum(E.amount_minor))
                .where(in_period)
                .group_by(week, E.kind, E.by_id)
            )
        ]
        spent_in_period = in_period
        if sql.dialect == "sqlite":
            # without statistics SQLite would range-scan the period by ``at`` and sort a year of redemptions for
            # the GROUP BY; a unary ``+`` keeps ``currency`` and ``at`` off the index choice, so it reads
            # ``ix_credit_entries_order_spend`` in order_number order and groups as it goes
            spent_in_period = and_(
                plain(E.currency) == sql.currency, plain(E.at) >= p.start, plain(E.at) < p.end
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
            count_if(~known),
            func.coalesce(func.sum(per_order.c.total), 0),
            func.coalesce(func.sum(case((known, per_order.c.credit), else_=0)), 0),
        )
    ).one()
    for setting in planner:
        s.execute(text(f"SET LOCAL {setting} TO DEFAULT"))

    def money(minor: int | Decimal) -> Money:
        return Money(int(minor), sql.currency)

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
    return CreditResult(figures, weeks, dict(issued_by))


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
            grant_upto = and_(plain(E.at) < end, plain(E.currency) == currency)
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
