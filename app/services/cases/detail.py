"""A case as an agent reads it: its customer, order, affected lines and timeline (:class:`CaseDetail`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.domain.business_hours import (
    calendar_from_settings,
    remaining_when_paused,
)
from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.settings_registry import ShopSettings
from app.errors import NotFound
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import Case, CaseEvent, CaseLine, User


@dataclass(frozen=True)
class EventInfo:
    id: int
    at: datetime
    actor: str | None
    type: str
    text: str
    internal: bool
    data: dict[str, Any] | None


@dataclass(frozen=True)
class CaseLineInfo:
    """An affected line: ``quantity`` pieces of the ``ordered`` ones ("one of the two bowls broke"); every remedy
    is computed on ``quantity``."""

    order_line_id: int
    sku: str
    name: str
    variant: str
    quantity: int
    unit_price: Money
    ordered: int = 0


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    kind: CaseKind
    channel: Channel
    status: CaseStatus
    wants: CustomerWants
    summary: str
    description: str
    customer_id: int
    customer_name: str
    customer_email: str | None
    customer_phone: str | None
    customer_language: str
    order_id: int | None
    order_number: str | None
    order_placed_at: datetime | None
    order_total: Money | None
    promised_by: Any
    owner: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    first_answer_due: datetime | None
    resolution_due: datetime | None
    first_answered_at: datetime | None
    resolved_at: datetime | None
    remedy: str | None
    amount: Money | None
    currency: str
    lines: tuple[CaseLineInfo, ...]
    events: tuple[EventInfo, ...] = field(default_factory=tuple)
    #: Waiting for the customer since ``paused_at``: the deadline clock stands still and ``remaining`` is the
    #: business time the case still has (negative: already late when paused); ``None`` while the clock runs.
    paused_at: datetime | None = None
    remaining: timedelta | None = None
    #: The shop's time zone (IANA name), in which deadlines and the timeline are read.
    timezone: str = "UTC"

    @property
    def paused(self) -> bool:
        return self.status is CaseStatus.AWAITING_CUSTOMER

    @property
    def affected_value(self) -> Money:
        total = Money.zero(self.currency)
        for line in self.lines:
            total = total + line.unit_price.times(line.quantity)
        return total


def load_case(s: Session, case_id: int, now: datetime) -> CaseDetail:
    """A case with its customer, order, lines and timeline as of ``now``, read inside the caller's transaction."""
    if not is_id(case_id):
        raise NotFound("There is no case {id}.", id=case_id)
    case = (
        s.scalars(
            select(Case)
            .where(Case.id == case_id)
            .options(
                joinedload(Case.customer),
                joinedload(Case.order),
                joinedload(Case.owner),
                joinedload(Case.updated_by),
                joinedload(Case.lines).joinedload(CaseLine.order_line),
            )
        )
        .unique()
        .one_or_none()
    )
    if case is None:
        raise NotFound("There is no case {id}.", id=case_id)
    return detail_of(case, load_settings(s), now, _timeline(s, case_id))


def _timeline(s: Session, case_id: int) -> tuple[EventInfo, ...]:
    """The case's events as the detail shows them, read as rows (with who wrote each): a timeline of dozens of
    entries is read on every opening of the case, and event objects would only be turned into these."""
    rows = s.execute(
        select(
            CaseEvent.id,
            CaseEvent.at,
            CaseEvent.actor_id,
            User.display_name,
            CaseEvent.type,
            CaseEvent.text,
            CaseEvent.internal,
            CaseEvent.data,
        )
        .outerjoin(User, User.id == CaseEvent.actor_id)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.at, CaseEvent.id)
    )
    return tuple(
        EventInfo(
            r.id, r.at, r.display_name if r.actor_id is not None else None, r.type, r.text, r.internal, r.data
        )
        for r in rows
    )


def detail_of(
    case: Case, settings: ShopSettings, now: datetime, timeline: tuple[EventInfo, ...] | None = None
) -> CaseDetail:
    """The detail of a case whose customer, order, users and lines are loaded (or just created); the timeline
    in the order things happened (an event written later may tell of an earlier moment): ``timeline`` when it was
    read apart (:func:`load_case`), else the case's loaded events."""
    order = case.order
    cur = case.currency
    cal = calendar_from_settings(settings)
    paused = case.status == CaseStatus.AWAITING_CUSTOMER.value
    remaining = None
    if paused and case.resolution_due is not None:
        remaining = remaining_when_paused(cal, case.resolution_due, case.paused_at or now)
    return CaseDetail(
        id=case.id,
        version=case.version,
        kind=CaseKind(case.kind),
        channel=Channel(case.channel),
        status=CaseStatus(case.status),
        wants=CustomerWants(case.wants),
        summary=case.summary,
        description=case.description,
        customer_id=case.customer_id,
        customer_name=case.customer.name,
        customer_email=case.customer.email,
        customer_phone=case.customer.phone,
        customer_language=case.customer.language,
        order_id=case.order_id,
        order_number=order.number if order else None,
        order_placed_at=order.placed_at if order else None,
        order_total=Money(order.total_minor, order.currency) if order else None,
        promised_by=order.promised_by if order else None,
        owner=case.owner.display_name if case.owner else None,
        created_at=case.created_at,
        updated_at=case.updated_at,
        updated_by=case.updated_by.display_name if case.updated_by else None,
        first_answer_due=case.first_answer_due,
        resolution_due=case.resolution_due,
        first_answered_at=case.first_answered_at,
        resolved_at=case.resolved_at,
        remedy=case.remedy,
        amount=Money(case.amount_minor, cur) if case.amount_minor is not None else None,
        currency=cur,
        lines=tuple(
            CaseLineInfo(
                cl.order_line_id,
                cl.order_line.sku,
                cl.order_line.name,
                cl.order_line.variant,
                cl.quantity,
                Money(cl.order_line.unit_price_minor, cur),
                cl.order_line.quantity,
            )
            for cl in case.lines
        ),
        events=timeline
        if timeline is not None
        else tuple(
            EventInfo(e.id, e.at, _actor_name(e), e.type, e.text, e.internal, e.data)
            for e in sorted(case.events, key=lambda e: (e.at, e.id or 0))
        ),
        paused_at=case.paused_at if paused else None,
        remaining=remaining,
        timezone=cal.tz.key,
    )


def _actor_name(event: CaseEvent) -> str | None:
    if event.actor_id is None:
        return None
    return event.actor.display_name if event.actor else None


def get_case(ctx: ServiceContext, case_id: int) -> CaseDetail:
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        return load_case(s, case_id, ctx.now())
