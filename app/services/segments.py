"""Who the customer is, from their order history, computed by the database for one customer or the whole base.

The segment is one set-based query: the orders grouped by customer (count, spend, last order) and a ``CASE``
identical to :func:`app.domain.remedies.segments.classify` — so a campaign over 100,000 customers is one
statement, not 100,000 Python calls. The claim-rate flag counts the customer's orders placed in the window and
the claims about them (one window, see :mod:`app.domain.remedies.claims`) and applies
:func:`app.domain.remedies.claims.is_flagged`.

What counts as an order: one with a customer, not cancelled (``cancelled_at`` empty), in the shop currency
(amounts in another currency cannot be added to it). Spend is the sum of the order totals. "Today" and the date
of an order are days in the shop's time zone; thresholds come from the ``segment.*`` and ``claims.*`` settings.

Functions taking a ``Session`` run inside the caller's transaction (for other services: campaigns, credit,
approvals); functions taking a ``ServiceContext`` check permissions and open their own. This module never
writes, and never classifies row by row in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, Select, and_, bindparam, case, func, literal, or_, select
from sqlalchemy import event as orm_events
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, aliased
from sqlalchemy.orm.attributes import instance_state

from app.domain.enums import parse_enum
from app.domain.money import Money, currency_exponent
from app.domain.permissions import Permission
from app.domain.remedies import ClaimThresholds, CustomerProfile, Segment, SegmentThresholds, claim_rate
from app.domain.remedies import is_flagged as rule_is_flagged
from app.domain.remedies.claims import explain as explain_claims
from app.domain.remedies.registry import cost_settings
from app.domain.settings_registry import ShopSettings
from app.errors import NotFound
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import Case, Customer, Order
from app.store.types import UTCDateTime


@dataclass(frozen=True)
class Rules:
    """What the queries need from the shop settings, read once per transaction."""

    currency: str
    tz: ZoneInfo
    segments: SegmentThresholds
    claims: ClaimThresholds

    @classmethod
    def of(cls, shop: ShopSettings) -> Rules:
        return shop.derived("segments.rules", lambda: cls._of(shop))

    @classmethod
    def _of(cls, shop: ShopSettings) -> Rules:
        cost = cost_settings(shop.raw)
        return cls(shop.currency, shop["shop.timezone"], cost.segments, cost.claims)

    def midnight(self, day: date) -> datetime:
        """The instant (UTC) the shop's ``day`` begins."""
        return datetime.combine(day, time(0), self.tz).astimezone(UTC)

    def today(self, now: datetime) -> date:
        """The shop's day at ``now``."""
        return now.astimezone(self.tz).date()


def rules(session: Session) -> Rules:
    return Rules.of(load_settings(session))


def shop_today(session: Session, now: datetime) -> date:
    """The day at ``now`` in the shop's time zone (the day segments, windows and promises are counted in)."""
    return rules(session).today(now)


# --- the query -------------------------------------------------------------------------------------------------
def _counted(r: Rules) -> ColumnElement[bool]:
    return and_(Order.customer_id.is_not(None), Order.cancelled_at.is_(None), Order.currency == r.currency)


def _scaled(amount: Decimal, exponent: int) -> tuple[int, int]:
    """``amount`` in minor units as ``numerator / 10**k`` with whole numbers, so SQL compares exactly."""
    value = amount.scaleb(exponent)
    k = 0
    while value != value.to_integral_value():
        value, k = value.scaleb(1), k + 1
    return int(value), 10**k


def segment_case(
    orders: ColumnElement[int],
    spent_minor: ColumnElement[int],
    last_at: ColumnElement[datetime],
    r: Rules,
    today: date,
) -> ColumnElement[str]:
    """The rule of :mod:`app.domain.remedies.segments` as SQL, over per-customer aggregates.

    ``last_order_date <= today - lapsed_after_days`` becomes ``last_at < the start of the next day``, and
    ``total_spent < small_avg_order × order_count`` is compared in whole minor units scaled by 10**k — no
    division, no floats, no dates computed by the database (the two databases would disagree on time zones).
    """
    t = r.segments
    exp = currency_exponent(r.currency)
    lapsed_before = r.midnight(today - timedelta(days=t.lapsed_after_days - 1))
    loyal_num, loyal_scale = _scaled(t.loyal_min_spent, exp)
    small_num, small_scale = _scaled(t.small_avg_order, exp)
    return case(
        (or_(orders <= t.new_max_orders, last_at.is_(None)), literal(Segment.NEW.value)),
        (
            and_(orders >= t.lapsed_min_orders, last_at < literal(lapsed_before, UTCDateTime)),
            literal(Segment.LAPSED.value),
        ),
        (
            and_(orders >= t.loyal_min_orders, spent_minor * loyal_scale >= loyal_num),
            literal(Segment.LOYAL.value),
        ),
        (spent_minor * small_scale < orders * small_num, literal(Segment.OCCASIONAL_SMALL.value)),
        else_=literal(Segment.REGULAR.value),
    )


