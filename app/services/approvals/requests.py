"""Approval requests as they are read — who asked what, why, and what became of it — and their expiry: a request
nobody answered within ``approvals.expiry_days`` expires and its case goes back to ``proposed``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.domain.enums import ApprovalStatus, CaseStatus, EventType, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import StorageError
from app.services import audit, credit
from app.services.case_records import (
    apply_status,
    get_case_for_update,
    past_its_time_clause,
    record_event,
)
from app.services.context import ServiceContext
from app.services.retry import retried
from app.store.models import ApprovalRequest, CreditGrant, Customer, User


@dataclass(frozen=True)
class RequestInfo:
    id: int
    case_id: int
    customer: str
    remedy: str
    amount: Money
    reason: str
    why: tuple[str, ...]
    status: ApprovalStatus
    requested_by: str
    requested_at: datetime
    expires_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    approved: Money | None
    decision_reason: str
    voucher: str | None


def request_info(s: Session, r: ApprovalRequest) -> RequestInfo:
    """One request as the screens and the command line show it (one statement)."""
    return request_infos(s, select(ApprovalRequest).where(ApprovalRequest.id == r.id))[0]


def request_infos(s: Session, stmt: Select[ApprovalRequest]) -> list[RequestInfo]:
    """The requests ``stmt`` selects, in its order, with who asked, who decided, the customer and the voucher's
    code, in one statement however many there are (one per request made the supervisors' list slow on a busy
    server)."""
    return _infos_of(s.execute(_with_names(stmt)).all())


_ASKER, _DECIDER = aliased(User), aliased(User)


def _with_names(stmt: Select[ApprovalRequest]) -> Select[Any]:
    """``stmt`` (requests) with who asked, who decided, the customer and the voucher's code joined to each row,
    so a list is one statement (:func:`_infos_of`)."""
    return (
        stmt.add_columns(_ASKER.username, _DECIDER.username, Customer, CreditGrant.code)
        .outerjoin(_ASKER, _ASKER.id == ApprovalRequest.requested_by_id)
        .outerjoin(_DECIDER, _DECIDER.id == ApprovalRequest.decided_by_id)
        .outerjoin(Customer, Customer.id == ApprovalRequest.customer_id)
        .outerjoin(CreditGrant, CreditGrant.id == ApprovalRequest.grant_id)
    )


def _infos_of(rows: Sequence[Any]) -> list[RequestInfo]:
    """The requests of :func:`_with_names`' rows (any columns added after its own are left aside): the one way a
    list of requests is made."""
    infos = []
    for r, asker, decider, customer, code, *_ in rows:
        names: dict[int | None, str] = {}
        if asker is not None:
            names[r.requested_by_id] = asker
        if decider is not None:
            names[r.decided_by_id] = decider
        infos.append(
            request_info_of(
                r,
                names,
                (customer.name if customer is not None else "") or "",
                credit.display_code(code) if code is not None else None,
            )
        )
    return infos


def request_info_of(
    r: ApprovalRequest, names: dict[int | None, str], customer: str, voucher: str | None
) -> RequestInfo:
    """One request from what its caller read already: user names by id, the customer's name, the voucher's
    code as shown when one was issued."""
    return RequestInfo(
        id=r.id,
        case_id=r.case_id,
        customer=customer,
        remedy=r.remedy,
        amount=Money(r.amount_minor, r.currency),
        reason=r.reason,
        why=tuple(w for w in r.why.split(",") if w),
        status=ApprovalStatus(r.status),
        requested_by=names.get(r.requested_by_id, "?"),
        requested_at=r.requested_at,
        expires_at=r.expires_at,
        decided_by=names.get(r.decided_by_id),
        decided_at=r.decided_at,
        approved=Money(r.approved_minor, r.currency) if r.approved_minor is not None else None,
        decision_reason=r.decision_reason,
        voucher=voucher,
    )


def money_data(amount: Money | None) -> dict[str, str | None]:
    """An amount as the timeline's and the audit log's data keep it."""
    return {"amount": amount.plain() if amount else None, "currency": amount.currency if amount else None}


def expire_stale(s: Session, now: datetime, case_id: int | None = None) -> int:
    """Mark pending requests past their time as expired; their cases go back to ``proposed``."""
    stmt = select(ApprovalRequest).where(past_its_time_clause(now))
    if case_id is not None:
        stmt = stmt.where(ApprovalRequest.case_id == case_id)
    found = list(s.scalars(stmt.order_by(ApprovalRequest.id)))
    stale = []
    for req in found:
        case = get_case_for_update(s, req.case_id)  # the case before its request (docs/locking.md)
        if (
            s.get_bind().dialect.name == "postgresql"
        ):  # decided by another workstation meanwhile: left as it is
            s.refresh(req, with_for_update={"key_share": True})
            if req.status != ApprovalStatus.PENDING.value:
                continue
        stale.append(req)
        req.status = ApprovalStatus.EXPIRED.value
        req.decided_at = now
        record_event(s, case, None, EventType.APPROVAL_EXPIRED, "", at=now, data={"request": req.id})
        if case.status == CaseStatus.AWAITING_APPROVAL.value:
            apply_status(
                s,
                case,
                CaseStatus.PROPOSED,
                None,
                "approval request expired",
                now=now,
                approval_step=True,
            )
    if stale:
        s.flush()
        audit.append(
            s,
            audit.Action.APPROVAL_EXPIRED,
            at=now,
            actor_id=None,
            actor=None,
            subject="approval requests",
            data={"requests": [r.id for r in stale]},
        )
    return len(stale)


@retried
def list_requests(ctx: ServiceContext, status: str | None = "pending", limit: int = 200) -> list[RequestInfo]:
    """Requests, oldest first. Supervisors see everyone's; agents see their own (and so the answers)."""
    ctx.require(Permission.CASE_READ)
    stmt = select(ApprovalRequest).order_by(ApprovalRequest.id).limit(max(1, min(limit, 10_000)))
    if status:
        stmt = stmt.where(ApprovalRequest.status == parse_enum(ApprovalStatus, status, "status").value)
    if not ctx.actor.can(Permission.APPROVE):
        stmt = stmt.where(ApprovalRequest.requested_by_id == ctx.actor.id)
    now = ctx.now()
    stale = select(ApprovalRequest.id).where(past_its_time_clause(now))
    with ctx.db.read() as s:  # reading is not writing: only requests past their time need one
        # the list, and whether any request is past its time, in one statement (an empty list asks apart)
        rows = s.execute(_with_names(stmt).add_columns(stale.exists().label("stale"))).all()
        if rows and not rows[0].stale:
            return _infos_of(rows)
        if not rows and not s.scalar(stale.limit(1)):
            return []
    try:
        with ctx.db.write() as s:  # requests past their time are marked expired first
            expire_stale(s, now)
            return request_infos(s, stmt)
    except StorageError:  # a read-only file, or another workstation writing: shown as they are
        with ctx.db.read() as s:
            return request_infos(s, stmt)
