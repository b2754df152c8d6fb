"""The services' clock: where "now" comes from.

A :class:`~app.services.database.Database` carries a clock (the system's unless it was opened with another) and
every :class:`~app.services.context.ServiceContext` made on it reads the time from it (``ctx.now()``): deadlines,
credit (grants, redemptions, expiry), approval requests, campaigns, notifications and the rest. A function that
works inside a transaction and takes only a session is handed ``now`` by the service that calls it. Tests give
the database a clock they set and move; the program has no other way to change the time.

This module imports nothing of the services.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Says what time it is."""

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


#: The clock of every database opened without another one.
SYSTEM = SystemClock()

__all__ = ["SYSTEM", "Clock", "SystemClock"]
