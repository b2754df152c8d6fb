"""What a supervisor needs beside an approval request before deciding it: the request's age and expiry, the value
of the affected items (the whole order's when no line is ticked), the amount the remedy engine suggested for that remedy, and the credit history of the
agent who asked and of the customer.

Read-only and computed for a whole list of requests in a few queries, so the approvals screen can show every
figure as a column without a query per row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from app.domain.enums import ApprovalStatus, EventType
from app.domain.money import Money
from app.domain.permissions import Permission
from app.services import credit
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import ApprovalRequest, Case, CaseEvent, CaseLine, CreditGrant, OrderLine

#: How far back the agent's credit history looks (the customer's is their whole history).
AGENT_HISTORY_DAYS = 90


@dataclass(frozen=True)
class AgentHistory:
    """The asking agent's last :data:`AGENT_HISTORY_DAYS` days: the credit given on their cases (by them within
    their limits, or approved on their requests), and how their requests ended."""

    issued_count: int
    issued_total: Money
    approved: int
    lowered: int
    rejected: int


@dataclass(frozen=True)
class CustomerHistory:
    """All the credit the customer was ever given, and what they can still spend."""

    grants: int
    granted_total: Money
    balance: Money


@dataclass(frozen=True)
class RequestContext:
    request_id: int
    requested_at: datetime
    expires_at: datetime
    affected_value: Money
    #: What the remedy engine proposed for the requested remedy (its latest proposal on the case); None if none.
    suggested: Money | None
    agent: AgentHistory
    customer: CustomerHistory

    def age(self, now: datetime) -> timedelta:
        return max(now - self.requested_at, timedelta(0))

    def expires_in(self, now: datetime) -> timedelta:
        return self.expires_at - now


def _suggested(options: object, remedy: str, currency: str) -> Money | None:
    if not isinstance(options, list):
        return None
    for option in options:
        if (
            isinstance(option, dict)
            and option.get("remedy") == remedy
            and option.get("amount") not in (None, "")
        ):
            try:
                return Money.from_decimal(
                    Decimal(str(option["amount"])), str(option.get("currency") or currency)
                )
            except (InvalidOperation, ValueError, ArithmeticError):
                return None
    return None


def request_contexts(ctx: ServiceContext, request_ids: list[int]) -> dict[int, RequestContext]:
    """The context of each of ``request_ids`` (supervisors and admins; an agent sees their own requests')."""
    ctx.require(Permission.CASE_READ)
    if not request_ids:
        return {}
    with ctx.db.read() as s:
        settings = load_settings(s)
        currency = settings.currency
        stmt = select(ApprovalRequest).where(ApprovalRequest.id.in_(request_ids))
        if not ctx.actor.can(Permission.APPROVE):
            stmt = stmt.where(ApprovalRequest.requested_by_id == ctx.actor.id)
        requests = list(s.scalars(stmt))
        if not requests:
            return {}
        case_ids = {r.case_id for r in requests}
        agent_ids = {r.requested_by_id for r in requests}
        customer_ids = {r.customer_id for r in requests}

        values = dict(
            s.execute(
                select(CaseLine.case_id, func.sum(CaseLine.quantity * OrderLine.unit_price_minor))
                .join(OrderLine, OrderLine.id == CaseLine.order_line_id)
                .where(CaseLine.case_id.in_(case_ids))
                .group_by(CaseLine.case_id)
            ).all()
        )
        # a case with no line ticked is about its whole order (as the remedy engine reads it)
        whole = set(case_ids) - set(values)
        if whole:
            values.update(
                s.execute(
                    select(Case.id, func.sum(OrderLine.quantity * OrderLine.unit_price_minor))
                    .join(OrderLine, OrderLine.order_id == Case.order_id)
                    .where(Case.id.in_(whole))
                    .group_by(Case.id)
                ).all()
            )

        proposals: dict[int, object] = {}
        for case_id, data in s.execute(
            select(CaseEvent.case_id, CaseEvent.data)
            .where(CaseEvent.case_id.in_(case_ids), CaseEvent.type == EventType.PROPOSAL.value)
            .order_by(CaseEvent.case_id, CaseEvent.id)
        ):
            if isinstance(data, dict):
                proposals[case_id] = data.get("options")  # the latest one wins

        now = ctx.now()
        since = now - timedelta(days=AGENT_HISTORY_DAYS)
        # credit the agent gave within their limits, then what supervisors approved on their requests
        issued = {
            by: (int(n), int(total or 0))
            for by, n, total in s.execute(
                select(
                    CreditGrant.created_by_id, func.count(CreditGrant.id), func.sum(CreditGrant.amount_minor)
                )
                .where(
                    CreditGrant.created_by_id.in_(agent_ids),
                    CreditGrant.created_at >= since,
                    CreditGrant.currency == currency,
                    CreditGrant.case_id.is_not(None),
                )
                .group_by(CreditGrant.created_by_id)
            )
        }
        outcomes: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for by, status, asked, approved in s.execute(
            select(
                ApprovalRequest.requested_by_id,
                ApprovalRequest.status,
                ApprovalRequest.amount_minor,
                ApprovalRequest.approved_minor,
            ).where(
                ApprovalRequest.requested_by_id.in_(agent_ids),
                ApprovalRequest.requested_at >= since,
                ApprovalRequest.status.in_((ApprovalStatus.APPROVED.value, ApprovalStatus.REJECTED.value)),
            )
        ):
            if status == ApprovalStatus.REJECTED.value:
                outcomes[by]["rejected"] += 1
                continue
            outcomes[by]["lowered" if approved is not None and approved < asked else "approved"] += 1
            count, total = issued.get(by, (0, 0))
            issued[by] = (count + 1, total + int(approved if approved is not None else asked))

        granted = {
            cid: (int(n), int(total or 0))
            for cid, n, total in s.execute(
                select(
                    CreditGrant.customer_id, func.count(CreditGrant.id), func.sum(CreditGrant.amount_minor)
                )
                .where(CreditGrant.customer_id.in_(customer_ids), CreditGrant.currency == currency)
                .group_by(CreditGrant.customer_id)
            )
        }
        today = credit.today(settings, now)
        balances = {
            cid: credit.spendable(s, cid, today).get(currency, Money.zero(currency)) for cid in customer_ids
        }

        result: dict[int, RequestContext] = {}
        for r in requests:
            n_issued, total_issued = issued.get(r.requested_by_id, (0, 0))
            outcome = outcomes.get(r.requested_by_id, {})
            n_grants, total_granted = granted.get(r.customer_id, (0, 0))
            result[r.id] = RequestContext(
                request_id=r.id,
                requested_at=r.requested_at,
                expires_at=r.expires_at,
                affected_value=Money(int(values.get(r.case_id) or 0), r.currency),
                suggested=_suggested(proposals.get(r.case_id), r.remedy, r.currency),
                agent=AgentHistory(
                    n_issued,
                    Money(total_issued, currency),
                    outcome.get("approved", 0),
                    outcome.get("lowered", 0),
                    outcome.get("rejected", 0),
                ),
                customer=CustomerHistory(n_grants, Money(total_granted, currency), balances[r.customer_id]),
            )
        return result
