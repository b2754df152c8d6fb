"""Small read-only questions the desktop client asks that no other service answers yet.

Each function reads, never writes, checks the permission like every service, and returns plain values. They are
meant to move into the owning service (customers, cases, remedies) when those grow the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from app.domain.case_status import TRANSITIONS
from app.domain.enums import CaseStatus
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.remedies import classify, is_flagged
from app.errors import NotFound
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import Case, Customer, Order
from app.store.types import utcnow


@dataclass(frozen=True)
class CustomerOverview:
    """What the case view's customer panel shows about the customer, from their history."""

    customer_id: int
    name: str
    orders: int
    lifetime_spend: Money
    last_order_at: datetime | None
    claims: int
    segment: str
    flagged: bool


def customer_overview(ctx: ServiceContext, customer_id: int, today: date | None = None) -> CustomerOverview:
    """Order count, lifetime spend (shop currency), claims, segment and claim-rate flag of one customer.

    Segment and flag use the remedy engine's default thresholds until its settings are read by a service.
    """
    ctx.require(Permission.CUSTOMER_READ)
    today = today or utcnow().date()
    with ctx.db.read() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFound("There is no customer {key}.", key=customer_id)
        currency = load_settings(s).currency
        n_orders, spent, last = s.execute(
            select(func.count(Order.id), func.coalesce(func.sum(Order.total_minor), 0), func.max(Order.placed_at))
            .where(Order.customer_id == customer_id, Order.currency == currency)
        ).one()
        claims = int(s.scalar(select(func.count(Case.id)).where(Case.customer_id == customer_id)) or 0)
        since = datetime.combine(today - timedelta(days=365), datetime.min.time(), tzinfo=UTC)
        window_claims = int(s.scalar(select(func.count(Case.id)).where(Case.customer_id == customer_id,
                                                                       Case.created_at >= since)) or 0)
        window_orders = int(s.scalar(select(func.count(Order.id)).where(Order.customer_id == customer_id,
                                                                        Order.placed_at >= since)) or 0)
        lifetime = Money(int(spent), currency)
        segment = classify(int(n_orders), lifetime, last.date() if last else None, today)
        return CustomerOverview(customer_id, customer.name, int(n_orders), lifetime, last, claims, segment.value,
                                is_flagged(window_claims, window_orders))


def next_statuses(status: CaseStatus | str) -> tuple[CaseStatus, ...]:
    """The statuses a case may move to from ``status``, in the order of the life of a case (for a menu)."""
    current = CaseStatus(status)
    return tuple(s for s in CaseStatus if s in TRANSITIONS[current])