def segment_query(r: Rules, today: date, customer_ids: Iterable[int] | None = None) -> Select[int, str]:
    """``SELECT customer_id, segment`` for every customer (or the given ones): orders grouped once, one CASE.

    Usable as a subquery (``segment_query(...).subquery()``) to join campaigns or reports on.
    """
    history = select(
        Order.customer_id.label("customer_id"),
        func.count().label("orders"),
        func.sum(Order.total_minor).label("spent_minor"),
        func.max(Order.placed_at).label("last_at"),
    ).where(_counted(r))
    people = select(Customer.id)
    if customer_ids is not None:
        ids = list(customer_ids)
        history = history.where(Order.customer_id.in_(ids))
        people = people.where(Customer.id.in_(ids))
    h = history.group_by(Order.customer_id).subquery("history")
    p = people.subquery("people")
    orders = func.coalesce(h.c.orders, 0)
    spent = func.coalesce(h.c.spent_minor, 0)
    return select(
        p.c.id.label("customer_id"), segment_case(orders, spent, h.c.last_at, r, today).label("segment")
    ).outerjoin(h, h.c.customer_id == p.c.id)


def segments_of(session: Session, customer_ids: Iterable[int], today: date) -> dict[int, Segment]:
    """The segment of each given customer (a page of a list, a batch): one query."""
    r = rules(session)
    stmt = segment_query(r, today, customer_ids)
    return {cid: Segment(seg) for cid, seg in session.execute(stmt)}


def segment_of(session: Session, customer_id: int, today: date) -> Segment:
    found = segments_of(session, [customer_id], today)
    if customer_id not in found:
        raise NotFound("There is no customer {key}.", key=customer_id)
    return found[customer_id]


def customers_in_segment(session: Session, segment: Segment | str, today: date) -> list[int]:
    """Ids of every customer in ``segment`` today, ascending (campaigns: e.g. a win-back offer to the lapsed)."""
    seg = parse_enum(Segment, str(segment), "segment")
    r = rules(session)
    sub = segment_query(r, today).subquery()
    return list(
        session.scalars(
            select(sub.c.customer_id).where(sub.c.segment == seg.value).order_by(sub.c.customer_id)
        )
    )


def count_by_segment(session: Session, today: date) -> dict[Segment, int]:
    """How many customers are in each segment (every segment listed, zero included)."""
    r = rules(session)
    sub = segment_query(r, today).subquery()
    rows = session.execute(select(sub.c.segment, func.count()).group_by(sub.c.segment))
    counts = dict.fromkeys(Segment, 0)
    for seg, n in rows:
        counts[Segment(seg)] = int(n)
    return counts


