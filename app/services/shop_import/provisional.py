"""Redemptions made at the counter before their order was imported, checked when the order arrives."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.domain.money import Money
from app.i18n import translate
from app.services import credit
from app.services.settings import load_settings
from app.services.shop_import.report import RedemptionOutcome


def check_provisional(
    s: Session, arrived: dict[str, tuple[Money, bool]], now: datetime
) -> list[RedemptionOutcome]:
    """Redemptions made at the counter before these orders were imported were capped on a typed total: check
    them against the orders' real totals (:func:`app.services.credit.check_provisional_in_session`) and report
    each, ``checked`` when within the cap, ``excess`` (with the amount above it) when not."""
    settings = load_settings(s)
    out = []
    for c in credit.check_provisional_in_session(s, arrived, settings["credit.cap_share"], now):
        params = {
            "order": c.order_number,
            "code": c.codes,
            "total": str(c.order_total),  # "80.00 EUR"
            "typed": str(c.typed_total),
            "applied": str(c.on_order),
            "cap": str(c.cap),
            "excess": c.excess.plain(),
        }
        if c.cancelled:
            out.append(
                RedemptionOutcome(
                    c.order_number,
                    c.codes,
                    "excess",
                    c.excess,
                    translate(
                        "Order {order} arrived cancelled: the {applied} of credit redeemed on it provisionally ({code}) "
                        "should be given back.",
                        **params,
                    ),
                    give_back_all=True,
                )
            )
        elif c.excess.minor:
            out.append(
                RedemptionOutcome(
                    c.order_number,
                    c.codes,
                    "excess",
                    c.excess,
                    translate(
                        "Order {order} arrived with a total of {total}, not the {typed} typed when {code} was redeemed "
                        "provisionally: its {applied} of credit is {excess} above the cap of {cap}.",
                        **params,
                    ),
                )
            )
        else:
            out.append(
                RedemptionOutcome(
                    c.order_number,
                    c.codes,
                    "checked",
                    Money.zero(c.on_order.currency),
                    translate(
                        "Order {order} arrived with a total of {total}: the provisional "
                        "redemption ({code}, {applied}) is within its cap of {cap}.",
                        **params,
                    ),
                )
            )
    return out
