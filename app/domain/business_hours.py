"""Deadlines that run on the shop's business hours and holidays, shorter in peak season, paused while waiting.

A case opened on Friday at 17:30 with four business hours to the first answer is due on Monday at 12:30, not
on Friday night: the clock only runs while the team is at work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.domain.enums import CaseKind, Channel

if TYPE_CHECKING:
    from app.domain.settings_registry import ShopSettings


@dataclass(frozen=True)
class BusinessCalendar:
    tz: ZoneInfo
    opens: time
    closes: time
    weekdays: frozenset[int]  # ISO weekdays, 1 = Monday
    holidays: frozenset[date]

    def is_working_day(self, day: date) -> bool:
        return day.isoweekday() in self.weekdays and day not in self.holidays and self.opens < self.closes

    def _window(self, day: date) -> tuple[datetime, datetime]:
        return (datetime.combine(day, self.opens, self.tz), datetime.combine(day, self.closes, self.tz))

    def add(self, start: datetime, hours: Decimal) -> datetime:
        """``start`` plus ``hours`` of business time; returns UTC."""
        return self.add_time(start, timedelta(seconds=int(hours * 3600)))

    def add_time(self, start: datetime, duration: timedelta) -> datetime:
        """``start`` plus ``duration`` of business time; returns UTC.

        A paused case's deadline moves by the business time it waited (:func:`resumed_due`): eight business hours
        move a Thursday 11:00 deadline to Friday 10:00 (09:00–18:00), not to Thursday 19:00 after closing.
        """
        remaining = max(duration, timedelta(0))
        local = start.astimezone(self.tz)
        day = local.date()
        if not self.weekdays or self.opens >= self.closes:
            return (start + remaining).astimezone(UTC)
        for _ in range(3660):  # ten years of days: enough for any deadline, and never an endless loop
            if self.is_working_day(day):
                begin, end = self._window(day)
                cursor = max(local, begin)
                if cursor < end:
                    available = end - cursor
                    if remaining <= available:
                        return (cursor + remaining).astimezone(UTC)
                    remaining -= available
            day += timedelta(days=1)
            local = datetime.combine(day, time(0), self.tz)
        return (start + remaining).astimezone(UTC)  # pragma: no cover - calendar with no working days

    def between(self, a: datetime, b: datetime) -> timedelta:
        """Business time from ``a`` to ``b`` (zero if ``b`` is not after ``a``)."""
        if b <= a:
            return timedelta(0)
        total = timedelta(0)
        la, lb = a.astimezone(self.tz), b.astimezone(self.tz)
        day = la.date()
        while day <= lb.date():
            if self.is_working_day(day):
                begin, end = self._window(day)
                lo, hi = max(la, begin), min(lb, end)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total


def resumed_due(cal: BusinessCalendar, due: datetime, paused_at: datetime, resumed_at: datetime) -> datetime:
    """The deadline of a case that waited for the customer from ``paused_at`` to ``resumed_at``: moved by the
    business time of the wait, counted again on the business calendar from the old deadline."""
    return cal.add_time(due, cal.between(paused_at, resumed_at))


def remaining_when_paused(cal: BusinessCalendar, due: datetime, paused_at: datetime) -> timedelta:
    """The business time a paused case still has before its deadline (negative: it was already late when paused).

    The clock stands still while the case waits for the customer, so this is what the agent will have again when
    the customer answers."""
    if due >= paused_at:
        return cal.between(paused_at, due)
    return -cal.between(due, paused_at)


def business_time_text(duration: timedelta) -> str:
    """A length of business time as agents read it: ``45 min``, ``3 h``, ``7 h 30 min`` (never days: a business
    day is not 24 hours)."""
    minutes = abs(duration) // timedelta(minutes=1)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def paused_text(remaining: timedelta, lang: str | None = None, *, short: bool = False) -> str:
    """What a paused case shows instead of "due in …": that it is paused, and the business time it still has
    (or was already late by) when the customer answers. ``short`` leaves out "(business hours)" (a narrow
    column, whose tooltip says it in full)."""
    from app.i18n import translate

    time_ = business_time_text(remaining)
    if remaining >= timedelta(0):
        if short:
            return translate("paused · {time} left", lang, time=time_)
        return translate("paused · {time} left (business hours)", lang, time=time_)
    if short:
        return translate("paused · {time} late", lang, time=time_)
    return translate("paused · {time} past the deadline (business hours)", lang, time=time_)


def calendar_from_settings(settings: ShopSettings) -> BusinessCalendar:
    return BusinessCalendar(
        tz=settings["shop.timezone"],
        opens=settings["hours.open"],
        closes=settings["hours.close"],
        weekdays=settings["hours.days"],
        holidays=settings["hours.holidays"],
    )


def is_peak(day: date, peak_from: str, peak_to: str) -> bool:
    """Whether ``day`` falls in the peak window given as ``MM-DD`` (a window may wrap around New Year)."""
    try:
        f = (int(peak_from[:2]), int(peak_from[3:5]))
        t = (int(peak_to[:2]), int(peak_to[3:5]))
    except (ValueError, IndexError):
        return False
    d = (day.month, day.day)
    return f <= d <= t if f <= t else (d >= f or d <= t)


def due_dates(
    opened_at: datetime,
    channel: Channel,
    kind: CaseKind,
    settings: ShopSettings,
    severity_factor: Decimal = Decimal(1),
) -> tuple[datetime, datetime]:
    """First-answer and resolution deadlines for a case opened at ``opened_at``.

    ``severity_factor`` (≤ 1) lets the remedy rules shorten the deadlines further, e.g. a missed promised date.
    """
    cal = calendar_from_settings(settings)
    factor = severity_factor
    if is_peak(opened_at.astimezone(cal.tz).date(), settings["sla.peak_from"], settings["sla.peak_to"]):
        factor *= settings["sla.peak_factor"]
    first = Decimal(settings[f"sla.first_answer.{channel.value}"]) * factor
    resolution = Decimal(settings[f"sla.resolution.{kind.value}"]) * factor
    return cal.add(opened_at, first), cal.add(opened_at, resolution)
