"""Small read-only questions the desktop client asks that no other service answers yet.

Each function reads, never writes, checks the permission like every service, and returns plain values. They are
meant to move into the owning service (customers, cases, remedies) when those grow the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.domain.case_status import TRANSITIONS
from app.domain.enums import CaseStatus, GrantReason, Remedy, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.errors import NotFound
from app.services.case_credit import Assessment, assess
from app.services.case_records import waiting_clause
from app.services.context import ServiceContext
from app.services.settings import load_settings

if TYPE_CHECKING:  # approvals is loaded when a poll first runs
    from app.services.approvals import RequestInfo
from app.store.models import ApprovalRequest, Case, CreditCampaign, CreditEntry, CreditGrant, Customer


@dataclass(frozen=True)
class CustomerOverview:
    """What the case view's customer panel shows about the customer, from their history.

    ``orders``, ``lifetime_spend``, ``segment`` and ``flagged`` are :func:`app.services.segments.customer_history`'s
    (the shop's thresholds and time zone); ``claims`` counts every case of the customer; the claim rate counts
    ``claims_in_window`` on ``orders_in_window`` of the last ``window_days`` days, in words in ``claim_rate_text``.
    """

    customer_id: int
    name: str
    orders: int
    lifetime_spend: Money
    last_order_at: datetime | None
    claims: int
    segment: str
    flagged: bool
    claims_in_window: int = 0
    orders_in_window: int = 0
    window_days: int = 365
    claim_rate_text: str = ""


def customer_overview(ctx: ServiceContext, customer_id: int, today: date | None = None) -> CustomerOverview:
    """Order count, lifetime spend (shop currency), claims, segment and claim-rate flag of one customer — the
    figures ``customer show`` prints, from the same query."""
    from app.services.segments import customer_history, shop_today

    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFound("There is no customer {key}.", key=customer_id)
        h = customer_history(s, customer_id, today or shop_today(s, ctx.now()))
        claims = int(s.scalar(select(func.count(Case.id)).where(Case.customer_id == customer_id)) or 0)
        return CustomerOverview(
            customer_id,
            customer.name,
            h.orders,
            h.spent,
            h.last_order_at,
            claims,
            h.segment.value,
            h.flagged,
            h.claims_in_window,
            h.orders_in_window,
            h.window_days,
            h.claim_rate_text,
        )


def next_statuses(status: CaseStatus | str) -> tuple[CaseStatus, ...]:
    """The statuses a case may move to from ``status``, in the order of the life of a case (for a menu)."""
    current = CaseStatus(status)
    return tuple(s for s in CaseStatus if s in TRANSITIONS[current])


# --- credit and approvals (issue 6) ------------------------------------------------------------------------------


#: What would happen if the acting user gave an amount of credit on a case now (see
#: :class:`app.services.case_credit.Assessment`: problems, limits, what was already given on the case, the most
#: that may be asked, the expiry date and a supervisor's refusal to show first).
CreditCheck = Assessment


def credit_check(
    ctx: ServiceContext, case_id: int, amount: str, remedy: str = Remedy.KEEP_AND_CREDIT.value
) -> CreditCheck:
    """Would a credit of ``amount`` on ``case_id`` be issued at once, or wait for a supervisor? Reads only.

    The very decision of ``resolve_case`` (:func:`app.services.case_credit.assess`), without the row lock the
    write path takes; the service decides again when the agent sends. An amount above what may be asked is
    refused here as it would be there.
    """
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("There is no case {id}.", id=case_id)
        settings = load_settings(s)
        money = Money.parse(amount, case.currency)
        chosen = Remedy(parse_enum(Remedy, remedy, "remedy"))
        return assess(s, ctx.actor, case, chosen, money, settings, now=ctx.now(), lock=False)


@dataclass(frozen=True)
class ApprovalPoll:
    """One look at the approval requests, cheap enough to ask every few seconds.

    ``waiting``: pending requests the acting user may decide (supervisors; not their own). ``mine``: ids of the
    acting user's own pending requests. ``decided``: those of ``watched`` that have an answer now.
    """

    waiting: int
    mine: tuple[int, ...]
    decided: tuple[RequestInfo, ...]


def approval_poll(ctx: ServiceContext, watched: tuple[int, ...] = ()) -> ApprovalPoll:
    from app.services import approvals

    ctx.require(Permission.CASE_READ)
    now = ctx.now()
    with ctx.db.read() as s:
        pending = waiting_clause(now)
        waiting = 0
        if ctx.actor.can(Permission.APPROVE):
            waiting = int(
                s.scalar(
                    select(func.count(ApprovalRequest.id)).where(
                        pending, ApprovalRequest.requested_by_id != ctx.actor.id
                    )
                )
                or 0
            )
        mine = tuple(
            s.scalars(
                select(ApprovalRequest.id)
                .where(pending, ApprovalRequest.requested_by_id == ctx.actor.id)
                .order_by(ApprovalRequest.id)
            )
        )
        decided: tuple[RequestInfo, ...] = ()
        if watched:
            decided = tuple(
                approvals.request_infos(  # one statement however many are watched
                    s,
                    select(ApprovalRequest)
                    .where(
                        ApprovalRequest.id.in_(list(watched)),
                        ApprovalRequest.requested_by_id == ctx.actor.id,
                        ~pending,
                    )
                    .order_by(ApprovalRequest.id),
                )
            )
        return ApprovalPoll(waiting, mine, decided)


@dataclass(frozen=True)
class VoucherRow:
    id: int
    code: str
    customer_id: int
    customer: str
    amount: Money
    balance: Money
    reason: str
    reason_ref: str | None
    case_id: int | None
    expires_on: date | None
    created_at: datetime


def list_vouchers(
    ctx: ServiceContext, search: str = "", limit: int = 100, offset: int = 0, campaign_id: int | None = None
) -> list[VoucherRow]:
    """Vouchers, newest first, with what is left on each; ``search`` matches the customer's name or e-mail."""
    from app.services import credit

    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        balance = (
            select(CreditEntry.grant_id, func.sum(CreditEntry.amount_minor).label("bal"))
            .group_by(CreditEntry.grant_id)
            .subquery()
        )
        stmt = (
            select(CreditGrant, Customer.first_name, Customer.last_name, balance.c.bal)
            .join(Customer, Customer.id == CreditGrant.customer_id)
            .outerjoin(balance, balance.c.grant_id == CreditGrant.id)
            .order_by(CreditGrant.id.desc())
            .limit(max(1, min(limit, 1000)))
            .offset(max(0, offset))
        )
        if campaign_id is not None:
            stmt = stmt.where(CreditGrant.campaign_id == campaign_id)
        for word in search.split():
            like = f"%{word.lower()}%"
            stmt = stmt.where(
                func.lower(Customer.first_name).like(like)
                | func.lower(Customer.last_name).like(like)
                | func.lower(Customer.email).like(like)
            )
        rows = []
        for grant, first, last, bal in s.execute(stmt):
            name = " ".join(p for p in (first, last) if p)
            rows.append(
                VoucherRow(
                    grant.id,
                    credit.display_code(grant.code),
                    grant.customer_id,
                    name,
                    Money(grant.amount_minor, grant.currency),
                    Money(int(bal or 0), grant.currency),
                    GrantReason(grant.reason).value,
                    grant.reason_ref,
                    grant.case_id,
                    grant.expires_on,
                    grant.created_at,
                )
            )
        return rows


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    kind: str
    amount: Money
    expires_on: date | None
    customers: int
    created_at: datetime


def list_campaigns(ctx: ServiceContext) -> list[CampaignRow]:
    """Campaigns issued so far, newest first, with how many customers got their credit."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        counts = (
            select(CreditGrant.campaign_id, func.count(CreditGrant.id).label("n"))
            .where(CreditGrant.campaign_id.is_not(None))
            .group_by(CreditGrant.campaign_id)
            .subquery()
        )
        rows = s.execute(
            select(CreditCampaign, counts.c.n)
            .outerjoin(counts, counts.c.campaign_id == CreditCampaign.id)
            .order_by(CreditCampaign.id.desc())
        )
        return [
            CampaignRow(
                c.id,
                c.name,
                c.kind,
                Money(c.amount_minor, c.currency),
                c.expires_on,
                int(n or 0),
                c.created_at,
            )
            for c, n in rows
        ]
