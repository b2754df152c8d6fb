"""The inbox's vocabulary: which cases (:class:`CaseFilter`), one line of the list (:class:`CaseRow`), and how a
stored case becomes that line (:func:`case_row`).

Kept apart from :mod:`app.services.cases` so that the desktop's first window can name them without importing
SQLAlchemy (a quick start, issue 6): both the ORM query of ``cases.list_cases`` and the start-up reader of
:mod:`app.services.quick_start` build their lines here, so the two cannot disagree on a line. The inbox's one read
of a page is :mod:`app.services.inbox`. This module imports no other service but the context.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.business_hours import BusinessCalendar, remaining_when_paused
from app.domain.case_status import RUNNING_STATUSES
from app.domain.enums import CaseKind, CaseStatus, Channel
from app.domain.money import Money

#: How many cases the inbox asks for at a time.
INBOX_PAGE_SIZE = 200


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    owner: str | None = None
    mine: bool = False
    unassigned: bool = False  # the queue of cases nobody owns (issue 17)
    overdue: bool = False
    open_only: bool = False
    customer_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class CaseRow:
    """One line of the inbox."""

    id: int
    customer_name: str
    customer_email: str | None
    order_number: str | None
    kind: CaseKind
    channel: Channel
    status: CaseStatus
    owner: str | None
    summary: str
    created_at: datetime
    first_answer_due: datetime | None
    resolution_due: datetime | None
    amount: Money | None
    overdue: bool
    #: Waiting for the customer: the deadline clock stands still, the case is never overdue, and ``remaining`` is
    #: the business time it still has (negative: it was already late when it was paused).
    paused: bool = False
    remaining: timedelta | None = None


def case_row(
    *,
    id: int,
    first_name: str | None,
    last_name: str | None,
    email: str | None,  # noqa: A002
    order_number: str | None,
    kind: str,
    channel: str,
    status: str,
    owner: str | None,
    summary: str,
    created_at: datetime,
    first_answer_due: datetime | None,
    resolution_due: datetime | None,
    amount_minor: int | None,
    currency: str,
    now: datetime,
    paused_at: datetime | None = None,
    calendar: BusinessCalendar | None = None,
) -> CaseRow:
    """The line of one case as stored (aware UTC times); ``now`` decides whether it is overdue, the shop's
    ``calendar`` how much business time a paused case has left."""
    state = CaseStatus(status)
    paused = state is CaseStatus.AWAITING_CUSTOMER
    remaining = None
    if paused and calendar is not None and resolution_due is not None:
        remaining = remaining_when_paused(calendar, resolution_due, paused_at or now)
    return CaseRow(
        id=id,
        customer_name=" ".join(p for p in (first_name, last_name) if p),
        customer_email=email,
        order_number=order_number,
        kind=CaseKind(kind),
        channel=Channel(channel),
        status=state,
        owner=owner,
        summary=summary,
        created_at=created_at,
        first_answer_due=first_answer_due,
        resolution_due=resolution_due,
        amount=Money(amount_minor, currency) if amount_minor is not None else None,
        overdue=bool(resolution_due and resolution_due < now and state in RUNNING_STATUSES),
        paused=paused,
        remaining=remaining,
    )


#: The inbox's first request as the desktop opens (read ahead at start-up, see
#: :func:`app.services.inbox.prefetched_case_page`).
INBOX_START = (CaseFilter(open_only=True), 0, INBOX_PAGE_SIZE, "id", True, True)
