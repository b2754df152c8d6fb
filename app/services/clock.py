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


# --- until credit and approvals read ``ctx.now()`` too ------------------------------------------------------
def _now() -> datetime:
    """The time of the credit ledger, the approval requests and the campaigns, which do not read the context's
    clock yet (tests replace this function to move them); :func:`now` reads it at every call."""
    return datetime.now(UTC)


def now() -> datetime:
    """The time now by :func:`_now`, for credit, approvals, campaigns and the approval requests a case's
    records check (:mod:`app.services.case_records`)."""
    return _now()


__all__ = ["SYSTEM", "Clock", "SystemClock", "now"]
