"""Spending store credit on a shop order, and giving it back when the order is refunded.

:func:`redeem_in_session` is the one way credit is redeemed: the counter (:func:`redeem`, ``credit redeem``) and
the shop's order import (:mod:`app.services.imports`) both call it. Locks are taken in the credit service's order:
the order number, then the grant, then the audit chain's end. Import its names from :mod:`app.services.credit`,
which imports this module at its end (``app.services`` loads credit first, so this module never loads before the
names it takes from there exist).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import ledger, vouchers
from app.domain.enums import EntryKind
from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import Conflict, NotFound, ValidationError
from app.services import audit
from app.services.context import Actor, ServiceContext
from app.services.credit import (
    add_entries,
    display_code,
    grant_balance,
    grant_by_code,
    lock_order,
    now,
    spendable,
    today,
)
from app.services.orders import normalize_order_number
from app.services.settings import load_settings
from app.store.models import CreditEntry, CreditGrant


@dataclass(frozen=True)
class Redemption:
    code: str
    order_number: str
    applied: Money
    remaining_on_code: Money
    balance: Money
    cap_left: Money
    limited_by: str



def redeem(
    ctx: ServiceContext,
    code: str,
    *,
    order_number: str,
    order_total: str,
    currency: str | None = None,
    amount: str | None = None,
) -> Redemption:
    """Spend a voucher on a (possibly new) shop order, within the cap share of the order's total.

    The cap counts all credit already applied to that order number, from any voucher. Spends what is left on
    the voucher unless ``amount`` asks for less; reports what was applied and what remains.
    """
    ctx.require(Permission.CREDIT_REDEEM)
    number = normalize_order_number(order_number)
    canonical = vouchers.parse(code)
    with ctx.db.write() as s:
        settings = load_settings(s)
        cur = currency or settings.currency
        total = Money.parse(order_total, cur)
        requested = Money.parse(amount, cur) if amount else None
        return redeem_in_session(s, ctx.actor, canonical, order_number=number, order_total=total,
                                 as_of=today(settings), at=now(), shop_cap_share=settings["credit.cap_share"],
                                 requested=requested)


class AlreadyRedeemedError(Conflict):
    """With ``once_per_order``: this voucher already paid for this order (``amount``); nothing new was recorded."""

    def __init__(self, code: str, order: str, amount: Money) -> None:
        super().__init__("Voucher {code} on order {order} was already recorded.", code=code, order=order)
        self.amount = amount


def redeem_in_session(
    s: Session,
    actor: Actor,
    code: str,
    *,
    order_number: str,
    order_total: Money,
    as_of: date,
    at: datetime,
    shop_cap_share: Decimal,
    requested: Money | None = None,
    once_per_order: bool = False,
    note: str = "",
) -> Redemption:
    """Spend voucher ``code`` on an order inside the caller's transaction — the one way credit is redeemed.

    Locks the order number's credit, then the grant; plans with :func:`app.domain.ledger.plan_redemption`
    (expiry judged on ``as_of``, the cap a share of ``order_total``, counting what every voucher already put on
    the order); appends the ``redeem`` entries dated ``at`` (never before the grant was given) with ``note``;
    logs ``credit_redeemed``. ``once_per_order`` refuses with :class:`AlreadyRedeemedError` when this voucher
    already paid for this order (an order imported again). An unknown code is :class:`~app.errors.NotFound`;
    the ledger's refusals are :class:`~app.domain.ledger.RedemptionRefusedError` (saying why).
    """
    lock_order(s, order_number)
    grant = grant_by_code(s, code)
    if once_per_order:
        already = int(s.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(
            CreditEntry.grant_id == grant.id, CreditEntry.order_number == order_number,
            CreditEntry.kind == EntryKind.REDEEM.value)) or 0)
        if already:
            raise AlreadyRedeemedError(display_code(grant.code), order_number, Money(-already, grant.currency))
    cur = order_total.currency
    gb = grant_balance(s, grant, as_of)
    on_order = _applied_to_order(s, order_number, cur)
    plan = ledger.plan_redemption([gb], order_number=order_number, order_total=order_total,
                                  already_applied_to_order=on_order, shop_cap_share=shop_cap_share, as_of=as_of,
                                  requested=requested)
    entries = [replace(e, note=note) for e in plan.entries(max(at, grant.created_at), actor.username)]
    add_entries(s, entries, actor.id, order_total=order_total)
    s.flush()
    left = spendable(s, grant.customer_id, as_of).get(cur, Money.zero(cur))
    audit.append(s, audit.Action.CREDIT_REDEEMED, actor_id=actor.id, actor=actor.username,
                 subject=f"grant {grant.id}",
                 data={"grant": grant.id, "order": order_number, "applied": plan.total_applied.plain(),
                       "order_total": order_total.plain(), "currency": cur})
    return Redemption(display_code(grant.code), order_number, plan.total_applied, plan.remaining, left,
                      plan.cap_left, plan.limited_by.value)


def _applied_to_order(s: Session, number: str, currency: str) -> Money:
    rows = s.execute(
        select(CreditEntry.currency, func.sum(CreditEntry.amount_minor))
        .where(CreditEntry.order_number == number,
               CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]))
        .group_by(CreditEntry.currency)
    ).all()
    for cur, total in rows:
        if cur != currency and total:
            raise ValidationError(
                "The credit is in {credit_currency} and the order in {order_currency}; currencies cannot be mixed.",
                credit_currency=cur, order_currency=currency)
    return Money(-int(sum(t for c, t in rows if c == currency) or 0), currency)


def restore_order(ctx: ServiceContext, order_number: str, amount: str | None = None) -> Money:
    """An order that spent credit was refunded: give the credit back to the grants it came from, each with its
    own expiry (a grant already past it is expired again by the next ``credit expire``). Returns the amount."""
    ctx.require(Permission.CREDIT_REDEEM)
    number = normalize_order_number(order_number)
    with ctx.db.write() as s:
        lock_order(s, number)
        rows = list(s.scalars(select(CreditEntry).where(
            CreditEntry.order_number == number,
            CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value])).order_by(CreditEntry.id)))
        if not rows:
            raise NotFound("Order {order} used no store credit.", order=number)
        grant_ids = sorted({r.grant_id for r in rows})
        if s.get_bind().dialect.name == "postgresql":
            s.execute(select(CreditGrant.id).where(CreditGrant.id.in_(grant_ids)).order_by(CreditGrant.id)
                      .with_for_update())
        entries = [ledger.Entry(EntryKind(r.kind), r.grant_id, Money(r.amount_minor, r.currency), r.at, "x",
                                r.order_number) for r in rows]
        part = Money.parse(amount, rows[0].currency) if amount else None
        planned = ledger.plan_restore(entries, number, now(), ctx.actor.username, part)
        if not planned:
            raise ValidationError("The credit order {order} used was already given back.", order=number)
        add_entries(s, planned, ctx.actor.id)
        total = Money(sum(e.amount.minor for e in planned), planned[0].amount.currency)
        audit.append(s, audit.Action.CREDIT_RESTORED, actor_id=ctx.actor.id, actor=ctx.actor.username,
                     subject=f"order {number}",
                     data={"order": number, "amount": total.plain(), "currency": total.currency,
                           "grants": [e.grant_id for e in planned]})
        return total
