"""Customer segments for the remedy engine: the enumeration, the thresholds and the one rule that assigns them.

The same rule will be written in SQL to classify the whole customer base; :func:`classify` is the reference the
SQL must agree with, so it uses only comparisons that SQL can express exactly (no division, days not months).
This module must never read a database, use floats or look at anything but the four facts it is given.

The rule, first match wins (``avg`` is never computed: ``total_spent < small_avg_order * order_count``)::

    CASE
      WHEN order_count <= :new_max_orders OR last_order_date IS NULL            THEN 'new'
      WHEN order_count >= :lapsed_min_orders
           AND last_order_date <= :today - :lapsed_after_days (days)             THEN 'lapsed'
      WHEN order_count >= :loyal_min_orders AND total_spent >= :loyal_min_spent  THEN 'loyal'
      WHEN total_spent < :small_avg_order * order_count                          THEN 'occasional_small'
      ELSE 'regular'
    END

``total_spent`` is the sum of the customer's order totals in the shop currency (major units, exact decimal);
``last_order_date`` is the date (not time) of the latest order. A last order dated after ``today`` is not lapsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from app.domain.money import Money


class Segment(StrEnum):
    """Who the customer is, from their order history. Values are stored and shown; add, never rename."""

    NEW = "new"
    REGULAR = "regular"
    LOYAL = "loyal"
    LAPSED = "lapsed"
    OCCASIONAL_SMALL = "occasional_small"


@dataclass(frozen=True, slots=True)
class SegmentThresholds:
    """Where one segment ends and the next begins (shop settings ``segment.*``)."""

    new_max_orders: int = 1
    """At most this many orders: ``new`` (one-time buyers included)."""
    lapsed_min_orders: int = 2
    """Bought at least this many times …"""
    lapsed_after_days: int = 180
    """… and nothing for at least this many days: ``lapsed`` (a win-back chance)."""
    loyal_min_orders: int = 5
    """At least this many orders …"""
    loyal_min_spent: Decimal = Decimal("300.00")
    """… and at least this much spent in total: ``loyal`` (VIP)."""
    small_avg_order: Decimal = Decimal("25.00")
    """An average order below this: ``occasional_small`` (no shipping-upgrade offers)."""


DEFAULT_THRESHOLDS = SegmentThresholds()


def classify(
    order_count: int,
    total_spent: Money | Decimal,
    last_order_date: date | None,
    today: date,
    thresholds: SegmentThresholds = DEFAULT_THRESHOLDS,
) -> Segment:
    """The customer's segment by the rule in the module docstring (first match wins)."""
    spent = total_spent.amount if isinstance(total_spent, Money) else Decimal(total_spent)
    t = thresholds
    if order_count <= t.new_max_orders or last_order_date is None:
        return Segment.NEW
    if order_count >= t.lapsed_min_orders and last_order_date <= today - timedelta(days=t.lapsed_after_days):
        return Segment.LAPSED
    if order_count >= t.loyal_min_orders and spent >= t.loyal_min_spent:
        return Segment.LOYAL
    if spent < t.small_avg_order * order_count:
        return Segment.OCCASIONAL_SMALL
    return Segment.REGULAR
