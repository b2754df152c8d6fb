"""The inbox's vocabulary: which cases (:class:`CaseFilter`), one line of the list (:class:`CaseRow`), and how a
stored case becomes that line (:func:`case_row`).

Kept apart from :mod:`app.services.cases` so that the desktop's first window can name them without importing
SQLAlchemy (a quick start, issue 6): both the ORM query of ``cases.list_cases`` and the start-up reader of
:mod:`app.services.quick_start` build their lines here, so the two cannot disagree on a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.business_hours import BusinessCalendar, remaining_when_paused
from app.domain.case_status import RUNNING_STATUSES
from app.domain.enums import CaseKind, CaseStatus, Channel
from app.domain.money import Money
from app.domain.permissions import Permission
from app.services.context import ServiceContext

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


#: The inbox's first request as the desktop opens (read ahead at start-up, see :func:`prefetched_case_page`).
INBOX_START = (CaseFilter(open_only=True), 0, INBOX_PAGE_SIZE, "id", True, True)


def prefetched_case_page(
    ctx: ServiceContext,
    flt: CaseFilter,
    *,
    offset: int,
    limit: int,
    sort: str = "id",
    descending: bool = True,
    with_total: bool = False,
) -> tuple[int | None, list[CaseRow]] | None:
    """The page the desktop's start-up read ahead for exactly this request (once), so the first window is painted
    with its cases; ``None`` otherwise — then :func:`case_page` on a worker thread."""
    take = getattr(ctx.db, "take_prefetched_case_page", None)
    if take is None or not ctx.actor.can(Permission.CASE_READ):
        return None
    return take(ctx.actor, flt, offset, limit, sort, descending, with_total)


def case_page(
    ctx: ServiceContext,
    flt: CaseFilter,
    *,
    offset: int,
    limit: int,
    sort: str = "id",
    descending: bool = True,
    with_total: bool = False,
) -> tuple[int | None, list[CaseRow]]:
    """One page of cases and, when asked, how many match in all — the inbox's one read.

    While the session's database is still being opened (:class:`~app.services.quick_start.DeferredDatabase`) its
    start-up reader answers the plain filters; otherwise, and for everything else, ``cases.count_cases`` and
    ``cases.list_cases`` (imported here, on the caller's worker thread, not with the first window)."""
    ctx.require(Permission.CASE_READ)
    quick = getattr(ctx.db, "quick_case_page", None)
    if quick is not None:
        page = quick(ctx.actor, flt, offset, limit, sort, descending, with_total)
        if page is not None:
            return page
    from app.services import cases

    total = cases.count_cases(ctx, flt) if with_total else None
    return total, cases.list_cases(ctx, flt, limit=limit, offset=offset, sort=sort, descending=descending)
