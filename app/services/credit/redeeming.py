"""Spending store credit on a shop order.

:func:`redeem_grants_in_session` is the one way credit is redeemed — one plan of
:func:`app.domain.ledger.plan_redemption` over the grants that pay, earliest expiry first, within the order's cap:
a voucher at the counter (:func:`redeem`, through :func:`redeem_in_session`), a customer's credit
(:func:`redeem_for_customer`) and the codes of an imported order (:mod:`app.services.shop_import`). The order's total is
decided once, by :func:`app.services.credit.orders.order_total_for_credit` (Rimedio's when it holds the order;
otherwise typed and provisional, checked when the order is imported). Locks are taken in the credit service's
order: the order number, then the grants, then the audit chain's end. Callers import its names from
:mod:`app.services.credit`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, bindparam, cast, func, literal_column, null, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, CompoundSelect

from app.domain import ledger, vouchers
from app.domain.enums import EntryKind
from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import Conflict, ValidationError
from app.services import audit
from app.services.context import Actor, ServiceContext
from app.services.credit.ledger import (
    add_entries,
    balances_of,
    display_code,
    find_customer,
    grant_balances,
    grant_by_code,
    lock_order,
    spendable,
    spendable_of,
    spendable_subquery,
    today,
)
from app.services.credit.orders import order_total_for_credit
from app.services.orders import normalize_order_number
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import CreditEntry, CreditGrant, ProvisionalRedemption


@dataclass(frozen=True)
class Redemption:
    """What a redemption applied. ``code`` is the first voucher drawn (a customer's redemption may draw several,
    all in ``used``, earliest expiry first); ``remaining_on_code`` is what is left on the grants considered.
    ``provisional``: the order was not in Rimedio, so the cap rests on the typed ``order_total`` until the
    import that brings the order checks it."""

    code: str
    order_number: str
    applied: Money
    remaining_on_code: Money
    balance: Money
    cap_left: Money
    limited_by: str
    used: tuple[tuple[str, Money], ...] = ()
    order_total: Money | None = None
    provisional: bool = False


@retried
def redeem(
    ctx: ServiceContext,
    code: str,
    *,
    order_number: str,
    order_total: str | None = None,
    currency: str | None = None,
    amount: str | None = None,
) -> Redemption:
    """Spend a voucher on a shop order, within the cap share of the order's total.

    The order's total is Rimedio's when it holds the order (a different typed total is refused naming both);
    otherwise the typed one, and the redemption is *provisional* until the import that brings the order checks
    it. The cap counts all credit already applied to that order number, from any voucher. Spends what is left on
    the voucher unless ``amount`` asks for less; reports what was applied and what remains.
    """
    ctx.require(Permission.CREDIT_REDEEM)
    canonical = vouchers.parse(code)
    return _spend_on_order(
        ctx,
        order_number,
        order_total,
        currency,
        amount,
        lambda s, terms: redeem_in_session(s, ctx.actor, canonical, **terms.kwargs()),
    )


@retried
def redeem_for_customer(
    ctx: ServiceContext,
    customer: str | int,
    *,
    order_number: str,
    order_total: str | None = None,
    currency: str | None = None,
    amount: str | None = None,
) -> Redemption:
    """Spend a customer's credit (not one voucher) on a shop order: every live grant, earliest expiry first, as
    :func:`app.domain.ledger.plan_redemption` orders them, within the order's cap. The order's total is taken as
    :func:`redeem` takes it (Rimedio's, or the typed one and then provisional)."""
    ctx.require(Permission.CREDIT_REDEEM)

    def spend(s: Session, terms: _OrderTerms) -> Redemption:
        cust = find_customer(s, customer)
        lock_order(s, terms.order_number)
        stmt = select(CreditGrant).where(CreditGrant.customer_id == cust.id).order_by(CreditGrant.id)
        if s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(key_share=True)
        grants = list(s.scalars(stmt))
        if not grants:
            raise ValidationError("There is no credit left to use.")
        return redeem_grants_in_session(s, ctx.actor, grants, **terms.kwargs())

    return _spend_on_order(ctx, order_number, order_total, currency, amount, spend)


@dataclass(frozen=True)
class _OrderTerms:
    """What a redemption on an order is bound by: the order, its total for the cap, the amount asked, the shop's
    day and share."""

    order_number: str
    order_total: Money
    requested: Money | None
    as_of: date
    at: datetime
    shop_cap_share: Decimal

    def kwargs(self) -> dict[str, Any]:
        return {
            "order_number": self.order_number,
            "order_total": self.order_total,
            "requested": self.requested,
            "as_of": self.as_of,
            "at": self.at,
            "shop_cap_share": self.shop_cap_share,
        }


def _spend_on_order(
    ctx: ServiceContext,
    order_number: str,
    order_total: str | None,
    currency: str | None,
    amount: str | None,
    spend: Callable[[Session, _OrderTerms], Redemption],
) -> Redemption:
    """One transaction for both ways of redeeming: the order's total decided once (Rimedio's, or the typed one,
    then provisional and remembered for the import to check), the amount asked read in its currency, then
    ``spend``."""
    number = normalize_order_number(order_number)
    with ctx.db.write() as s:
        settings, now = load_settings(s), ctx.now()
        total, provisional = order_total_for_credit(s, number, order_total, currency or settings.currency)
        terms = _OrderTerms(
            order_number=number,
            order_total=total,
            requested=Money.parse(amount, total.currency) if amount else None,
            as_of=today(settings, now),
            at=now,
            shop_cap_share=settings["credit.cap_share"],
        )
        done = spend(s, terms)
        return _provisional(s, ctx.actor, done, now) if provisional else done


def _provisional(s: Session, actor: Actor, done: Redemption, now: datetime) -> Redemption:
    """Remember a redemption capped on a typed total, for the import that brings the order to check."""
    assert done.order_total is not None
    s.add(
        ProvisionalRedemption(
            order_number=done.order_number,
            currency=done.applied.currency,
            typed_total_minor=done.order_total.minor,
            applied_minor=done.applied.minor,
            codes=", ".join(code for code, _ in done.used)[:500],
            created_by_id=actor.id,
            created_at=now,
        )
    )
    s.flush()
    return replace(done, provisional=True)


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
    """Spend voucher ``code`` on an order inside the caller's transaction — the one way a code is redeemed.

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
        already = already_on_order(s, grant.id, order_number)
        if already:
            raise AlreadyRedeemedError(
                display_code(grant.code), order_number, Money(-already, grant.currency)
            )
    return redeem_grants_in_session(
        s,
        actor,
        [grant],
        order_number=order_number,
        order_total=order_total,
        as_of=as_of,
        at=at,
        shop_cap_share=shop_cap_share,
        requested=requested,
        note=note,
    )


def already_on_order(s: Session, grant_id: int, order_number: str) -> int:
    """What one grant's ``redeem`` entries already took off an order (minor units, negative)."""
    return int(
        s.scalar(
            select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(
                CreditEntry.grant_id == grant_id,
                CreditEntry.order_number == order_number,
                CreditEntry.kind == EntryKind.REDEEM.value,
            )
        )
        or 0
    )


def redeem_grants_in_session(
    s: Session,
    actor: Actor,
    grants: list[CreditGrant],
    *,
    order_number: str,
    order_total: Money,
    as_of: date,
    at: datetime,
    shop_cap_share: Decimal,
    requested: Money | None = None,
    note: str = "",
) -> Redemption:
    """Spend ``grants`` (locked by the caller, after the order number) together on an order: one plan over all
    of them, so the earliest expiry is spent first and the cap is the order's, whoever pays. Appends the
    entries and one ``credit_redeemed`` audit entry per grant drawn."""
    cur = order_total.currency
    balances, on_order, spendable_before = _before(s, grants, order_number, cur, as_of)
    plan = ledger.plan_redemption(
        list(balances.values()),
        order_number=order_number,
        order_total=order_total,
        already_applied_to_order=on_order,
        shop_cap_share=shop_cap_share,
        as_of=as_of,
        requested=requested,
    )
    by_id = {g.id: g for g in grants}
    entries = [
        replace(e, at=max(at, by_id[e.grant_id].created_at), note=note)
        for e in plan.entries(at, actor.username)
    ]
    add_entries(s, entries, actor.id, order_total=order_total)
    s.flush()
    for gid, amount in plan.applied:
        audit.append(
            s,
            audit.Action.CREDIT_REDEEMED,
            at=at,
            actor_id=actor.id,
            actor=actor.username,
            subject=f"grant {gid}",
            data={
                "grant": gid,
                "order": order_number,
                "applied": amount.plain(),
                "order_total": order_total.plain(),
                "currency": cur,
            },
        )
    first = by_id[plan.applied[0][0]]
    if spendable_before is not None:  # what the customer could spend, less what this took from their grants
        left = spendable_before.get(cur, Money.zero(cur))
        for gid, amount in plan.applied:
            if by_id[gid].customer_id == first.customer_id:
                left = left - amount
    else:
        left = spendable(s, first.customer_id, as_of).get(cur, Money.zero(cur))
    used = tuple((display_code(by_id[gid].code), amount) for gid, amount in plan.applied)
    return Redemption(
        used[0][0],
        order_number,
        plan.total_applied,
        plan.remaining,
        left,
        plan.cap_left,
        plan.limited_by.value,
        used,
        order_total,
    )


#: The most grants :func:`_before` reads in its one statement (a customer's credit, a few codes of an order)
_GRANTS_AT_ONCE = 1_000


def _before(
    s: Session, grants: list[CreditGrant], number: str, currency: str, as_of: date
) -> tuple[dict[int, ledger.GrantBalance], Money, dict[str, Money] | None]:
    """What a redemption plans on, read after the locks: each grant's balance, the credit already on the order
    (:func:`_on_order`), and — when the grants are one customer's — what that customer can spend
    (:func:`~app.services.credit.ledger.spendable`), all in one statement; else ``None`` for the last, and the
    first two read apart."""
    customers = {g.customer_id for g in grants}
    if len(customers) != 1 or len(grants) > _GRANTS_AT_ONCE:
        return grant_balances(s, grants, as_of), _applied_to_order(s, number, currency), None
    sums: dict[int, int] = {}
    on_order: list[tuple[str, Any]] = []
    left: list[tuple[str, Any]] = []
    for part, grant_id, cur, total in s.execute(
        _BEFORE,
        {"ids": [g.id for g in grants], "number": number, "customer": customers.pop(), "as_of": as_of},
    ):
        if part == "grant":
            sums[grant_id] = int(total or 0)
        elif part == "order":
            on_order.append((cur, total))
        else:
            left.append((cur, total))
    return balances_of(grants, sums, as_of), _on_order(on_order, currency), spendable_of(left)


def _on_order_rows(number: ColumnElement[str] | str) -> list[ColumnElement[bool]]:
    """The entries that put credit on an order number: redeemed, less given back."""
    return [
        CreditEntry.order_number == number,
        CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]),
    ]


