"""The demo's cases on recent orders: every kind, channel and status, with their opening, status and note
events."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.business_hours import due_dates
from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants, EventType
from app.domain.text import phone_forms, search_document
from app.services.demo.data import SUMMARIES
from app.services.settings import load_settings
from app.store.models import Case, CaseEvent, CaseLine, Customer, Order, User


def add_cases(
    s: Session, rng: random.Random, orders: list[Order], users: list[User], n: int, now: datetime
) -> int:
    settings = load_settings(s)
    kinds, channels, statuses = list(CaseKind), list(Channel), list(CaseStatus)
    recent = sorted(orders, key=lambda o: o.placed_at)[-600:]
    chosen = rng.sample(recent, n)
    agent, supervisor = users[0], users[1]
    customers = {
        c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_({o.customer_id for o in chosen})))
    }
    for i, order in enumerate(chosen):
        kind, channel, status = (
            kinds[i % len(kinds)],
            channels[i % len(channels)],
            statuses[i % len(statuses)],
        )
        opened = max(
            order.placed_at + timedelta(days=rng.randint(3, 20)), now - timedelta(days=rng.randint(0, 60))
        )
        opened = min(opened, now - timedelta(hours=rng.randint(1, 72)))
        first_due, res_due = due_dates(opened, channel, kind, settings)
        if order.customer_id is None:
            raise ValueError(f"demo order {order.number} has no customer")
        cust = customers[order.customer_id]
        summary = rng.choice(SUMMARIES[kind])
        case = Case(
            customer_id=cust.id,
            order_id=order.id,
            kind=kind.value,
            channel=channel.value,
            status=status.value,
            wants=rng.choice(list(CustomerWants)).value,
            summary=summary,
            description="" if rng.random() < 0.4 else f"{summary}. Il cliente ha mandato una foto.",
            owner_id=(agent if rng.random() < 0.7 else supervisor).id,
            created_by_id=agent.id,
            updated_by_id=agent.id,
            created_at=opened,
            updated_at=opened,
            first_answer_due=first_due,
            resolution_due=res_due,
            currency=order.currency,
        )
        line = order.lines[0]
        case.lines.append(CaseLine(order_line_id=line.id, quantity=line.quantity))
        if status != CaseStatus.NEW:
            case.first_answered_at = opened + timedelta(minutes=rng.randint(10, 300))
        if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            case.resolved_at = resolved = opened + timedelta(hours=rng.randint(2, 60))
            if status == CaseStatus.CLOSED:
                case.closed_at = resolved + timedelta(days=1)
        if status == CaseStatus.AWAITING_CUSTOMER:
            case.paused_at = opened + timedelta(minutes=30)  # the status event below
        s.add(case)
        s.flush()
        case.search_text = search_document(
            str(case.id),
            cust.first_name,
            cust.last_name,
            cust.email,
            cust.phone,
            phone_forms(cust.phone),
            order.number,
            case.summary,
            case.description,
        )
        s.add(
            CaseEvent(
                case_id=case.id,
                at=opened,
                actor_id=agent.id,
                type=EventType.OPENED.value,
                text=summary,
                data={"channel": channel.value, "kind": kind.value},
            )
        )
        if status != CaseStatus.NEW:
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=opened + timedelta(minutes=30),
                    actor_id=agent.id,
                    type=EventType.STATUS.value,
                    text="",
                    data={"from": CaseStatus.NEW.value, "to": status.value},
                )
            )
        if rng.random() < 0.5:
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=opened + timedelta(minutes=5),
                    actor_id=agent.id,
                    type=EventType.NOTE.value,
                    text="Chiamata richiamata, cliente gentile.",
                    internal=True,
                )
            )
    s.flush()
    return n
