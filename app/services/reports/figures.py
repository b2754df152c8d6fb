"""What the reports return: the summary's figures, the liability, and their small pure helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from app.domain.money import Money


# --- what comes back -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportFilter:
    """Which cases count: empty tuples mean all. ``agents`` are usernames (the case's owner)."""

    kinds: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timeliness:
    """Deadlines kept for the first answer or for the resolution."""

    done: int  # answered / resolved
    on_time: int
    late: int  # done after the due time, or not done and the due time has passed
    pending: int  # not done, due time still ahead
    seconds: int  # opening → answer/resolution, wall-clock seconds, summed over ``done``

    @property
    def average_hours(self) -> Decimal | None:
        return _hours(self.seconds, self.done)

    @property
    def on_time_share(self) -> Decimal | None:
        return percent(self.on_time, self.on_time + self.late)


@dataclass(frozen=True)
class WeekFigures:
    week_start: date  # a Monday
    cases: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_status: dict[str, int]
    resolved: int
    resolution_on_time: int
    resolution_late: int
    credit_issued: Money
    credit_spent: Money  # redeemed less restored
    liability_end: Money  # owed at the end of the week's last day (within the period)


@dataclass(frozen=True)
class RemedyFigures:
    proposed: int  # cases with at least one proposal
    keep_and_credit_offered: int
    keep_and_credit_accepted: int
    chosen: dict[str, int]  # the resolution mix: cases per chosen remedy
    with_saving: int  # cases whose chosen remedy recorded a saving
    savings: Money
    replacement_cost: Money
    chosen_cost: Money

    @property
    def acceptance_share(self) -> Decimal | None:
        return percent(self.keep_and_credit_accepted, self.keep_and_credit_offered)


@dataclass(frozen=True)
class CreditFigures:
    """The ledger over the period; ``spent`` is redemptions less restores (what orders kept)."""

    issued: Money
    spent: Money
    expired: Money
    cancelled: Money
    adjusted: Money
    owed_at_start: Money  # liability at the end of the day before ``date_from``
    owed_at_end: Money  # liability at the end of ``date_to``
    orders_with_credit: int
    orders_not_imported: int  # order numbers with credit that are not (yet) among the imported orders
    revenue_with_credit: Money  # totals of the orders that spent credit in the period
    credit_on_those_orders: Money
    revenue_beyond_credit: Money

    @property
    def spent_share(self) -> Decimal | None:
        """Credit spent in the period for each 100 issued in it (a flow ratio: it can pass 100 %)."""
        return percent(self.spent.minor, self.issued.minor)


@dataclass(frozen=True)
class AgentFigures:
    username: str | None  # None: cases nobody owns
    name: str
    cases: int
    first_answer: Timeliness
    resolution: Timeliness
    keep_and_credit_offered: int
    keep_and_credit_accepted: int
    savings: Money
    credit_issued: Money  # issue entries the agent made in the period


@dataclass(frozen=True)
class Summary:
    date_from: date
    date_to: date
    timezone: str
    currency: str
    generated_at: datetime
    filter: ReportFilter
    cases: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_status: dict[str, int]
    first_answer: Timeliness
    resolution: Timeliness
    remedies: RemedyFigures
    credit: CreditFigures
    weeks: tuple[WeekFigures, ...]
    agents: tuple[AgentFigures, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Liability:
    """What the shop owes in store credit at the end of ``as_of`` (shop's calendar), from the ledger alone."""

    as_of: date
    currency: str
    issued: Money
    spent: Money
    expired: Money
    cancelled: Money
    adjusted: Money
    owed: Money
    grants_with_balance: int


# --- small pure helpers ----------------------------------------------------------------------------------------
def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in per cent with one decimal; ``None`` when there is nothing to divide."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _hours(seconds: int | None, count: int) -> Decimal | None:
    if not count or seconds is None:
        return None
    return (Decimal(seconds) / Decimal(count) / 3600).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
