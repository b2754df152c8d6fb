"""The rules of a credit on a case, decided once for every path (``case resolve``, the window, approvals, the
screen that says what will happen before the agent sends).

* The most that may be asked (:func:`check_ask`): ``credit.max`` and ``credit.keep_cap_share`` bound what an agent
  may ask and what a supervisor may approve (:func:`app.domain.remedies.limits.ask_cap`).
* The limit per case is per case (:func:`given_on_case`): every credit already issued on the case, and any
  request still pending on it, counts towards the asker's limit, so resolving, reopening and resolving again
  cannot give more than the limit without a supervisor.
* The expiry (:func:`app.services.credit.credit_expiry`): one date for the proposal, the screen, the voucher and
  the ledger.
* A rejection (:func:`last_rejection`): after a supervisor refused credit on a case, asking again needs a reason,
  and the supervisor's answer is shown first.

Everything here reads inside the caller's transaction and never writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import EllipsisType
from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from app.domain.enums import ApprovalStatus, CaseKind, Remedy
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.remedies.limits import AskCap, ask_cap
from app.domain.remedies.registry import cost_settings
from app.domain.settings_registry import ShopSettings
from app.errors import ValidationError
from app.i18n import current_language
from app.services import credit, segments
from app.services.context import Actor
from app.services.credit import credit_expiry
from app.services.remedies import case_facts
from app.services.segments import Rules
from app.store.models import ApprovalRequest, Case, CreditGrant, User

#: Remedies that give store credit (and so need an amount, respect the limits and the caps).
CREDIT_REMEDIES = frozenset({Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND, Remedy.GOODWILL_EXTRA})


@dataclass(frozen=True)
class Rejection:
    """The supervisor's answer to the latest request on a case, when it was a refusal."""

    request_id: int
    amount: Money
    by: str
    at: datetime
    reason: str


@dataclass(frozen=True)
class Assessment:
    """What a credit of ``amount`` on a case by the acting user would do, before or while it is sent.

    ``problems`` uses the names of :func:`app.services.credit.limit_problems` (``case_limit``, ``daily_limit``)
    plus ``flagged``; any of them makes it an approval request.
    """

    amount: Money
    problems: tuple[str, ...]
    case_limit: Money
    daily_limit: Money | None
    given_today: Money
    given_on_case: Money
    allowed: Money | None
    expires_on: date
    rejection: Rejection | None

    @property
    def needs_approval(self) -> bool:
        return bool(self.problems)


def issued_on_case(case_id: int, currency: str) -> ScalarSelect[Any]:
    """The credit issued on the case in ``currency`` (each voucher's full amount), as a column: the first half
    of :func:`given_on_case`, for a caller that reads it with another statement."""
    return (
        select(func.coalesce(func.sum(CreditGrant.amount_minor), 0))
        .where(CreditGrant.case_id == case_id, CreditGrant.currency == currency)
        .scalar_subquery()
    )


def given_on_case(s: Session, case_id: int, currency: str, *, except_request: int | None = None) -> Money:
    """Credit issued on the case (each voucher's full amount) plus what any pending request on it asks."""
    pending = select(func.coalesce(func.sum(ApprovalRequest.amount_minor), 0)).where(
        ApprovalRequest.case_id == case_id,
        ApprovalRequest.currency == currency,
        ApprovalRequest.status == ApprovalStatus.PENDING.value,
    )
    if except_request is not None:
        pending = pending.where(ApprovalRequest.id != except_request)
    both = s.execute(select(issued_on_case(case_id, currency), pending.scalar_subquery())).one()  # one trip
    return Money(int(both[0] or 0) + int(both[1] or 0), currency)


def cap_for(s: Session, case: Case, remedy: Remedy, settings: ShopSettings) -> AskCap | None:
    """The most that may be asked for ``remedy`` on ``case`` (``None``: the remedy gives no credit)."""
    facts = case_facts(case, Rules.of(settings))
    affected = facts.affected_value if case.order is not None else None
    return ask_cap(
        remedy,
        cost_settings(settings.raw),
        CaseKind(case.kind),
        facts.currency,
        affected,
        facts.shipping_paid,
    )


