"""A clock for tests: it stands still until the test sets or moves it.

Given to a database (the ``clock`` fixture does it for ``database``/``shop``), it is the time of every service
call on it — deadlines, credit, approvals, campaigns, logins — with nothing in the program replaced.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: Where the ``clock`` fixture starts: a Friday morning, after the small shop's orders were placed.
START = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


class FrozenClock:
    """Says the same instant until :meth:`set` or :meth:`advance` changes it."""

    def __init__(self, now: datetime = START) -> None:
        self._now = _aware_utc(now)

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (an aware datetime, in any zone)."""
        self._now = _aware_utc(moment)

    def advance(self, delta: timedelta | None = None, **parts: float) -> datetime:
        """Move on by ``delta`` or by ``timedelta(**parts)`` (``clock.advance(hours=2)``); the new time."""
        self._now += (delta or timedelta()) + timedelta(**parts)
        return self._now

    def __repr__(self) -> str:
        return f"FrozenClock({self._now.isoformat()})"


def _aware_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a test clock takes aware datetimes only")
    return moment.astimezone(UTC)
