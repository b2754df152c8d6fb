"""The demo's store credit: vouchers on resolved cases (some spent), one expired grant, and a pending approval
request on every case that awaits approval."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus, EventType, Remedy
from app.services import audit
from app.services.settings import load_settings, set_settings_unchecked
from app.store.models import Case, CaseEvent, Customer, User


def _asked(s: Session, case: Case, wished: int) -> tuple[Remedy, int]:
    """What an agent asks above their €25.00 on a demo case, within what may be asked (credit.max and
    credit.keep_cap_share of the item's price): keep-the-item credit where the item allows more than €25.00,
    else credit instead of a refund (the refund with its bonus), else an apology credit."""
    from app.domain.enums import Remedy
    from app.services.case_credit import cap_for

    settings = load_settings(s)
    for remedy in (Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND):
        cap = cap_for(s, case, remedy, settings)
        if cap is not None and cap.allowed.minor // 50 * 50 > 2500:
            return remedy, max(2550, min(wished, cap.allowed.minor // 50 * 50))
    return Remedy.GOODWILL_EXTRA, 3000


def add_credit(s: Session, rng: random.Random, users: list[User], now: datetime) -> None:
    """Store credit: vouchers on resolved cases (some spent on later orders), one expired grant, and a pending
    approval request on every case that awaits approval. Agent €25.00 per case and €100.00 a day, supervisor
    €250.00 per case."""
    from app.domain.enums import ApprovalStatus, EntryKind, GrantReason, Remedy
    from app.domain.money import Money
    from app.domain.vouchers import ALPHABET, check_symbol
    from app.store.models import ApprovalRequest, CreditEntry, CreditGrant

    set_settings_unchecked(
        s, {"limits.agent.case": "25.00", "limits.agent.daily": "100.00", "limits.supervisor.case": "250.00"}
    )
    agent = users[0]

    def code() -> str:
        data = "".join(rng.choice(ALPHABET) for _ in range(8))
        return data + check_symbol(data)

    def grant(
        customer_id: int,
        minor: int,
        at: datetime,
        expires: date,
        reason: GrantReason,
        ref: str | None,
        case_id: int | None,
        note: str = "",
    ) -> CreditGrant:
        g = CreditGrant(
            customer_id=customer_id,
            amount_minor=minor,
            currency="EUR",
            reason=reason.value,
            reason_ref=ref,
            case_id=case_id,
            expires_on=expires,
            code=code(),
            note=note,
            created_at=at,
            created_by_id=agent.id,
        )
        s.add(g)
        s.flush()
        s.add(
            CreditEntry(
                grant_id=g.id,
                kind=EntryKind.ISSUE.value,
                amount_minor=minor,
                currency="EUR",
                at=at,
                by_id=agent.id,
                note=note,
            )
        )
        audit.append(
            s,
            audit.Action.CREDIT_ISSUED,
            at=now,
            actor_id=agent.id,
            actor=agent.username,
            subject=f"grant {g.id}",
            data={
                "grant": g.id,
                "code": g.code,
                "customer": customer_id,
                "amount": Money(minor, "EUR").plain(),
                "currency": "EUR",
                "reason": reason.value,
                "ref": ref,
                "expires_on": expires.isoformat(),
            },
        )
        return g

    cases = list(s.scalars(select(Case).order_by(Case.id)))
    order_no = 5001
    for case in cases:
        if case.status in (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value) and rng.random() < 0.6:
            minor = rng.choice([500, 800, 1000, 1250, 1500, 2000])
            at = case.resolved_at or case.created_at
            g = grant(
                case.customer_id,
                minor,
                at,
                (at + timedelta(days=365)).date(),
                GrantReason.CASE,
                str(case.id),
                case.id,
            )
            case.remedy, case.amount_minor = Remedy.KEEP_AND_CREDIT.value, minor
            amount = {"amount": Money(minor, "EUR").plain(), "currency": "EUR"}
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.REMEDY_CHOSEN.value,
                    text=Remedy.KEEP_AND_CREDIT.value,
                    data={"remedy": Remedy.KEEP_AND_CREDIT.value, **amount},
                )
            )
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.CREDIT_ISSUED.value,
                    text=g.code,
                    data={"grant": g.id, "code": g.code, **amount},
                )
            )
            spent_at = at + timedelta(days=rng.randint(5, 40))
            if rng.random() < 0.4 and spent_at < now:
                spent = rng.randint(minor // 2, minor)
                total = -(-spent * 10 // 3) + rng.randint(0, 3000)  # the 30 % cap lets it through
                s.add(
                    CreditEntry(
                        grant_id=g.id,
                        kind=EntryKind.REDEEM.value,
                        amount_minor=-spent,
                        currency="EUR",
                        at=spent_at,
                        by_id=agent.id,
                        order_number=str(order_no),
                        order_total_minor=total,
                    )
                )
                audit.append(
                    s,
                    audit.Action.CREDIT_REDEEMED,
                    at=now,
                    actor_id=agent.id,
                    actor=agent.username,
                    subject=f"grant {g.id}",
                    data={
                        "grant": g.id,
                        "order": str(order_no),
                        "applied": Money(spent, "EUR").plain(),
                        "order_total": Money(total, "EUR").plain(),
                        "currency": "EUR",
                    },
                )
                order_no += 1
        elif case.status == CaseStatus.AWAITING_APPROVAL.value:
            remedy, minor = _asked(s, case, rng.choice([3000, 4000, 4500, 6000]))
            at = now - timedelta(hours=rng.randint(1, 30))
            case.remedy, case.amount_minor = remedy.value, minor
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.REMEDY_CHOSEN.value,
                    text=remedy.value,
                    data={"remedy": remedy.value, "amount": Money(minor, "EUR").plain(), "currency": "EUR"},
                )
            )
            req = ApprovalRequest(
                case_id=case.id,
                customer_id=case.customer_id,
                remedy=remedy.value,
                amount_minor=minor,
                currency="EUR",
                reason="Cliente abituale, pezzo unico rotto",
                why="case_limit",
                status=ApprovalStatus.PENDING.value,
                requested_by_id=agent.id,
                requested_at=at,
                expires_at=now + timedelta(days=3),
                decision_reason="",
            )
            s.add(req)
            s.flush()
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.APPROVAL_REQUESTED.value,
                    text=req.reason,
                    data={
                        "request": req.id,
                        "amount": Money(minor, "EUR").plain(),
                        "currency": "EUR",
                        "why": ["case_limit"],
                    },
                )
            )
    # A welcome credit nobody spent, expired a while ago.
    customer_id = s.execute(select(Customer.id).order_by(Customer.id).limit(1)).scalar_one()
    at = now - timedelta(days=420)
    expires = (now - timedelta(days=55)).date()
    g = grant(customer_id, 1000, at, expires, GrantReason.MANUAL, None, None, "Benvenuto")
    s.add(
        CreditEntry(
            grant_id=g.id,
            kind=EntryKind.EXPIRE.value,
            amount_minor=-1000,
            currency="EUR",
            at=datetime.combine(expires + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo),
            by_id=users[2].id,
        )
    )
    audit.append(
        s,
        audit.Action.CREDIT_EXPIRED,
        at=now,
        actor_id=users[2].id,
        actor=users[2].username,
        subject=f"as of {expires.isoformat()}",
        data={"as_of": (expires + timedelta(days=1)).isoformat(), "grants": 1, "totals": {"EUR": "10.00"}},
    )
    s.flush()
