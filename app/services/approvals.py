"""Resolving a case, and the approval of credits above the asker's limit.

``resolve_case`` records the remedy chosen; a credit remedy within the actor's limits (per case, and an agent's
daily total) issues a voucher at once and resolves the case; above them, or for a flagged customer, it becomes
an approval request and the case waits in ``awaiting_approval``. A supervisor approves (possibly less) or
rejects with a reason; nobody decides on their own request; unanswered requests expire after
``approvals.expiry_days``. Every step is on the case's timeline and in the audit log.

The limits are enforced here, not in a screen: calling these functions as an agent cannot issue more than the
agent's limit. While a request is pending the case's status moves only here (approve, reject, withdraw, expire).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_status import can_move, check_move
from app.domain.enums import ApprovalStatus, CaseStatus, EventType, GrantReason, Remedy, Role, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import Conflict, MissingInput, NotFound, PermissionDenied, StorageError, ValidationError
from app.i18n import current_language
from app.services import audit, case_credit, clock, credit
from app.services.case_credit import CREDIT_REMEDIES
from app.services.case_records import (
    apply_status,
    check_version,
    get_case_for_update,
    record_event,
)
from app.services.context import Actor, ServiceContext
from app.services.remedies import record_choice
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import ApprovalRequest, Case, CreditGrant, Customer, User


@dataclass(frozen=True)
class Resolution:
    case_id: int
    status: CaseStatus
    voucher: str | None  # the code as shown (RIM-7K3Q-9XTM-C) when a credit was issued
    amount: Money | None
    request_id: int | None = None
    given_before: Money | None = (
        None  # credit already given on the case before this one (shown on re-resolving)
    )
    #: who can approve the request (user names), known when it is made
    approvers: tuple[str, ...] = ()


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


def _info(s: Session, r: ApprovalRequest) -> RequestInfo:
    return _infos(s, [r])[0]


def _infos(s: Session, requests: list[ApprovalRequest]) -> list[RequestInfo]:
    """The requests with their people, customers and voucher codes, in four statements however many there are
    (one per request made the supervisors' list slow on a busy server)."""
    if not requests:
        return []
    user_ids = {i for r in requests for i in (r.requested_by_id, r.decided_by_id) if i}
    names: dict[int | None, str] = (
        {uid: name for uid, name in s.execute(select(User.id, User.username).where(User.id.in_(user_ids)))}
        if user_ids
        else {}
    )
    customers = {
        c.id: c.name
        for c in s.scalars(select(Customer).where(Customer.id.in_({r.customer_id for r in requests})))
    }
    grant_ids = {r.grant_id for r in requests if r.grant_id}
    codes = (
        dict(s.execute(select(CreditGrant.id, CreditGrant.code).where(CreditGrant.id.in_(grant_ids))).all())
        if grant_ids
        else {}
    )
    return [
        _one_info(r, names, customers.get(r.customer_id) or "", codes.get(r.grant_id) if r.grant_id else None)
        for r in requests
    ]


def _one_info(
    r: ApprovalRequest, names: dict[int | None, str], customer: str, code: str | None
) -> RequestInfo:
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
        voucher=credit.display_code(code) if code else None,
    )


def _money_data(amount: Money | None) -> dict[str, str | None]:
    return {"amount": amount.plain() if amount else None, "currency": amount.currency if amount else None}


def _record_choice(s: Session, case: Case, actor: Actor, remedy: Remedy, amount: Money | None) -> None:
    """The choice on the timeline, with the options shown (:func:`app.services.remedies.record_choice`)."""
    record_choice(s, case, actor.id, remedy, amount, None)


def _expire_stale(s: Session, now: datetime, case_id: int | None = None) -> int:
    """Mark pending requests past their time as expired; their cases go back to ``proposed``."""
    stmt = select(ApprovalRequest).where(
        ApprovalRequest.status == ApprovalStatus.PENDING.value, ApprovalRequest.expires_at < now
    )
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
        record_event(s, case, None, EventType.APPROVAL_EXPIRED, "", data={"request": req.id})
        if case.status == CaseStatus.AWAITING_APPROVAL.value:
            apply_status(
                s,
                case,
                CaseStatus.PROPOSED,
                None,
                "approval request expired",
                approval_step=True,
            )
    if stale:
        s.flush()
        audit.append(
            s,
            audit.Action.APPROVAL_EXPIRED,
            actor_id=None,
            actor=None,
            subject="approval requests",
            data={"requests": [r.id for r in stale]},
        )
    return len(stale)