def _figures() -> CompoundSelect[str, int | None, str | None, Any]:
    """:func:`_before`'s statement: ``(part, grant_id, currency, total)`` rows — ``grant`` per grant id,
    ``order`` per currency on the order, ``left`` per currency the customer can spend."""
    e = CreditEntry
    left = spendable_subquery()
    return union_all(
        select(
            literal_column("'grant'").label("part"),
            e.grant_id,
            cast(null(), String).label("currency"),
            func.sum(e.amount_minor).label("total"),
        )
        .where(e.grant_id.in_(bindparam("ids", expanding=True)))
        .group_by(e.grant_id),
        select(literal_column("'order'"), cast(null(), Integer), e.currency, func.sum(e.amount_minor))
        .where(*_on_order_rows(bindparam("number", type_=String)))
        .group_by(e.currency),
        select(literal_column("'left'"), cast(null(), Integer), left.c.currency, left.c.total),
    )


_BEFORE = _figures()


def _applied_to_order(s: Session, number: str, currency: str) -> Money:
    rows = s.execute(
        select(CreditEntry.currency, func.sum(CreditEntry.amount_minor))
        .where(*_on_order_rows(number))
        .group_by(CreditEntry.currency)
    ).all()
    return _on_order([(cur, total) for cur, total in rows], currency)


def _on_order(rows: Sequence[tuple[str, Any]], currency: str) -> Money:
    """The credit already on an order in ``currency``, from its sums per currency; credit in another currency on
    it is refused."""
    for cur, total in rows:
        if cur != currency and total:
            raise ValidationError(
                "The credit is in {credit_currency} and the order in {order_currency}; currencies cannot be mixed.",
                credit_currency=cur,
                order_currency=currency,
            )
    return Money(-int(sum(t for c, t in rows if c == currency) or 0), currency)
