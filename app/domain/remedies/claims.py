"""The claim-rate flag: a customer who claims unusually often is flagged, and any credit for them needs a supervisor.

Pure rule, so the services and a later SQL report agree. It must never read a database, use floats, or decide
anything else about the customer (it does not hide options by itself; the engine does, and says so).

The rule (shop settings ``claims.*``), over the last ``window_days`` days up to today::

    flagged  ⇔  claims >= min_claims  AND  claims >= min_rate * orders

One window for both counts: ``orders`` are the customer's orders placed in the window, and ``claims`` their cases
about those orders (whenever opened), plus cases without an order opened in the window. A claim about an order
placed before the window belongs to that older history, so a customer never reads "5 claims of 0 orders"
because their orders are older than their complaints. Written without division so that a customer with claims
but no orders (cases without an order) is flagged as soon as ``claims >= min_claims``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ClaimThresholds:
    """When the claim rate flags a customer (shop settings ``claims.*``)."""

    min_claims: int = 3
    """At least this many claims in the window …"""
    min_rate: Decimal = Decimal("0.30")
    """… and claims at least this share of orders in the window."""
    window_days: int = 365
    """The window, in days back from today: orders placed in it, and the claims about them."""


DEFAULT_CLAIM_THRESHOLDS = ClaimThresholds()


def claim_rate(claims: int, orders: int) -> Decimal | None:
    """Claims per order in the window, exact; ``None`` when there were no orders."""
    if orders <= 0:
        return None
    return Decimal(claims) / Decimal(orders)


def explain(claims: int, orders: int, window_days: int, lang: str | None = None) -> str:
    """The claim rate in words, saying which history it counts (for ``customer show`` and the case view)."""
    from app.i18n import translate

    return translate(
        "{claims} claim(s) on {orders} order(s) placed in the last {days} days",
        lang,
        claims=claims,
        orders=orders,
        days=window_days,
    )


def is_flagged(claims: int, orders: int, thresholds: ClaimThresholds = DEFAULT_CLAIM_THRESHOLDS) -> bool:
    """Whether the claim rate flags the customer, by the rule in the module docstring."""
    if claims < thresholds.min_claims:
        return False
    return Decimal(claims) >= thresholds.min_rate * max(orders, 0)