@retried
def resolve_case(
    ctx: ServiceContext,
    case_id: int,
    remedy: str,
    amount: str | None = None,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> Resolution:
    """Resolve a case with a remedy; a credit above the actor's limits (or for a flagged customer) waits for a
    supervisor instead. Returns the status reached and the voucher code when credit was issued."""
    ctx.require(Permission.CASE_WRITE)
    remedy_ = Remedy(parse_enum(Remedy, remedy, "remedy"))
    is_credit = remedy_ in CREDIT_REMEDIES
    if is_credit:
        ctx.require(Permission.CREDIT_GRANT)
        if not amount:
            raise MissingInput("amount", "Say how much credit to give.")
    note = clean_text(reason)
    with ctx.db.write() as s:
        settings = load_settings(s)
        case = get_case_for_update(s, case_id)
        check_version(case, expected_version)
        now = clock.now()
        # the case's requests in one read (the case is locked: nobody else changes them until the commit)
        requests = list(
            s.scalars(
                select(ApprovalRequest).where(ApprovalRequest.case_id == case.id).order_by(ApprovalRequest.id)
            )
        )
        if any(r.status == ApprovalStatus.PENDING.value and r.expires_at < now for r in requests):
            _expire_stale(s, now, case.id)  # these very rows, marked expired
        pending = next((r for r in requests if r.status == ApprovalStatus.PENDING.value), None)
        if pending is not None:
            raise Conflict(
                "Case {id} already has an approval request pending (request {request}).",
                id=case.id,
                request=pending.id,
            )
        money = Money.parse(amount, case.currency) if amount else None
        if money is not None and money.minor <= 0:
            raise ValidationError("The amount must be more than zero.")
        current = CaseStatus(case.status)
        problems: list[str] = []
        given = None
        if is_credit:
            assert money is not None
            rejection = case_credit.last_rejection(s, case.id, requests[-1] if requests else None)
            case_credit.check_reason_after_rejection(rejection, case.id, note)
            decision = case_credit.assess(
                s, ctx.actor, case, remedy_, money, settings, lock=True, rejection=rejection
            )
            problems, given = list(decision.problems), decision.given_on_case
        target = CaseStatus.AWAITING_APPROVAL if problems else CaseStatus.RESOLVED
        check_move(current, target)
        _record_choice(s, case, ctx.actor, remedy_, money)
        case.remedy = remedy_.value
        case.amount_minor = money.minor if money is not None else None
        if problems:
            assert money is not None
            approvers = who_can_approve(s, ctx.actor.id, money, settings)
            req = ApprovalRequest(
                case_id=case.id,
                customer_id=case.customer_id,
                remedy=remedy_.value,
                amount_minor=money.minor,
                currency=money.currency,
                reason=note,
                why=",".join(problems),
                status=ApprovalStatus.PENDING.value,
                requested_by_id=ctx.actor.id,
                requested_at=now,
                expires_at=now + timedelta(days=settings["approvals.expiry_days"]),
                decision_reason="",
            )
            s.add(req)
            s.flush()
            record_event(
                s,
                case,
                ctx.actor.id,
                EventType.APPROVAL_REQUESTED,
                note,
                data={
                    "request": req.id,
                    "remedy": remedy_.value,
                    "why": problems,
                    **_money_data(money),
                    "given_before": given.plain() if given is not None else None,
                },
            )
            apply_status(s, case, target, ctx.actor.id, note, approval_step=True)
            s.flush()
            audit.append(
                s,
                audit.Action.APPROVAL_REQUESTED,
                actor_id=ctx.actor.id,
                actor=ctx.actor.username,
                subject=f"case {case.id}",
                data={"request": req.id, "case": case.id, "why": problems, **_money_data(money)},
            )
            return Resolution(case.id, target, None, money, req.id, given, approvers)
        voucher = None
        if is_credit:
            assert money is not None
            voucher = _issue_for_case(s, ctx.actor, case, money, settings, note).code
        apply_status(
            s, case, target, ctx.actor.id, note, none_pending=True
        )  # open_request above, case locked
        s.flush()
        return Resolution(case.id, target, voucher, money, None, given)


def _issue_for_case(
    s: Session, actor: Actor, case: Case, money: Money, settings: ShopSettings, note: str
) -> _Issued:
    expires_on = credit.credit_expiry(s, case.customer_id, settings, credit.today(settings))
    grant = credit.issue(
        s,
        actor,
        customer_id=case.customer_id,
        amount=money,
        reason=GrantReason.CASE,
        settings=settings,
        reason_ref=str(case.id),
        case_id=case.id,
        note=note,
        expires_on=expires_on,
    )
    code = credit.display_code(grant.code)
    record_event(
        s,
        case,
        actor.id,
        EventType.CREDIT_ISSUED,
        code,
        data={
            "grant": grant.id,
            "code": code,
            **_money_data(money),
            "expires_on": grant.expires_on.isoformat() if grant.expires_on else None,
        },
    )
    return _Issued(grant.id, code)


def who_can_approve(s: Session, requester_id: int, money: Money, settings: ShopSettings) -> tuple[str, ...]:
    """The active supervisors and admins, other than the asker, whose own limit covers ``money``.

    A request nobody could approve is refused at once, saying which setting makes it possible, instead of
    waiting until it expires."""
    names = []
    best: Money | None = None
    for user in s.scalars(
        select(User)
        .where(
            User.active.is_(True),
            User.id != requester_id,
            User.role.in_([Role.SUPERVISOR.value, Role.ADMIN.value]),
        )
        .order_by(User.username)
    ):
        if money.currency != settings.currency:
            names.append(user.username)
            continue
        limit = (
            Money(user.case_limit_minor, settings.currency)
            if user.case_limit_minor is not None
            else settings[f"limits.{user.role}.case"]
        )
        best = limit if best is None or limit > best else best
        if money <= limit:
            names.append(user.username)
    if not names:
        raise PermissionDenied(
            "Nobody can approve {amount}: the highest approver's limit is {limit}. An admin can raise "
            "limits.admin.case (or one supervisor's own limit) first.",
            amount=money.format(current_language()),
            limit=best.format(current_language()) if best is not None else "–",
        )
    return tuple(names)


@dataclass(frozen=True)
class _Issued:
    grant_id: int
    code: str


@retried
def list_requests(ctx: ServiceContext, status: str | None = "pending", limit: int = 200) -> list[RequestInfo]:
    """Requests, oldest first. Supervisors see everyone's; agents see their own (and so the answers)."""
    ctx.require(Permission.CASE_READ)
    stmt = select(ApprovalRequest).order_by(ApprovalRequest.id).limit(max(1, min(limit, 10_000)))
    if status:
        stmt = stmt.where(ApprovalRequest.status == parse_enum(ApprovalStatus, status, "status").value)
    if not ctx.actor.can(Permission.APPROVE):
        stmt = stmt.where(ApprovalRequest.requested_by_id == ctx.actor.id)
    now = clock.now()
    with ctx.db.read() as s:  # reading is not writing: only requests past their time need one
        if not s.scalar(
            select(ApprovalRequest.id)
            .where(ApprovalRequest.status == ApprovalStatus.PENDING.value, ApprovalRequest.expires_at < now)
            .limit(1)
        ):
            return _infos(s, list(s.scalars(stmt)))
    try:
        with ctx.db.write() as s:  # requests past their time are marked expired first
            _expire_stale(s, now)
            return _infos(s, list(s.scalars(stmt)))
    except StorageError:  # a read-only file, or another workstation writing: shown as they are
        with ctx.db.read() as s:
            return _infos(s, list(s.scalars(stmt)))


#: ``session.info`` key of the case :func:`_pending_locked` locked (the session keeps rows only while held)
_LOCKED_CASE = "rimedio_request_case"


def _pending_locked(s: Session, request_id: int) -> ApprovalRequest:
    """The pending request ``request_id``, locked in the lock order (docs/locking.md): its case first, then the
    request — as resolving a case takes them; a request past its time is expired first, so it is no longer pending.
    The locked case stays in the session for the rest of the transaction (:func:`_request_case`)."""
    if not is_id(request_id):
        raise NotFound("There is no approval request {id}.", id=request_id)
    case_id = s.scalar(select(ApprovalRequest.case_id).where(ApprovalRequest.id == request_id))
    if case_id is None:
        raise NotFound("There is no approval request {id}.", id=request_id)
    s.info[_LOCKED_CASE] = get_case_for_update(s, case_id)
    _expire_stale(s, clock.now(), case_id)
    stmt = select(ApprovalRequest).where(ApprovalRequest.id == request_id)
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(key_share=True)
    req = s.scalar(stmt)
    if req is None:
        raise NotFound("There is no approval request {id}.", id=request_id)
    if req.status != ApprovalStatus.PENDING.value:
        raise Conflict("Approval request {id} is already {status}.", id=req.id, status=req.status)
    return req


def _request_case(s: Session, req: ApprovalRequest) -> Case:
    """The case of ``req``, locked by :func:`_pending_locked` in this transaction (no second read, no second
    lock)."""
    case = s.info.get(_LOCKED_CASE)
    if isinstance(case, Case) and case.id == req.case_id:
        return case
    return get_case_for_update(s, req.case_id)


def _open_request(s: Session, ctx: ServiceContext, request_id: int) -> ApprovalRequest:
    req = _pending_locked(s, request_id)
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
        req = _open_request(s, ctx, request_id)
        return _approvable(s, ctx, req, amount, settings)[1]


@retried
def approve(
    ctx: ServiceContext, request_id: int, amount: str | None = None, *, reason: str = ""
) -> RequestInfo:
    """Approve a request, possibly for less than was asked: the voucher is issued and the case resolved."""
    ctx.require(Permission.APPROVE)
    note = clean_text(reason)
    with ctx.db.write() as s:
        settings = load_settings(s)
        req = _open_request(s, ctx, request_id)
        asked, approved = _approvable(s, ctx, req, amount, settings)
        case = _request_case(s, req)
        issued = _issue_for_case(s, ctx.actor, case, approved, settings, note or req.reason)
        req.status, req.decided_by_id, req.decided_at = (
            ApprovalStatus.APPROVED.value,
            ctx.actor.id,
            clock.now(),
        )
        req.approved_minor, req.decision_reason = approved.minor, note
        req.grant_id = issued.grant_id
        record_event(
            s,
            case,
            ctx.actor.id,
            EventType.APPROVED,
            note,
            data={"request": req.id, "asked": asked.plain(), **_money_data(approved)},
        )
        case.amount_minor = approved.minor
        s.flush()
        if case.status != CaseStatus.RESOLVED.value and can_move(
            CaseStatus(case.status), CaseStatus.RESOLVED
        ):
            apply_status(s, case, CaseStatus.RESOLVED, ctx.actor.id, note, approval_step=True)
        s.flush()
        audit.append(
            s,
            audit.Action.APPROVAL_APPROVED,
            actor_id=ctx.actor.id,
            actor=ctx.actor.username,
            subject=f"case {case.id}",
            data={"request": req.id, "case": case.id, "asked": asked.plain(), **_money_data(approved)},
        )
        return _info(s, req)


@retried
def reject(ctx: ServiceContext, request_id: int, *, reason: str) -> RequestInfo:
    """Reject a request with the reason; the case goes back to ``proposed`` with the reason on its timeline."""
    ctx.require(Permission.APPROVE)
    note = clean_text(reason)
    if not note:
        raise ValidationError("Say why: a reason is required.")
    with ctx.db.write() as s:
        req = _open_request(s, ctx, request_id)
        _close_without_credit(
            s, ctx, req, ApprovalStatus.REJECTED, EventType.REJECTED, audit.Action.APPROVAL_REJECTED, note
        )
        return _info(s, req)


@retried
def withdraw(ctx: ServiceContext, request_id: int, *, reason: str = "") -> RequestInfo:
    """Withdraw a pending request (the one who asked, or a supervisor): the only way a case waiting for a
    supervisor moves on without an answer. The case goes back to ``proposed``, its remedy cleared."""
    ctx.require(Permission.CASE_WRITE)
    note = clean_text(reason)
    with ctx.db.write() as s:
        req = _pending_locked(s, request_id)
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
        return _info(s, req)


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
    req.status, req.decided_by_id, req.decided_at = status.value, ctx.actor.id, clock.now()
    req.decision_reason = note
    record_event(
        s,
        case,
        ctx.actor.id,
        event,
        note,
        data={"request": req.id, **_money_data(Money(req.amount_minor, req.currency))},
    )
    case.remedy, case.amount_minor = None, None
    s.flush()
    if case.status == CaseStatus.AWAITING_APPROVAL.value:
        apply_status(s, case, CaseStatus.PROPOSED, ctx.actor.id, note, approval_step=True)
    s.flush()
    audit.append(
        s,
        action,
        actor_id=ctx.actor.id,
        actor=ctx.actor.username,
        subject=f"case {case.id}",
        data={"request": req.id, "case": case.id, "reason": note},
    )
