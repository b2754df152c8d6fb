"""The period of a report: the shop's calendar days as UTC instants, and their Monday-based weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.ranges import check_day
from app.errors import ValidationError

MAX_DAYS = 5 * 366


def parse_day(text: str | date, what: str = "date") -> date:
    """``2026-11-30`` → a date; anything else is refused with the expected form."""
    if not isinstance(text, date):
        try:
            text = date.fromisoformat((text or "").strip())
        except ValueError:
            raise ValidationError(
                "{what} must be a date like 2026-11-30, not {text}.", what=what, text=text
            ) from None
    return check_day(text, what)


@dataclass(frozen=True)
class Period:
    """The shop's calendar days ``date_from``…``date_to`` as UTC instants, and its Monday-based weeks."""

    date_from: date
    date_to: date
    tz: ZoneInfo
    start: datetime  # aware UTC, first instant
    end: datetime  # aware UTC, first instant after the period

    @classmethod
    def of(cls, date_from: date, date_to: date, tz: ZoneInfo) -> Period:
        if date_to < date_from:
            raise ValidationError(
                "The period ends ({to}) before it starts ({start}).",
                to=date_to.isoformat(),
                start=date_from.isoformat(),
            )
        if (date_to - date_from).days >= MAX_DAYS:
            raise ValidationError(
                "A report covers at most {days} days; choose a shorter period.", days=MAX_DAYS
            )
        return cls(
            date_from, date_to, tz, day_start(date_from, tz), day_start(date_to + timedelta(days=1), tz)
        )

    @property
    def first_monday(self) -> date:
        return self.date_from - timedelta(days=self.date_from.weekday())

    @property
    def week_starts(self) -> list[date]:
        n = (self.date_to - self.first_monday).days // 7 + 1
        return [self.first_monday + timedelta(days=7 * i) for i in range(n)]


def day_start(day: date, tz: ZoneInfo) -> datetime:
    """Midnight of ``day`` in the shop's zone, as an aware UTC instant."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
