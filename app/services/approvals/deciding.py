"""Answering an approval request: a supervisor approves (possibly less, within their own limit) or rejects with a
reason; whoever asked, or a supervisor, may withdraw it. Nobody decides on their own request. The request and its
case are locked in the lock order of ``docs/locking.md`` (the case first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.domain.case_status import can_move
from app.domain.enums import ApprovalStatus, CaseStatus, EventType, Remedy
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.i18n import current_language
from app.services import audit, case_credit, credit
from app.services.approvals.requests import (
    RequestInfo,
    expire_stale,
    money_data,
    request_info,
    request_info_of,
)
from app.services.approvals.resolving import issue_for_case
from app.services.case_records import (
    apply_status,
    get_case_for_update,
    past_its_time,
    past_its_time_clause,
    record_event,
    request_case_for_update,
)
from app.services.context import ServiceContext
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import ApprovalRequest, Case, Customer, User

#: ``session.info`` key of what :func:`_pending_locked` locked and read (the session keeps rows only while held)
_HELD = "rimedio_request_held"


@dataclass(frozen=True)
class _Held:
    """The case :func:`_pending_locked` locked, and the names the answer shows, read with the request (who asked,
    the customer), so the answer needs no second read."""

    case: Case
    request_id: int
    requester: str | None
    customer: str


def _pending_locked(
    s: Session, request_id: int, now: datetime, *, with_lines: bool = False
) -> ApprovalRequest:
    """The pending request ``request_id``, locked in the lock order (docs/locking.md): its case first, then the
    request — as resolving a case takes them; a request past its time is expired first, so it is no longer pending.
    The locked case stays in the session for the rest of the transaction (:func:`_request_case`); ``with_lines``
    reads its order and lines with it (for the caps of an amount approved)."""
    if not is_id(request_id):
        raise NotFound("There is no approval request {id}.", id=request_id)
    case = request_case_for_update(s, request_id, with_lines=with_lines)
    if case is None:
        raise NotFound("There is no approval request {id}.", id=request_id)
    # the request with its names, and any request of the case past its time (expired below), in one statement
    stmt = (
        select(ApprovalRequest, User.username, Customer)
        .outerjoin(User, User.id == ApprovalRequest.requested_by_id)
        .outerjoin(Customer, Customer.id == ApprovalRequest.customer_id)
        .where(
            or_(
                ApprovalRequest.id == request_id,
                and_(ApprovalRequest.case_id == case.id, past_its_time_clause(now)),
            )
        )
        .order_by(ApprovalRequest.id)
    )
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(key_share=True, of=ApprovalRequest)
    rows = s.execute(stmt).all()
    mine = next((row for row in rows if row[0].id == request_id), None)
    if mine is None:
        raise NotFound("There is no approval request {id}.", id=request_id)
    req, requester, customer = mine
    if any(past_its_time(r, now) for r, *_ in rows):
        expire_stale(s, now, case.id)
    s.info[_HELD] = _Held(case, req.id, requester, customer.name if customer is not None else "")
    if req.status != ApprovalStatus.PENDING.value:
        raise Conflict("Approval request {id} is already {status}.", id=req.id, status=req.status)
    return req


def _request_case(s: Session, req: ApprovalRequest) -> Case:
    """The case of ``req``, locked by :func:`_pending_locked` in this transaction (no second read, no second
    lock)."""
    held = s.info.get(_HELD)
    if isinstance(held, _Held) and held.case.id == req.case_id:
        return held.case
    return get_case_for_update(s, req.case_id)


def _answer(s: Session, req: ApprovalRequest, voucher: str | None = None) -> RequestInfo:
    """The request as answered, from what this transaction holds: the names read with it, the decider (read at
    the start of the transaction) and the ``voucher`` just issued (as shown) — no statement (else read as any
    request is)."""
    held = s.info.get(_HELD)
    if not isinstance(held, _Held) or held.request_id != req.id or (req.grant_id and voucher is None):
        return request_info(s, req)
    names: dict[int | None, str] = {}
    if held.requester is not None:
        names[req.requested_by_id] = held.requester
    if req.decided_by_id is not None:
        decider = s.get(User, req.decided_by_id)  # the session holds it: check_still_allowed read it
        if decider is not None:
            names[decider.id] = decider.username
    return request_info_of(req, names, held.customer, voucher)


def _open_request(
    s: Session, ctx: ServiceContext, request_id: int, now: datetime, *, with_lines: bool = False
) -> ApprovalRequest:
    req = _pending_locked(s, request_id, now, with_lines=with_lines)
    if req.requested_by_id == ctx.actor.id:
        raise PermissionDenied("Nobody decides on their own request: ask another supervisor.")
    return req


def _approvable(
    s: Session, ctx: ServiceContext, req: ApprovalRequest, amount: str | None, settings: ShopSettings
) -> tuple[Money, Money]:
    """The amount asked and the amount ``ctx`` may approve on ``req`` (between 1 and what was asked, within the
    approver's own limit); refuses otherwise."""
    asked = Money(req.amount_minor, req.currency)
    approved = Money.parse(amount, req.currency) if amount else asked
    if approved.minor <= 0 or approved > asked:
        raise ValidationError(
            "Approve an amount between {low} and the {asked} asked for.",
            low=Money(1, req.currency).format(current_language()),
            asked=asked.format(current_language()),
        )
    case = _request_case(s, req)
    case_credit.check_ask(s, case, Remedy(req.remedy), approved, settings)  # the caps bind approvals too
    limit = credit.case_limit(s, ctx.actor, settings)
    given = case_credit.given_on_case(s, case.id, approved.currency, except_request=req.id)
    if approved.currency == settings.currency and approved + given > limit:
        if given.minor:
            raise PermissionDenied(
                "{amount} with the {given} already given on this case is above your own limit of {limit}; an "
                "admin must approve it.",
                amount=approved.format(current_language()),
                given=given.format(current_language()),
                limit=limit.format(current_language()),
            )
        raise PermissionDenied(
            "{amount} is above your own limit of {limit}; an admin must approve it.",
            amount=approved.format(current_language()),
            limit=limit.format(current_language()),
        )
    return asked, approved


@retried
def check_approval(ctx: ServiceContext, request_id: int, amount: str | None = None) -> Money:
    """What :func:`approve` would approve, refused for the same reasons, with nothing issued (the window says
    what will happen and offers Undo before it approves)."""
    ctx.require(Permission.APPROVE)
    with ctx.db.write() as s:  # a write only because requests past their time are marked expired first
        settings = load_settings(s)
        req = _open_request(s, ctx, request_id, ctx.now(), with_lines=True)
        return _approvable(s, ctx, req, amount, settings)[1]


@retried
def approve(
    ctx: ServiceContext, request_id: int, amount: str | None = None, *, reason: str = ""
) -> RequestInfo:
    """Approve a request, possibly for less than was asked: the voucher is issued and the case resolved."""
    ctx.require(Permission.APPROVE)
    note = clean_text(reason)
    with ctx.db.write() as s:
        settings, now = load_settings(s), ctx.now()
        req = _open_request(s, ctx, request_id, now, with_lines=True)
        asked, approved = _approvable(s, ctx, req, amount, settings)
        case = _request_case(s, req)
        issued = issue_for_case(s, ctx.actor, case, approved, settings, note or req.reason, now)
        req.status, req.decided_by_id, req.decided_at = ApprovalStatus.APPROVED.value, ctx.actor.id, now
        req.approved_minor, req.decision_reason = approved.minor, note
        req.grant_id = issued.grant_id
        record_event(
            s,
            case,
            ctx.actor.id,
            EventType.APPROVED,
            note,
            at=now,
            data={"request": req.id, "asked": asked.plain(), **money_data(approved)},
        )
        case.amount_minor = approved.minor
        if case.status != CaseStatus.RESOLVED.value and can_move(
            CaseStatus(case.status), CaseStatus.RESOLVED
        ):
            apply_status(s, case, CaseStatus.RESOLVED, ctx.actor.id, note, now=now, approval_step=True)
        s.flush()
        audit.append(
            s,
            audit.Action.APPROVAL_APPROVED,
            at=now,
            actor_id=ctx.actor.id,
            actor=ctx.actor.username,
            subject=f"case {case.id}",
            data={"request": req.id, "case": case.id, "asked": asked.plain(), **money_data(approved)},
        )
        return _answer(s, req, issued.code)


@retried
def reject(ctx: ServiceContext, request_id: int, *, reason: str) -> RequestInfo:
    """Reject a request with the reason; the case goes back to ``proposed`` with the reason on its timeline."""
    ctx.require(Permission.APPROVE)
    note = clean_text(reason)
    if not note:
        raise ValidationError("Say why: a reason is required.")
    with ctx.db.write() as s:
        req = _open_request(s, ctx, request_id, ctx.now())
        _close_without_credit(
            s, ctx, req, ApprovalStatus.REJECTED, EventType.REJECTED, audit.Action.APPROVAL_REJECTED, note
        )
        return _answer(s, req)


@retried
def withdraw(ctx: ServiceContext, request_id: int, *, reason: str = "") -> RequestInfo:
    """Withdraw a pending request (the one who asked, or a supervisor): the only way a case waiting for a
    supervisor moves on without an answer. The case goes back to ``proposed``, its remedy cleared."""
    ctx.require(Permission.CASE_WRITE)
    note = clean_text(reason)
    with ctx.db.write() as s:
        req = _pending_locked(s, request_id, ctx.now())
        if req.requested_by_id != ctx.actor.id and not ctx.actor.can(Permission.APPROVE):
            raise PermissionDenied(
                "Only whoever asked, or a supervisor, may withdraw request {id}.", id=req.id
            )
        _close_without_credit(
            s,
            ctx,
            req,
            ApprovalStatus.WITHDRAWN,
            EventType.APPROVAL_WITHDRAWN,
            audit.Action.APPROVAL_WITHDRAWN,
            note,
        )
        return _answer(s, req)


def _close_without_credit(
    s: Session,
    ctx: ServiceContext,
    req: ApprovalRequest,
    status: ApprovalStatus,
    event: EventType,
    action: str,
    note: str,
) -> None:
    """A request answered without credit (rejected or withdrawn): the case loses the remedy it asked for and goes
    back to ``proposed``, with the reason on its timeline and in the audit log."""
    case = _request_case(s, req)
    now = ctx.now()
    req.status, req.decided_by_id, req.decided_at = status.value, ctx.actor.id, now
    req.decision_reason = note
    record_event(
        s,
        case,
        ctx.actor.id,
        event,
        note,
        at=now,
        data={"request": req.id, **money_data(Money(req.amount_minor, req.currency))},
    )
    case.remedy, case.amount_minor = None, None
    s.flush()
    if case.status == CaseStatus.AWAITING_APPROVAL.value:
        apply_status(s, case, CaseStatus.PROPOSED, ctx.actor.id, note, now=now, approval_step=True)
    s.flush()
    audit.append(
        s,
        action,
        at=now,
        actor_id=ctx.actor.id,
        actor=ctx.actor.username,
        subject=f"case {case.id}",
        data={"request": req.id, "case": case.id, "reason": note},
    )
