"""Orders as agents look them up: by the number the customer reads out (``#1001``, ``1001``, `` 1001 ``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import NotFound, ValidationError
from app.services.context import ServiceContext
from app.store.models import Order


def normalize_order_number(number: str) -> str:
    """``"#1001"`` → ``"1001"``; shops and spreadsheets disagree on the ``#``, customers on the spaces."""
    text = (number or "").strip().lstrip("#").strip()
    if not text or len(text) > 64 or not re.fullmatch(r"[\w./-]+", text):
        raise ValidationError("Not an order number: {number}", number=number)
    return text


def find_order(s: Session, number: str) -> Order:
    """The order with this number, with its lines and customer; refused if unknown or ambiguous."""
    key = normalize_order_number(number)
    orders = list(
        s.scalars(
            select(Order)
            .where(Order.number == key)
            .options(joinedload(Order.lines), joinedload(Order.customer))  # one statement
        ).unique()
    )
    if not orders:
        raise NotFound("There is no order {number}.", number=number.strip())
    if len(orders) > 1:
        raise ValidationError(
            "Order number {number} exists in several shops ({sources}).",
            number=key,
            sources=", ".join(o.source for o in orders),
        )
    return orders[0]


@dataclass(frozen=True)
class OrderLineInfo:
    id: int
    sku: str
    name: str
    variant: str
    quantity: int
    unit_price: Money


@dataclass(frozen=True)
class OrderInfo:
    id: int
    number: str
    source: str
    placed_at: datetime
    status: str
    total: Money
    shipping: Money
    promised_by: date | None
    customer_id: int | None
    customer_name: str
    lines: tuple[OrderLineInfo, ...]


def order_info(order: Order) -> OrderInfo:
    cur = order.currency
    return OrderInfo(
        id=order.id,
        number=order.number,
        source=order.source,
        placed_at=order.placed_at,
        status=order.status,
        total=Money(order.total_minor, cur),
        shipping=Money(order.shipping_minor, cur),
        promised_by=order.promised_by,
        customer_id=order.customer_id,
        customer_name=order.customer.name if order.customer else "",
        lines=tuple(
            OrderLineInfo(li.id, li.sku, li.name, li.variant, li.quantity, Money(li.unit_price_minor, cur))
            for li in order.lines
        ),
    )


def get_order(ctx: ServiceContext, number: str) -> OrderInfo:
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        return order_info(find_order(s, number))
