"""The order side of store credit: the total an order's credit cap is a share of, redemptions capped on a typed
total checked when the order arrives, and credit given back when an order is refunded.

:func:`order_total_for_credit` decides an order's total once (Rimedio's when it holds the order; otherwise typed
and provisional, checked by :func:`check_provisional_in_session` when the order is imported); the counter
(:mod:`app.services.credit.redeeming`) and the order import take it the same way (:func:`credit_base`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, cast, func, null, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import CompoundSelect

from app.domain import ledger
from app.domain.enums import EntryKind
from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import MissingInput, NotFound, ValidationError
from app.i18n import current_language
from app.services import audit
from app.services.context import ServiceContext
from app.services.credit.ledger import add_entries, lock_order
from app.services.orders import normalize_order_number
from app.services.retry import retried
from app.store.models import CreditEntry, CreditGrant, Order, ProvisionalRedemption


def order_total_for_credit(s: Session, number: str, typed: str | None, currency: str) -> tuple[Money, bool]:
    """The total an order's credit cap is a share of, and whether it is provisional.

    An order Rimedio holds is the truth: its total before discounts (what the customer would have paid without
    credit, the base the order import caps on too), in its own currency; a typed total that differs is refused
    naming both figures. An order not imported yet: the typed total, provisionally (refused when missing) — and
    the same total at every later redemption on it until the import checks them (so a cap cannot be raised by
    typing a larger total the second time).
    """
    rows = s.execute(_ORDER_OR_TYPED, {"number": number}).all()  # the order, and the total typed before
    known = [r for r in rows if r.source is not None]
    if len(known) > 1:
        raise ValidationError(
            "Order number {number} exists in several shops ({sources}).",
            number=number,
            sources=", ".join(sorted(str(r.source) for r in known)),
        )
    if not known:
        earlier = next((r for r in rows if r.source is None), None)
        first = Money(int(earlier.total_minor), earlier.currency) if earlier is not None else None
        if typed is None or not str(typed).strip():
            if first is not None:  # one order, one total: the one given at its first redemption
                return first, True
            raise MissingInput(
                "order_total", "Order {order} is not in Rimedio yet: give its total.", order=number
            )
        given = Money.parse(typed, currency)
        if first is not None and given != first:
            lang = current_language()
            raise ValidationError(
                "Order {order} was redeemed on before with a total of {earlier}, not {typed}: one order has one "
                "total until its import checks it.",
                order=number,
                earlier=first.format(lang),
                typed=given.format(lang),
            )
        return given, True
    row = known[0]
    if row.cancelled_at is not None:
        raise ValidationError("Order {order} was cancelled: credit cannot be spent on it.", order=number)
    stored = credit_base(row.total_minor, row.discount_minor, row.currency)
    if typed is not None and str(typed).strip():
        given = Money.parse(typed, currency)
        if given != stored:
            lang = current_language()
            raise ValidationError(
                "Order {order} is in Rimedio with a total of {stored} (before discounts), not {typed}: "
                "the cap is a share of Rimedio's total. Give that total, or none.",
                order=number,
                stored=stored.format(lang),
                typed=given.format(lang),
            )
    return stored, False


def _order_or_typed() -> CompoundSelect[str | None, int, int | None, str, datetime | None]:
    """The order ``:number`` as Rimedio holds it (in several shops: several rows), and the total typed at the
    first redemption on it not yet checked (``source`` ``NULL``), in one statement."""
    typed = (
        select(ProvisionalRedemption.typed_total_minor, ProvisionalRedemption.currency)
        .where(
            ProvisionalRedemption.order_number == bindparam("number"),
            ProvisionalRedemption.checked_at.is_(None),
        )
        .order_by(ProvisionalRedemption.id)
        .limit(1)
        .subquery("typed")
    )
    return union_all(
        select(
            Order.source, Order.total_minor, Order.discount_minor, Order.currency, Order.cancelled_at
        ).where(Order.number == bindparam("number")),
        select(
            cast(null(), Order.source.type),
            typed.c.typed_total_minor,
            cast(null(), Order.discount_minor.type),
            typed.c.currency,
            cast(null(), Order.cancelled_at.type),
        ),
    )


_ORDER_OR_TYPED = _order_or_typed()


def credit_base(total_minor: int, discount_minor: int, currency: str) -> Money:
    """An order's total before discounts — what the customer would have paid without credit, the base of its cap
    (the counter and the order import take it the same way)."""
    return Money(int(total_minor) + max(int(discount_minor or 0), 0), currency)


@dataclass(frozen=True)
class ProvisionalCheck:
    """A provisional redemption checked when its order arrived: the credit on the order against the cap of its
    real total. ``excess`` is above the cap (zero: within it); ``cancelled``: the order came back cancelled."""

    order_number: str
    codes: str
    typed_total: Money
    order_total: Money
    on_order: Money
    cap: Money
    excess: Money
    cancelled: bool = False


def check_provisional_in_session(
    s: Session, orders: dict[str, tuple[Money, bool]], shop_cap_share: Decimal, at: datetime
) -> list[ProvisionalCheck]:
    """Check the open provisional redemptions of ``orders`` (number → total before discounts, cancelled) against
    their real totals, inside the caller's transaction (the order import, once the orders are written); each is
    marked checked with the total and the excess. Nothing is taken back: the excess is reported, and a
    supervisor gives it back with ``credit restore --order … --amount …`` if the customer was not owed it."""
    if not orders:
        return []
    open_rows: dict[str, list[ProvisionalRedemption]] = {}
    numbers = list(orders)
    for i in range(0, len(numbers), 500):
        for row in s.scalars(
            select(ProvisionalRedemption)
            .where(
                ProvisionalRedemption.order_number.in_(numbers[i : i + 500]),
                ProvisionalRedemption.checked_at.is_(None),
            )
            .order_by(ProvisionalRedemption.id)
        ):
            open_rows.setdefault(row.order_number, []).append(row)
    checks = []
    for number, rows in open_rows.items():
        lock_order(s, number)
        total, cancelled = orders[number]
        credit_currency = rows[0].currency
        on_order = _net_on_order(s, number, credit_currency)
        if cancelled or credit_currency != total.currency:
            cap = Money.zero(credit_currency)
        else:
            shares = s.scalars(
                select(CreditGrant.cap_share)
                .distinct()
                .join(CreditEntry, CreditEntry.grant_id == CreditGrant.id)
                .where(CreditEntry.order_number == number, CreditEntry.kind == EntryKind.REDEEM.value)
            )
            cap = ledger.order_cap(total, list(shares), shop_cap_share)
        excess = Money(max(0, on_order.minor - cap.minor), credit_currency)
        for row in rows:
            row.checked_at, row.order_total_minor, row.excess_minor = at, total.minor, excess.minor
        typed = Money(rows[-1].typed_total_minor, credit_currency)
        codes = ", ".join(dict.fromkeys(c.strip() for r in rows for c in r.codes.split(",") if c.strip()))
        checks.append(ProvisionalCheck(number, codes, typed, total, on_order, cap, excess, cancelled))
    s.flush()
    return checks


def _net_on_order(s: Session, number: str, currency: str) -> Money:
    total = s.scalar(
        select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(
            CreditEntry.order_number == number,
            CreditEntry.currency == currency,
            CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]),
        )
    )
    return Money(-int(total or 0), currency)


@retried
def restore_order(ctx: ServiceContext, order_number: str, amount: str | None = None) -> Money:
    """An order that spent credit was refunded: give the credit back to the grants it came from, each with its
    own expiry (a grant already past it is expired again by the next ``credit expire``). Returns the amount."""
    ctx.require(Permission.CREDIT_REDEEM)
    number = normalize_order_number(order_number)
    with ctx.db.write() as s:
        lock_order(s, number)
        rows = list(
            s.scalars(
                select(CreditEntry)
                .where(
                    CreditEntry.order_number == number,
                    CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]),
                )
                .order_by(CreditEntry.id)
            )
        )
        if not rows:
            raise NotFound("Order {order} used no store credit.", order=number)
        grant_ids = sorted({r.grant_id for r in rows})
        if s.get_bind().dialect.name == "postgresql":
            s.execute(
                select(CreditGrant.id)
                .where(CreditGrant.id.in_(grant_ids))
                .order_by(CreditGrant.id)
                .with_for_update(key_share=True)
            )
        entries = [
            ledger.Entry(
                EntryKind(r.kind), r.grant_id, Money(r.amount_minor, r.currency), r.at, "x", r.order_number
            )
            for r in rows
        ]
        part = Money.parse(amount, rows[0].currency) if amount else None
        now = ctx.now()
        planned = ledger.plan_restore(entries, number, now, ctx.actor.username, part)
        if not planned:
            raise ValidationError("The credit order {order} used was already given back.", order=number)
        add_entries(s, planned, ctx.actor.id)
        total = Money(sum(e.amount.minor for e in planned), planned[0].amount.currency)
        audit.append(
            s,
            audit.Action.CREDIT_RESTORED,
            at=now,
            actor_id=ctx.actor.id,
            actor=ctx.actor.username,
            subject=f"order {number}",
            data={
                "order": number,
                "amount": total.plain(),
                "currency": total.currency,
                "grants": [e.grant_id for e in planned],
            },
        )
        return total


__all__ = [
    "ProvisionalCheck",
    "check_provisional_in_session",
    "credit_base",
    "order_total_for_credit",
    "restore_order",
]
