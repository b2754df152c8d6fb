"""Our voucher codes among an imported order's discount codes, recorded as redemptions."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.domain import vouchers
from app.domain.money import Money
from app.domain.settings_registry import ShopSettings
from app.errors import NotFound, ValidationError
from app.i18n import translate
from app.imports.records import ImportedOrder
from app.services import credit
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.services.shop_import.report import RedemptionOutcome


def redeem_from_orders(
    s: Session, ctx: ServiceContext, orders: list[tuple[ImportedOrder, int]]
) -> list[RedemptionOutcome]:
    """Our voucher codes among the orders' discount codes, recorded as redemptions in the caller's transaction.

    The credit service redeems (:func:`app.services.credit.redeem_grants_in_session`, under the ledger's rules):
    the cap share of the order, the vouchers' balances, their expiry — judged on the day the order was placed,
    since that is when the shop took the codes. Several of our codes on one order are one payment: planned
    together, earliest expiry first, for at most what the shop took off. When the shop took off more than the
    ledger allows, what the ledger allows is recorded and the outcome is ``partial`` with a warning: the ledger
    never goes below zero nor above the cap because a shop applied a discount it should not have. A redemption
    already recorded for the same voucher and order number is never recorded again. Codes that are not in our
    voucher form (the shop's own campaign codes) are ignored.
    """
    settings = load_settings(s)
    zone = settings["shop.timezone"]
    outcomes: list[RedemptionOutcome] = []
    for order, _order_id in orders:
        ours = list(
            dict.fromkeys(
                credit.own_code(s, check.code)
                for text in order.discount_codes
                if (check := vouchers.check_code(text)).ok and check.code is not None
            )
        )
        if ours:
            outcomes.extend(_redeem_order(s, ctx, settings, zone, order, ours))
    return outcomes


def _redeem_order(
    s: Session, ctx: ServiceContext, settings: ShopSettings, zone: Any, order: ImportedOrder, codes: list[str]
) -> list[RedemptionOutcome]:
    """One order's codes: each looked at alone first (unknown, already recorded, expired, spent, other currency —
    reported), then the usable ones spent together by one plan; here only what is particular to an import: the
    order's day, its total before discounts, what the shop took, and outcomes reported rather than refused."""
    number = order.number[:64]

    def outcome(
        code: str, status: str, msgid: str, amount: Money | None = None, **params: Any
    ) -> RedemptionOutcome:
        shown = vouchers.format_code(code)
        return RedemptionOutcome(
            number, shown, status, amount, translate(msgid, order=number, code=shown, **params)
        )

    if order.cancelled:
        return [
            outcome(c, "refused", "Order {order} was cancelled: voucher {code} was not redeemed.")
            for c in codes
        ]
    gross = _gross_total(order)
    if gross is None or gross.minor <= 0:
        return [
            outcome(c, "refused", "Order {order} has no total, so voucher {code} could not be redeemed.")
            for c in codes
        ]
    taken = order.discount_amount
    wanted = taken if taken is not None and taken.minor > 0 and taken.currency == order.currency else None
    as_of = order.created_at.astimezone(zone).date()
    credit.lock_order(s, number)
    results: dict[str, RedemptionOutcome] = {}
    usable = []
    for code in codes:
        try:
            grant = credit.grant_by_code(s, code)
        except NotFound:
            results[code] = outcome(
                code, "unknown", "Order {order} used {code}, which is not one of our vouchers."
            )
            continue
        already = credit.already_on_order(s, grant.id, number)
        if already:
            results[code] = outcome(
                code,
                "already",
                "Voucher {code} on order {order} was already recorded.",
                Money(-already, grant.currency),
            )
            continue
        balance = credit.grant_balance(s, grant, as_of)
        if grant.currency != gross.currency:
            results[code] = outcome(
                code,
                "refused",
                "Voucher {code} is in {credit}, order {order} in {currency}: not redeemed.",
                credit=grant.currency,
                currency=order.currency,
            )
        elif balance.balance.minor > 0 and balance.expired:
            results[code] = outcome(
                code,
                "expired",
                "Order {order} used voucher {code}, which had expired on {date}: not redeemed.",
                date=str(grant.expires_on),
            )
        elif balance.balance.minor <= 0:
            results[code] = outcome(
                code, "spent", "Order {order} used voucher {code}, which has no credit left: not redeemed."
            )
        else:
            usable.append(grant)
    if usable:
        try:
            done = credit.redeem_grants_in_session(
                s,
                ctx.actor,
                usable,
                order_number=number,
                order_total=gross,
                as_of=as_of,
                at=order.created_at,
                shop_cap_share=settings["credit.cap_share"],
                requested=wanted,
                note=translate("From the shop's order import.", lang="en"),
            )
        except ValidationError as exc:
            for grant in usable:
                results[grant.code] = outcome(
                    grant.code,
                    "refused",
                    "Voucher {code} on order {order} was not redeemed: {reason}",
                    reason=exc.message,
                )
        else:
            applied = {vouchers.parse(shown): amount for shown, amount in done.used}
            short = wanted is not None and done.applied < wanted
            last = done.used[-1][0] if done.used else None
            for grant in usable:
                amount = applied.get(grant.code)
                shown = vouchers.format_code(grant.code)
                if amount is None:
                    results[grant.code] = outcome(
                        grant.code,
                        "not_needed",
                        "Voucher {code} was not needed on order "
                        "{order}: vouchers that expire sooner covered it.",
                    )
                elif short and shown == last:
                    results[grant.code] = outcome(
                        grant.code,
                        "partial",
                        "The shop took {taken} off order {order} with voucher {code}, but "
                        "the ledger allows {applied} (cap or balance); only that was recorded.",
                        amount,
                        taken=str(wanted),
                        applied=str(done.applied),
                    )
                else:
                    results[grant.code] = outcome(
                        grant.code,
                        "redeemed",
                        "Voucher {code} redeemed on order {order}: {applied}.",
                        amount,
                        applied=amount.plain() + " " + amount.currency,
                    )
    return [results[c] for c in codes]


def _gross_total(order: ImportedOrder) -> Money | None:
    """The order's value before discounts: the cap is a share of what the customer would have paid."""
    if order.total is None:
        if order.subtotal is None:
            return None
        base = order.subtotal + (order.shipping or Money.zero(order.currency))
        return base
    discount = order.discount_amount if order.discount_amount is not None else Money.zero(order.currency)
    return order.total + discount if discount.currency == order.total.currency else order.total