def segment_counts(ctx: ServiceContext, today: date | None = None) -> dict[Segment, int]:
    """:func:`count_by_segment` for the screens and reports, in its own read transaction."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        return count_by_segment(s, today or shop_today(s, ctx.now()))


# --- one customer: lifetime figures, claim rate, flag ------------------------------------------------------------
@dataclass(frozen=True)
class CustomerHistory:
    """What ``rimedio customer show`` prints about who the customer is."""

    customer_id: int
    segment: Segment
    orders: int
    spent: Money
    first_order_at: datetime | None
    last_order_at: datetime | None
    claims_in_window: int
    orders_in_window: int
    window_days: int
    claim_rate: Decimal | None
    flagged: bool

    @property
    def claim_rate_text(self) -> str:
        """The claim rate in words, saying which window it counts."""
        return explain_claims(self.claims_in_window, self.orders_in_window, self.window_days)

    @property
    def profile(self) -> CustomerProfile:
        return CustomerProfile(self.segment, self.flagged, self.orders, self.claims_in_window)


def customer_history(
    session: Session, customer_id: int, today: date, *, rules_: Rules | None = None
) -> CustomerHistory:
    """Lifetime figures, segment (the same CASE over the same aggregates), claims and orders in the claim window
    and the flag — one query.

    The claim rate counts one window: the orders placed in it (any status or currency: a cancelled order can go
    wrong too) and the cases about those orders, plus cases without an order opened in it. Lifetime figures and
    the segment count every order that is not cancelled, in the shop currency."""
    r = rules_ or rules(session)
    cache: dict[tuple[int, date, Rules], CustomerHistory] = session.info.setdefault(_HISTORY_CACHE, {})
    key = (customer_id, today, r)
    if key not in cache:
        cache[key] = _history(session, customer_id, today, r)
    return cache[key]


#: ``session.info`` key of the histories already read in the transaction (resolving a case with credit asked for
#: the same customer's history five times: a third of its time). Forgotten as soon as the session writes
#: anything that could change one (:func:`_forget_histories`) and at the end of the transaction.
_HISTORY_CACHE = "rimedio_customer_histories"
_HISTORY_COLUMNS = ("customer_id", "order_id", "created_at", "placed_at", "status", "total_minor", "currency")


def _forget_histories(session: Session, *_args: object) -> None:
    session.info.pop(_HISTORY_CACHE, None)


def _forget_on_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    if _HISTORY_CACHE not in session.info:
        return
    touched = [o for o in (*session.new, *session.deleted) if isinstance(o, (Case, Order, Customer))]
    for obj in session.dirty:
        if isinstance(obj, (Case, Order, Customer)):
            state = instance_state(obj)
            if any(state.attrs[c].history.has_changes() for c in _HISTORY_COLUMNS if c in state.attrs):
                touched.append(obj)
    if touched:
        _forget_histories(session)


def _forget_on_statement(state: ORMExecuteState) -> None:
    if (
        not state.is_select
    ):  # a Core or bulk INSERT/UPDATE/DELETE through the session: anything may have changed
        _forget_histories(state.session)


orm_events.listen(Session, "before_flush", _forget_on_flush)
orm_events.listen(Session, "do_orm_execute", _forget_on_statement)
orm_events.listen(Session, "after_commit", _forget_histories)
orm_events.listen(Session, "after_rollback", _forget_histories)


@lru_cache(maxsize=16)
def _history_query(r: Rules, today: date) -> Select[Any]:
    """The one query of :func:`_history` for the shop's rules and day, the customer a parameter: built once
    (building it took longer than running it), run for any customer."""
    customer_id = bindparam("customer_id", type_=Integer)
    since, until = (
        r.midnight(today - timedelta(days=r.claims.window_days - 1)),
        r.midnight(today + timedelta(days=1)),
    )
    claimed = aliased(Order)
    claims = (
        select(func.count(Case.id))
        .outerjoin(claimed, claimed.id == Case.order_id)
        .where(
            Case.customer_id == customer_id,
            Case.created_at < until,
            or_(
                and_(Case.order_id.is_not(None), claimed.placed_at >= since, claimed.placed_at < until),
                and_(Case.order_id.is_(None), Case.created_at >= since),
            ),
        )
        .scalar_subquery()
    )
    orders_in_window = (
        select(func.count(Order.id))
        .where(Order.customer_id == customer_id, Order.placed_at >= since, Order.placed_at < until)
        .scalar_subquery()
    )
    exists = select(Customer.id).where(Customer.id == customer_id).scalar_subquery()
    n = func.count(Order.id)
    spent = func.coalesce(func.sum(Order.total_minor), 0)
    last_at = func.max(Order.placed_at)
    return select(
        exists,
        n,
        spent,
        func.min(Order.placed_at),
        last_at,
        segment_case(n, spent, last_at, r, today),
        orders_in_window,
        claims,
    ).where(_counted(r), Order.customer_id == customer_id)


def _history(session: Session, customer_id: int, today: date, r: Rules) -> CustomerHistory:
    row = session.execute(_history_query(r, today), {"customer_id": customer_id}).one()
    found, orders, spent_minor, first_at, last_order_at, segment, orders_window, claims_window = row
    if found is None:
        raise NotFound("There is no customer {key}.", key=customer_id)
    orders, orders_window, claims_window = int(orders), int(orders_window or 0), int(claims_window or 0)
    return CustomerHistory(
        customer_id=customer_id,
        segment=Segment(segment),
        orders=orders,
        spent=Money(int(spent_minor), r.currency),
        first_order_at=_aware(first_at),
        last_order_at=_aware(last_order_at),
        claims_in_window=claims_window,
        orders_in_window=orders_window,
        window_days=r.claims.window_days,
        claim_rate=claim_rate(claims_window, orders_window),
        flagged=rule_is_flagged(claims_window, orders_window, r.claims),
    )


def _aware(value: datetime | None) -> datetime | None:
    """Aggregates lose the column type on some databases: read them back as aware UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def customer_profile(
    session: Session, customer_id: int, today: date, *, rules_: Rules | None = None
) -> CustomerProfile:
    """Segment and claim flag of one customer, for the remedy engine (inside the caller's transaction)."""
    return customer_history(session, customer_id, today, rules_=rules_).profile


def is_flagged(session: Session, customer_id: int, today: date) -> bool:
    """Whether the claim rate flags the customer today: any credit for them needs a supervisor."""
    return customer_history(session, customer_id, today).flagged


# --- for the CLI and the screens ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    email: str | None
    phone: str | None
    language: str
    history: CustomerHistory


def customer_summary(ctx: ServiceContext, customer_id: int) -> CustomerSummary:
    """Who the customer is: contact, segment, claim flag and lifetime figures."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFound("There is no customer {key}.", key=customer_id)
        history = customer_history(s, c.id, shop_today(s, ctx.now()))
        return CustomerSummary(c.id, c.name, c.email, c.phone, c.language, history)


__all__ = [
    "CustomerHistory",
    "CustomerSummary",
    "Rules",
    "count_by_segment",
    "customer_history",
    "customer_profile",
    "customer_summary",
    "customers_in_segment",
    "is_flagged",
    "segment_case",
    "segment_counts",
    "segment_of",
    "segment_query",
    "segments_of",
    "shop_today",
]
