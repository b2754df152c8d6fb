"""Customers: find them by anything the caller says, see their orders, cases and language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.domain.permissions import Permission
from app.domain.ranges import id_in, is_id
from app.errors import NotFound, ValidationError
from app.services.context import ServiceContext
from app.services.orders import OrderInfo, order_info
from app.services.search import search_clause
from app.store.models import Case, Customer, Order


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    email: str | None
    phone: str | None
    language: str
    orders: int
    #: The customer's segment and claim-rate flag today (as the case panel shows them).
    segment: str | None = None
    flagged: bool = False


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    first_name: str
    last_name: str
    name: str
    email: str | None
    phone: str | None
    language: str
    marketing_consent: bool
    marketing_consent_at: datetime | None
    created_at: datetime
    orders: tuple[OrderInfo, ...]
    case_ids: tuple[int, ...]


def list_customers(
    ctx: ServiceContext, search: str = "", limit: int = 50, offset: int = 0
) -> list[CustomerRow]:
    """Customers matching ``search`` (name, e-mail, phone; accents and case ignored), with their order count,
    segment and claim-rate flag."""
    ctx.require(Permission.CUSTOMER_READ)
    if limit < 1 or limit > 10_000:
        raise ValidationError("The limit must be between 1 and 10000.")
    with ctx.db.read() as s:
        matching = select(Customer.id)
        clause = search_clause(ctx.db.dialect, "customers", Customer.id, Customer.search_text, search)
        if clause is not None:
            matching = matching.where(clause)
        page = (
            matching.order_by(Customer.last_name, Customer.first_name, Customer.id)
            .limit(limit)
            .offset(offset)
            .subquery()
        )
        counts = (
            select(Order.customer_id, func.count(Order.id).label("n"))
            .where(Order.customer_id.in_(select(page.c.id)))
            .group_by(Order.customer_id)
            .subquery()
        )
        stmt = (
            select(Customer, func.coalesce(counts.c.n, 0))
            .join(page, page.c.id == Customer.id)
            .outerjoin(counts, counts.c.customer_id == Customer.id)
            .order_by(Customer.last_name, Customer.first_name, Customer.id)
        )
        found = list(s.execute(stmt))
        from app.services import segments  # the segment rules read the settings; only lists need them here

        ids = [c.id for c, _ in found]
        today = segments.shop_today(s, ctx.now())
        segs = segments.segments_of(s, ids, today) if ids else {}
        return [
            CustomerRow(
                c.id,
                c.name,
                c.email,
                c.phone,
                c.language,
                int(n),
                segs[c.id].value if c.id in segs else None,
                segments.is_flagged(s, c.id, today),
            )
            for c, n in found
        ]


def find_customer_id(ctx: ServiceContext, key: str) -> int:
    """A customer by e-mail (exact, case ignored) or id."""
    ctx.require(Permission.CUSTOMER_READ)
    text = (key or "").strip()
    with ctx.db.read() as s:
        typed_id = id_in(text)
        if typed_id is not None:
            if s.get(Customer, typed_id) is not None:
                return typed_id
        ids = list(s.scalars(select(Customer.id).where(func.lower(Customer.email) == text.lower())))
        if not ids:
            raise NotFound("There is no customer {key}.", key=text)
        if len(ids) > 1:
            raise ValidationError("Several customers share the e-mail {key}; use their id.", key=text)
        return ids[0]


def get_customer(ctx: ServiceContext, customer_id: int) -> CustomerDetail:
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        c = s.get(Customer, customer_id) if is_id(customer_id) else None
        if c is None:
            raise NotFound("There is no customer {key}.", key=customer_id)
        orders = s.scalars(
            select(Order)
            .where(Order.customer_id == c.id)
            .order_by(Order.placed_at.desc())
            .options(selectinload(Order.lines), selectinload(Order.customer))
        ).all()
        case_ids = s.scalars(select(Case.id).where(Case.customer_id == c.id).order_by(Case.id.desc())).all()
        return CustomerDetail(
            c.id,
            c.first_name,
            c.last_name,
            c.name,
            c.email,
            c.phone,
            c.language,
            c.marketing_consent,
            c.marketing_consent_at,
            c.created_at,
            tuple(order_info(o) for o in orders),
            tuple(case_ids),
        )
