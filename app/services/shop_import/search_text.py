"""When a customer's name, e-mail or phone changes, the ``search_text`` of their orders and cases follows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.domain.text import search_document
from app.services.cases import case_search_text
from app.store.base import table_of
from app.store.models import Case, Customer, Order


def refresh_search_text(s: Session, customer_ids: Iterable[int]) -> None:
    """Recompute the ``search_text`` of the orders and cases of customers whose name, e-mail or phone changed."""
    ids = list(customer_ids)
    people = {
        r.id: r
        for r in s.execute(
            select(
                Customer.id, Customer.first_name, Customer.last_name, Customer.email, Customer.phone
            ).where(Customer.id.in_(ids))
        )
    }
    orders = [
        {
            "_id": oid,
            "text": search_document(number, people[cid].first_name, people[cid].last_name, people[cid].email),
        }
        for oid, number, cid in s.execute(
            select(Order.id, Order.number, Order.customer_id).where(Order.customer_id.in_(ids))
        )
    ]
    if orders:
        t = table_of(Order)
        s.connection().execute(
            update(t).where(t.c.id == bindparam("_id")).values(search_text=bindparam("text")), orders
        )
    cases = []
    for case_id, summary, description, cid, number in s.execute(
        select(Case.id, Case.summary, Case.description, Case.customer_id, Order.number)
        .outerjoin(Order, Order.id == Case.order_id)
        .where(Case.customer_id.in_(ids))
    ):
        case = _CaseText(summary, description)
        order = _OrderText(number) if number is not None else None
        cases.append({"_id": case_id, "text": case_search_text(case, people[cid], order)})
    if cases:
        t = table_of(Case)
        s.connection().execute(
            update(t).where(t.c.id == bindparam("_id")).values(search_text=bindparam("text")), cases
        )


@dataclass(frozen=True)
class _CaseText:
    summary: str
    description: str


@dataclass(frozen=True)
class _OrderText:
    number: str
