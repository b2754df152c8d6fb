"""Resolving a case with a remedy: within the asker's limits a credit is issued at once and the case resolved;
above them, or for a flagged customer, it becomes an approval request and the case waits in ``awaiting_approval``.

The limits are enforced here, not in a screen: calling these functions as an agent cannot issue more than the
agent's limit (:func:`app.services.case_credit.assess`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_status import check_move
from app.domain.enums import ApprovalStatus, CaseStatus, EventType, GrantReason, Remedy, Role, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import Conflict, MissingInput, PermissionDenied, ValidationError
from app.i18n import current_language
from app.services import audit, case_credit, credit
from app.services.approvals.requests import expire_stale, money_data
from app.services.case_credit import CREDIT_REMEDIES
from app.services.case_records import (
    check_version,
    get_case_for_update,
    move_status,
    past_its_time,
    record_event,
    record_move,
)
from app.services.context import Actor, ServiceContext
from app.services.remedies import add_events, plan_choice
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import ApprovalRequest, Case, CaseEvent, CreditGrant, User


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


def _change_case(
    s: Session,
    case: Case,
    actor: Actor,
    choice: list[CaseEvent],
    remedy: Remedy,
    amount: Money | None,
    target: CaseStatus,
    *,
    now: datetime,
    approval_step: bool = False,
) -> None:
    """The case's side of a resolve, all at once after the voucher or the request was written: the choice on the
    timeline (:func:`app.services.remedies.plan_choice`) with its report figures, the remedy and amount, the
    status. One UPDATE of the case (one version step) and one INSERT of its timeline entries at the next flush,
    with the caller's entries after the choice's."""
    add_events(s, case, choice, on_case=True)
    case.remedy = remedy.value
    case.amount_minor = amount.minor if amount is not None else None
    move_status(
        s, case, target, actor.id, now=now, approval_step=approval_step, none_pending=not approval_step
    )  # requests read above, case locked


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
        case = get_case_for_update(s, case_id, with_lines=True)  # the remedies are costed below
        check_version(case, expected_version)
        now = ctx.now()
        # the case's requests and the credit issued on it in one read (the case is locked: nobody else changes
        # them until the commit)
        rows = s.execute(
            select(case_credit.issued_on_case(case.id, case.currency), ApprovalRequest)
            .select_from(Case)
            .outerjoin(ApprovalRequest, ApprovalRequest.case_id == Case.id)
            .where(Case.id == case.id)
            .order_by(ApprovalRequest.id)
        ).all()
        requests = [row[1] for row in rows if row[1] is not None]
        issued = Money(int(rows[0][0] or 0) if rows else 0, case.currency)
        if any(past_its_time(r, now) for r in requests):
            expire_stale(s, now, case.id)  # these very rows, marked expired
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
                s,
                ctx.actor,
                case,
                remedy_,
                money,
                settings,
                now=now,
                lock=True,
                rejection=rejection,
                given=issued,  # nothing pending on the case (refused above): what was issued on it
            )
            problems, given = list(decision.problems), decision.given_on_case
        target = CaseStatus.AWAITING_APPROVAL if problems else CaseStatus.RESOLVED
        check_move(current, target)
        # the choice (and the proposal it acts on) costed first; written with the case's change below, after
        # the request or the voucher, whose ids their timeline entries need
        choice = plan_choice(s, case, ctx.actor.id, remedy_, money, None, now=now)
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
            s.flush()  # the request alone: its id
            _change_case(s, case, ctx.actor, choice, remedy_, money, target, now=now, approval_step=True)
            record_event(
                s,
                case,
                ctx.actor.id,
                EventType.APPROVAL_REQUESTED,
                note,
                at=now,
                data={
                    "request": req.id,
                    "remedy": remedy_.value,
                    "why": problems,
                    **money_data(money),
                    "given_before": given.plain() if given is not None else None,
                },
            )
            record_move(s, case, ctx.actor.id, current, target, note, at=now)
            s.flush()
            audit.append(
                s,
                audit.Action.APPROVAL_REQUESTED,
                at=now,
                actor_id=ctx.actor.id,
                actor=ctx.actor.username,
                subject=f"case {case.id}",
                data={"request": req.id, "case": case.id, "why": problems, **money_data(money)},
            )
            return Resolution(case.id, target, None, money, req.id, given, approvers)
        grant = None
        if is_credit:
            assert money is not None
            grant = _grant_for_case(s, ctx.actor, case, money, settings, note, now)
        _change_case(s, case, ctx.actor, choice, remedy_, money, target, now=now)
        voucher = None
        if grant is not None:
            assert money is not None
            voucher = _record_issued(s, ctx.actor, case, grant, money, now).code
        record_move(s, case, ctx.actor.id, current, target, note, at=now)
        s.flush()
        return Resolution(case.id, target, voucher, money, None, given)


def issue_for_case(
    s: Session, actor: Actor, case: Case, money: Money, settings: ShopSettings, note: str, now: datetime
) -> Issued:
    """The voucher of a credit on a case (resolved within the limits, or approved), issued ``now``, on the case's
    timeline."""
    grant = _grant_for_case(s, actor, case, money, settings, note, now)
    return _record_issued(s, actor, case, grant, money, now)


def _grant_for_case(
    s: Session, actor: Actor, case: Case, money: Money, settings: ShopSettings, note: str, now: datetime
) -> CreditGrant:
    """The grant of :func:`issue_for_case`, written at once (its code is drawn and its id known)."""
    expires_on = credit.credit_expiry(s, case.customer_id, settings, credit.today(settings, now))
    return credit.issue(
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
        at=now,
    )


def _record_issued(
    s: Session, actor: Actor, case: Case, grant: CreditGrant, money: Money, now: datetime
) -> Issued:
    """The grant's ``credit_issued`` entry on the case's timeline (with the caller's next flush)."""
    code = credit.display_code(grant.code)
    record_event(
        s,
        case,
        actor.id,
        EventType.CREDIT_ISSUED,
        code,
        at=now,
        data={
            "grant": grant.id,
            "code": code,
            **money_data(money),
            "expires_on": grant.expires_on.isoformat() if grant.expires_on else None,
        },
    )
    return Issued(grant.id, code)


def who_can_approve(s: Session, requester_id: int, money: Money, settings: ShopSettings) -> tuple[str, ...]:
    """The active supervisors and admins, other than the asker, whose own limit covers ``money``.

    A request nobody could approve is refused at once, saying which setting makes it possible, instead of
    waiting until it expires."""
    names = []
    best: Money | None = None
    for username, role, case_limit_minor in s.execute(  # the three columns, not whole users
        select(User.username, User.role, User.case_limit_minor)
        .where(
            User.active.is_(True),
            User.id != requester_id,
            User.role.in_([Role.SUPERVISOR.value, Role.ADMIN.value]),
        )
        .order_by(User.username)
    ):
        if money.currency != settings.currency:
            names.append(username)
            continue
        limit = (
            Money(case_limit_minor, settings.currency)
            if case_limit_minor is not None
            else settings[f"limits.{role}.case"]
        )
        best = limit if best is None or limit > best else best
        if money <= limit:
            names.append(username)
    if not names:
        raise PermissionDenied(
            "Nobody can approve {amount}: the highest approver's limit is {limit}. An admin can raise "
            "limits.admin.case (or one supervisor's own limit) first.",
            amount=money.format(current_language()),
            limit=best.format(current_language()) if best is not None else "–",
        )
    return tuple(names)


@dataclass(frozen=True)
class Issued:
    grant_id: int
    code: str