def check_ask(s: Session, case: Case, remedy: Remedy, amount: Money, settings: ShopSettings) -> Money | None:
    """Refuse ``amount`` above what may be asked for ``remedy`` on ``case``, saying the figure allowed."""
    cap = cap_for(s, case, remedy, settings)
    if cap is None:
        return None
    if amount.currency == cap.allowed.currency and amount > cap.allowed:
        lang = current_language()
        if cap.bound == "keep":
            raise ValidationError(
                "{amount} is more than may be asked on case {id}: at most {allowed} (credit.max, and "
                "credit.keep_cap_share of the {value} paid for the item).",
                amount=amount.format(lang),
                id=case.id,
                allowed=cap.allowed.format(lang),
                value=cap.value.format(lang) if cap.value else "-",
            )
        if cap.bound == "refund":
            raise ValidationError(
                "{amount} is more than may be asked on case {id}: at most {allowed} (the refund of {value} with "
                "its bonus).",
                amount=amount.format(lang),
                id=case.id,
                allowed=cap.allowed.format(lang),
                value=cap.value.format(lang) if cap.value else "-",
            )
        raise ValidationError(
            "{amount} is more than may be asked on case {id}: at most {allowed} (credit.max).",
            amount=amount.format(lang),
            id=case.id,
            allowed=cap.allowed.format(lang),
        )
    return cap.allowed


def last_rejection(
    s: Session, case_id: int, latest: ApprovalRequest | None | EllipsisType = ...
) -> Rejection | None:
    """The refusal that answered the case's latest request, unless credit was issued on the case since.

    ``latest``: the case's latest request (or ``None``: it has none), when the caller read them already."""
    req = (
        s.scalar(
            select(ApprovalRequest)
            .where(ApprovalRequest.case_id == case_id)
            .order_by(ApprovalRequest.id.desc())
            .limit(1)
        )
        if isinstance(latest, EllipsisType)
        else latest
    )
    if req is None or req.status != ApprovalStatus.REJECTED.value or req.decided_at is None:
        return None
    later = s.scalar(
        select(CreditGrant.id)
        .where(CreditGrant.case_id == case_id, CreditGrant.created_at >= req.decided_at)
        .limit(1)
    )
    if later is not None:
        return None
    by = (
        s.scalar(select(User.display_name).where(User.id == req.decided_by_id)) if req.decided_by_id else None
    )
    return Rejection(
        req.id, Money(req.amount_minor, req.currency), by or "?", req.decided_at, req.decision_reason
    )


def check_reason_after_rejection(rejection: Rejection | None, case_id: int, reason: str) -> None:
    """After a refusal, credit on the same case is asked again only with a reason, and the refusal is quoted."""
    if rejection is not None and not reason:
        raise ValidationError(
            "Credit on case {id} was refused by {who}: “{answer}”. Say why you ask again: a reason is required.",
            id=case_id,
            who=rejection.by,
            answer=rejection.reason,
        )


def assess(
    s: Session,
    actor: Actor,
    case: Case,
    remedy: Remedy,
    amount: Money,
    settings: ShopSettings,
    *,
    now: datetime,
    lock: bool,
    rejection: Rejection | None | EllipsisType = ...,
    given: Money | None = None,
) -> Assessment:
    """The whole decision about a credit on a case (see the module's text); refuses an amount above the cap.

    ``lock=False`` only answers the question (the screen before sending); the write path locks the user so two
    credits at once cannot both slip under the daily total. ``rejection``: the case's :func:`last_rejection`, when
    the caller read it already in this transaction; ``given``: its :func:`given_on_case` likewise (the case
    locked).
    """
    if amount.minor <= 0:
        raise ValidationError("The amount must be more than zero.")
    allowed = check_ask(s, case, remedy, amount, settings)
    today = credit.today(settings, now)
    given = given if given is not None else given_on_case(s, case.id, amount.currency)
    if lock:  # the user first: the day's total is read (once) after it, one decision at a time per user
        credit.lock_user(s, actor.id)
    given_today = credit.issued_today(s, actor.id, settings, now)
    problems = credit.limit_problems(
        s, actor, amount, settings, now=now, lock=False, already=given, issued=given_today
    )
    if not actor.can(Permission.APPROVE) and segments.is_flagged(s, case.customer_id, today):
        problems.append("flagged")
    return Assessment(
        amount=amount,
        problems=tuple(problems),
        case_limit=credit.case_limit(s, actor, settings),
        daily_limit=credit.daily_limit(s, actor, settings),
        given_today=given_today,
        given_on_case=given,
        allowed=allowed,
        expires_on=credit_expiry(s, case.customer_id, settings, today),
        rejection=last_rejection(s, case.id) if isinstance(rejection, EllipsisType) else rejection,
    )
