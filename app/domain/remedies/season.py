"""Peak season: the shop's promised-by rules, the promised date of an order, and how late a case is.

A rule says "orders placed from 1 to 18 December are promised by 24 December"; it repeats every year. A delay past
a promised date raises the case's severity, shortens its due dates (by :attr:`SeasonAssessment.due_factor`, for
the deadline code), raises the apology credit and adds a refund option (the engine does that part).
This module must never read the clock (``today`` is always given), a database or a settings store.

Rules are written as text for the settings store: ``MM-DD..MM-DD>MM-DD`` (order from .. order by > promised by),
several separated by ``;``, e.g. ``12-01..12-18>12-24; 11-20..11-27>11-30``. A window may cross New Year
(``12-20..01-03>01-06``); a promise earlier in the year than the order-by day falls in the next year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.errors import ValidationError

MonthDay = tuple[int, int]

_RULE_RE = re.compile(r"^(\d{1,2})-(\d{1,2})\.\.(\d{1,2})-(\d{1,2})>(\d{1,2})-(\d{1,2})$")


class Severity(StrEnum):
    """How urgent a case is because of the season: ``normal``; ``peak`` (in a peak window); ``missed_promise``."""

    NORMAL = "normal"
    PEAK = "peak"
    MISSED_PROMISE = "missed_promise"


@dataclass(frozen=True, slots=True)
class PromiseRule:
    """Orders placed from ``order_from`` to ``order_by`` (inclusive, month-day) are promised by ``promised_by``."""

    order_from: MonthDay
    order_by: MonthDay
    promised_by: MonthDay

    def __post_init__(self) -> None:
        for md in (self.order_from, self.order_by, self.promised_by):
            _check_month_day(md)

    def text(self) -> str:
        f, b, p = self.order_from, self.order_by, self.promised_by
        return f"{f[0]:02d}-{f[1]:02d}..{b[0]:02d}-{b[1]:02d}>{p[0]:02d}-{p[1]:02d}"

    def windows(self, around: date) -> list[tuple[date, date, date]]:
        """(order from, order by, promised by) as real dates for the windows that may contain ``around``."""
        result = []
        for by_year in (around.year - 1, around.year, around.year + 1):
            by = _on(self.order_by, by_year)
            start = _on(self.order_from, by_year if self.order_from <= self.order_by else by_year - 1)
            promise = _on(self.promised_by, by_year if self.promised_by >= self.order_by else by_year + 1)
            result.append((start, by, promise))
        return result


@dataclass(frozen=True, slots=True)
class SeasonAssessment:
    """What the season means for one case, for the engine and the deadline code."""

    promised_date: date | None
    """The date the order was promised by (given on the order, or from the rules), if any."""
    peak: bool
    """The order falls under a promise rule, or today is inside a peak window."""
    missed_promise: bool
    """Delivered after the promised date, or not delivered and today is past it."""
    days_late: int
    """Days past the promised date (0 when not late or no promise)."""
    severity: Severity
    due_factor: Decimal
    """Multiply the case's due durations by this (1 = unchanged, 0.5 = half the time)."""


def _check_month_day(md: MonthDay) -> None:
    try:
        date(2000, md[0], md[1])  # a leap year, so 02-29 is allowed
    except (ValueError, TypeError, IndexError):
        text = "-".join(str(part) for part in md) if isinstance(md, tuple) else str(md)
        raise ValidationError("Not a day of the year: {value}", value=text) from None


def _on(md: MonthDay, year: int) -> date:
    """The month-day in ``year``; 29 February falls on the 28th in other years."""
    month, day = md
    if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return date(year, month, day)


def parse_rules(text: str) -> tuple[PromiseRule, ...]:
    """``"12-01..12-18>12-24; …"`` → rules; empty text → no rules. Refuses anything else clearly."""
    rules = []
    for part in (text or "").split(";"):
        part = part.strip().replace(" ", "")
        if not part:
            continue
        m = _RULE_RE.match(part)
        if not m:
            raise ValidationError(
                "Write a promise rule as MM-DD..MM-DD>MM-DD (order from .. order by > promised by), not {value}.",
                value=part,
            )
        n = [int(x) for x in m.groups()]
        rules.append(PromiseRule((n[0], n[1]), (n[2], n[3]), (n[4], n[5])))
    return tuple(rules)


def format_rules(rules: tuple[PromiseRule, ...]) -> str:
    return "; ".join(rule.text() for rule in rules)


def promised_date(order_date: date, rules: tuple[PromiseRule, ...]) -> date | None:
    """The earliest promised-by date of the rules whose order window contains ``order_date``, or ``None``."""
    best: date | None = None
    for rule in rules:
        for start, by, promise in rule.windows(order_date):
            if start <= order_date <= by and (best is None or promise < best):
                best = promise
    return best


def in_peak(day: date, rules: tuple[PromiseRule, ...]) -> bool:
    """Whether ``day`` lies between the start of a rule's order window and its promised-by date."""
    for rule in rules:
        for start, _by, promise in rule.windows(day):
            if start <= day <= promise:
                return True
    return False


def assess(
    order_date: date | None,
    given_promise: date | None,
    delivered_date: date | None,
    today: date,
    rules: tuple[PromiseRule, ...],
    peak_due_factor: Decimal = Decimal("0.75"),
    missed_due_factor: Decimal = Decimal("0.50"),
) -> SeasonAssessment:
    """Severity and due-date factor of a case.

    The promise is ``given_promise`` (written on the order) or else the rules' promised date for ``order_date``.
    A promise is missed when the parcel arrived after it, or has not arrived and ``today`` is past it.
    """
    rule_promise = promised_date(order_date, rules) if order_date is not None else None
    promise = given_promise or rule_promise
    peak = rule_promise is not None or in_peak(today, rules)
    reference = delivered_date or today
    days_late = max((reference - promise).days, 0) if promise is not None else 0
    missed = days_late > 0
    if missed:
        return SeasonAssessment(promise, peak, True, days_late, Severity.MISSED_PROMISE, missed_due_factor)
    if peak:
        return SeasonAssessment(promise, True, False, 0, Severity.PEAK, peak_due_factor)
    return SeasonAssessment(promise, False, False, 0, Severity.NORMAL, Decimal(1))
