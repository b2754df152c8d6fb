"""A case changed inside another service's transaction: find and lock it, check the version the agent saw, move
its status, write its timeline.

The floor the case services stand on — :mod:`app.services.cases`, :mod:`app.services.assignment`,
:mod:`app.services.remedies`, the credit and approval services, documents and mail all change a case through
these helpers, inside their own ``ctx.db.write()``. This module imports no other service but the base floor
(settings), and takes the time from its caller, so every service above it imports it and nothing here imports them back.

While an approval request is pending the case's status moves only as the approvals service moves it
(:func:`apply_status` with ``approval_step``); :func:`pending_request` is that read of the approval requests.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.expression import ColumnElement

from app.domain.business_hours import calendar_from_settings, resumed_due
from app.domain.case_status import check_move
from app.domain.enums import ApprovalStatus, CaseStatus, EventType
from app.domain.ranges import is_id
from app.domain.text import clean_text
from app.errors import Conflict, NotFound
from app.services.settings import load_settings
from app.store.models import ApprovalRequest, Case, CaseEvent, CaseLine, Order


def get_case_row(s: Session, case_id: int, *, lock: bool = False, with_lines: bool = False) -> Case:
    """The case row (locked on PostgreSQL when ``lock``: the case's row only); an unknown id is
    :class:`~app.errors.NotFound`. ``with_lines`` reads its order, the order's lines and the case's lines with it
    (in the same one statement, instead of three lazy loads after it), for a service that costs the case's
    remedies."""
    if not is_id(case_id):
        raise NotFound("There is no case {id}.", id=case_id)
    case = _one_case(s, Case.id == case_id, lock=lock, with_lines=with_lines)
    if case is None:
        raise NotFound("There is no case {id}.", id=case_id)
    return case


def get_case_for_update(s: Session, case_id: int, *, with_lines: bool = False) -> Case:
    """The case row, locked on PostgreSQL, for services that change it inside their own transaction
    (``with_lines``: see :func:`get_case_row`)."""
    return get_case_row(s, case_id, lock=True, with_lines=with_lines)


def request_case_for_update(s: Session, request_id: int, *, with_lines: bool = False) -> Case | None:
    """The case of approval request ``request_id``, locked on PostgreSQL, found through the request in the same
    statement (a request never changes case); ``None`` when there is no such request or case. The request itself
    is not locked: the lock order (docs/locking.md) takes the case first."""
    case_id = select(ApprovalRequest.case_id).where(ApprovalRequest.id == request_id).scalar_subquery()
    return _one_case(s, Case.id == case_id, lock=True, with_lines=with_lines)


def _one_case(s: Session, where: ColumnElement[bool], *, lock: bool, with_lines: bool) -> Case | None:
    stmt = select(Case).where(where)
    if with_lines:
        stmt = stmt.options(  # one statement: a case has a few lines, its order a few more
            joinedload(Case.order).joinedload(Order.lines),
            joinedload(Case.lines).joinedload(CaseLine.order_line),
        )
    if lock and s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(key_share=True, of=Case)
    return s.scalars(stmt).unique().one_or_none()


def record_event(
    s: Session,
    case: Case,
    actor_id: int | None,
    type_: EventType,
    text: str = "",
    *,
    at: datetime,
    internal: bool = False,
    data: dict[str, Any] | None = None,
) -> CaseEvent:
    """An entry on the case's timeline made ``at``, inside the caller's transaction."""
    event = new_event(case, actor_id, type_, text, at=at, internal=internal, data=data)
    s.add(event)
    return event


def new_event(
    case: Case,
    actor_id: int | None,
    type_: EventType,
    text: str = "",
    *,
    at: datetime,
    internal: bool = False,
    data: dict[str, Any] | None = None,
) -> CaseEvent:
    """The entry :func:`record_event` writes, not yet added to a session: for a caller that writes something
    else first and the case's entries after it, all in one flush."""
    return CaseEvent(
        case_id=case.id,
        at=at,
        actor_id=actor_id,
        type=type_.value,
        text=text,
        internal=internal,
        data=data,
    )


def check_version(case: Case, expected: int | None) -> None:
    """Refuse a change when someone saved the case after ``expected`` was read (saying who and when)."""
    if expected is not None and case.version != expected:
        who = case.updated_by.display_name if case.updated_by else "?"
        raise Conflict(
            "Case {id} was changed by {who} at {when} after you opened it. Reload it and make your change again.",
            id=case.id,
            who=who,
            when=case.updated_at.strftime("%Y-%m-%d %H:%M UTC"),
        )


def touch(case: Case, actor_id: int | None, now: datetime) -> None:
    """Who changed the case last (``None``: the program, as when a request expires), and when (``now``)."""
    case.updated_at = now
    case.updated_by_id = actor_id


def flush_versioned(s: Session, case: Case) -> None:
    """Write the change; another workstation's change to the same case at the same moment is a
    :class:`~app.errors.Conflict` (the version counter saw it)."""
    try:
        s.flush()
    except StaleDataError:
        s.rollback()
        raise Conflict(
            "Case {id} was changed by someone else at the same moment. Reload it and make your change again.",
            id=case.id,
        ) from None


def past_its_time(req: ApprovalRequest, now: datetime) -> bool:
    """Whether ``req`` is still marked pending though its time ran out before ``now`` — it is to be marked expired
    before anything else is done with it or its case. At its very expiry instant a request still waits. The one
    rule, with :func:`past_its_time_clause` its SQL form and :func:`waiting_clause` the requests that still wait."""
    return req.status == ApprovalStatus.PENDING.value and req.expires_at < now


def past_its_time_clause(now: datetime) -> ColumnElement[bool]:
    """:func:`past_its_time` as a WHERE clause on :class:`ApprovalRequest`."""
    return and_(ApprovalRequest.status == ApprovalStatus.PENDING.value, ApprovalRequest.expires_at < now)


def waiting_clause(now: datetime) -> ColumnElement[bool]:
    """The pending requests not :func:`past_its_time` at ``now``, as a WHERE clause on :class:`ApprovalRequest`."""
    return and_(ApprovalRequest.status == ApprovalStatus.PENDING.value, ApprovalRequest.expires_at >= now)


def open_request(s: Session, case_id: int) -> ApprovalRequest | None:
    """The case's approval request still marked pending, past its time or not."""
    return s.scalar(
        select(ApprovalRequest).where(
            ApprovalRequest.case_id == case_id, ApprovalRequest.status == ApprovalStatus.PENDING.value
        )
    )


def pending_request(s: Session, case_id: int, now: datetime) -> ApprovalRequest | None:
    """The case's open request, if one waits at ``now`` (past its time it no longer holds the case)."""
    req = open_request(s, case_id)
    return req if req is not None and not past_its_time(req, now) else None


def has_pending(s: Session, case_id: int, now: datetime) -> bool:
    """Whether the case has an open request at ``now`` (a case cannot close while one is pending)."""
    return pending_request(s, case_id, now) is not None


def apply_status(
    s: Session,
    case: Case,
    target: CaseStatus,
    actor_id: int | None,
    reason: str = "",
    *,
    now: datetime,
    approval_step: bool = False,
    none_pending: bool = False,
) -> None:
    """Change the status at ``now`` inside the caller's transaction, keeping deadlines and the timeline right.

    While an approval request is pending the case stays where it is: only the approvals service moves it
    (``approval_step``: a request made, approved, rejected, withdrawn or expired), on every path.
    ``none_pending``: the caller found no open request on the case after locking it, in this transaction.
    """
    current = move_status(
        s, case, target, actor_id, now=now, approval_step=approval_step, none_pending=none_pending
    )
    record_move(s, case, actor_id, current, target, reason, at=now)


def move_status(
    s: Session,
    case: Case,
    target: CaseStatus,
    actor_id: int | None,
    *,
    now: datetime,
    approval_step: bool = False,
    none_pending: bool = False,
) -> CaseStatus:
    """The case's side of :func:`apply_status` (status, deadlines, who and when), without its timeline entry;
    returns the status it had. For a caller that writes other entries first and wants the case changed in one
    UPDATE with the rest of its change: it records the move with :func:`record_move` after them."""
    current = CaseStatus(case.status)
    if not approval_step and not none_pending:
        _refuse_while_pending(s, case.id, now)
    check_move(current, target)
    if current == CaseStatus.AWAITING_CUSTOMER and case.paused_at is not None:
        if case.resolution_due is not None:
            cal = calendar_from_settings(load_settings(s))
            case.resolution_due = resumed_due(cal, case.resolution_due, case.paused_at, now)
        case.paused_at = None
    if target == CaseStatus.AWAITING_CUSTOMER:
        case.paused_at = now
    if target == CaseStatus.RESOLVED:
        case.resolved_at = now
    if target == CaseStatus.CLOSED:
        case.closed_at = now
    if (
        target in (CaseStatus.PROPOSED, CaseStatus.AWAITING_CUSTOMER, CaseStatus.RESOLVED)
        and case.first_answered_at is None
    ):
        case.first_answered_at = now
    case.status = target.value
    touch(case, actor_id, now)
    return current


def record_move(
    s: Session,
    case: Case,
    actor_id: int | None,
    current: CaseStatus,
    target: CaseStatus,
    reason: str = "",
    *,
    at: datetime,
) -> CaseEvent:
    """The timeline entry of a status move made by :func:`move_status`."""
    return record_event(
        s,
        case,
        actor_id,
        EventType.STATUS,
        clean_text(reason),
        at=at,
        data={"from": current.value, "to": target.value},
    )


def _refuse_while_pending(s: Session, case_id: int, now: datetime) -> None:
    req = pending_request(s, case_id, now)
    if req is not None:
        raise Conflict(
            "Case {id} has an approval request pending (request {request}): its status cannot change "
            "until a supervisor answers or the request is withdrawn.",
            id=case_id,
            request=req.id,
        )


__all__ = [
    "apply_status",
    "check_version",
    "flush_versioned",
    "get_case_for_update",
    "get_case_row",
    "has_pending",
    "move_status",
    "new_event",
    "open_request",
    "pending_request",
    "record_event",
    "record_move",
    "touch",
]
