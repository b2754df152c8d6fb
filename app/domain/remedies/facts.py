"""What the remedy engine is given: the case's facts and the customer's profile, as frozen, checked values.

The services build these from the database; tests build them by hand. This module must never read a database,
compute a segment or a flag by itself from raw rows (see :func:`CustomerProfile.from_history` for that), or use
floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.enums import CaseKind, CustomerWants
from app.domain.money import Money, check_currency
from app.domain.remedies.claims import ClaimThresholds, is_flagged
from app.domain.remedies.segments import Segment, SegmentThresholds, classify
from app.errors import ValidationError


@dataclass(frozen=True, slots=True)
class AffectedLine:
    """One order line the case is about: ``quantity`` units at ``unit_price`` (the price the customer paid)."""

    sku: str
    name: str
    quantity: int
    unit_price: Money

    def __post_init__(self) -> None:
        if not isinstance(self.quantity, int) or self.quantity <= 0:
            raise ValidationError("The quantity of {name} must be a whole number above zero.", name=self.name)
        if self.unit_price.minor < 0:
            raise ValidationError("The price of {name} cannot be negative.", name=self.name)

    @property
    def value(self) -> Money:
        return Money(self.unit_price.minor * self.quantity, self.unit_price.currency)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """The case as the engine sees it.

    ``lines`` are the affected lines (for a delay, usually every line; when empty, ``order_total`` is the
    affected value). ``promised_date`` is a date written on the order; when ``None`` the shop's promise rules
    give it. ``delivered_date`` is ``None`` while the parcel has not arrived.
    """

    kind: CaseKind
    lines: tuple[AffectedLine, ...] = ()
    wants: CustomerWants = CustomerWants.UNKNOWN
    order_date: date | None = None
    promised_date: date | None = None
    delivered_date: date | None = None
    currency: str = "EUR"
    order_total: Money | None = None
    shipping_paid: Money | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", CaseKind(self.kind))
        object.__setattr__(self, "wants", CustomerWants(self.wants))
        object.__setattr__(self, "currency", check_currency(self.currency))
        object.__setattr__(self, "lines", tuple(self.lines))
        for money in [line.unit_price for line in self.lines] + [self.order_total, self.shipping_paid]:
            if money is not None and money.currency != self.currency:
                raise ValidationError(
                    "Amounts in {a} and {b} cannot be combined.", a=money.currency, b=self.currency
                )
        for money in (self.order_total, self.shipping_paid):
            if money is not None and money.minor < 0:
                raise ValidationError("The amount cannot be negative.")

    @property
    def affected_value(self) -> Money:
        """What the customer paid for the affected lines (or the order total when no line is named)."""
        if self.lines:
            return Money(sum(line.value.minor for line in self.lines), self.currency)
        return self.order_total or Money.zero(self.currency)


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    """Who the customer is, as far as remedies care: segment, claim flag and the counts behind them."""

    segment: Segment = Segment.REGULAR
    flagged: bool = False
    orders_count: int = 0
    claims_count: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "segment", Segment(self.segment))

    @classmethod
    def from_history(
        cls,
        order_count: int,
        total_spent: Money | Decimal,
        last_order_date: date | None,
        claims_in_window: int,
        orders_in_window: int,
        today: date,
        segments: SegmentThresholds | None = None,
        claims: ClaimThresholds | None = None,
    ) -> CustomerProfile:
        """The profile from raw history, by :func:`segments.classify` and :func:`claims.is_flagged`."""
        segment = classify(order_count, total_spent, last_order_date, today, segments or SegmentThresholds())
        flagged = is_flagged(claims_in_window, orders_in_window, claims or ClaimThresholds())
        return cls(segment, flagged, order_count, claims_in_window)
