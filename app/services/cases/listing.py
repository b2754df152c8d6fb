"""The case list: one page of cases by filter and sort (:func:`list_cases`) and how many match
(:func:`count_cases`); the inbox's lines are built by :func:`app.services.case_rows.case_row`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, UnaryExpression, func, or_, select

from app.domain.business_hours import (
    calendar_from_settings,
)
from app.domain.case_status import OPEN_STATUSES, RUNNING_STATUSES
from app.domain.enums import CaseKind, CaseStatus, Channel, parse_enum
from app.domain.permissions import Permission
from app.domain.ranges import id_in
from app.errors import ValidationError
from app.services.case_rows import CaseFilter, CaseRow, case_row
from app.services.context import ServiceContext
from app.services.search import search_clause
from app.services.settings import load_settings
from app.store.models import Case, Customer, Order, User

SORTS = {
    "id": Case.id,
    "created": Case.created_at,
    "due": Case.resolution_due,
    "status": Case.status,
    "kind": Case.kind,
    "channel": Case.channel,
}


def _filtered(ctx: ServiceContext, flt: CaseFilter) -> Select[int]:
    stmt = select(Case.id)
    if flt.statuses:
        stmt = stmt.where(Case.status.in_([parse_enum(CaseStatus, s, "status").value for s in flt.statuses]))
    if flt.open_only:
        stmt = stmt.where(Case.status.in_([s.value for s in OPEN_STATUSES]))
    if flt.kinds:
        stmt = stmt.where(Case.kind.in_([parse_enum(CaseKind, k, "case kind").value for k in flt.kinds]))
    if flt.channels:
        stmt = stmt.where(Case.channel.in_([parse_enum(Channel, c, "channel").value for c in flt.channels]))
    if flt.mine:
        stmt = stmt.where(Case.owner_id == ctx.actor.id)
    if flt.unassigned:
        stmt = stmt.where(Case.owner_id.is_(None))
    if flt.customer_id is not None:
        stmt = stmt.where(Case.customer_id == flt.customer_id)
    if flt.overdue:
        stmt = stmt.where(
            Case.status.in_([s.value for s in RUNNING_STATUSES]), Case.resolution_due < ctx.now()
        )
    clause = search_clause(ctx.db.dialect, "cases", Case.id, Case.search_text, flt.search)
    if clause is not None:
        number = flt.search.strip().lstrip("#")
        if id_in(number) is not None:
            clause = or_(clause, Case.id == id_in(number))  # "case 74" is found by its number too
        stmt = stmt.where(clause)
    return stmt


def list_cases(
    ctx: ServiceContext,
    flt: CaseFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: str = "id",
    descending: bool = True,
) -> list[CaseRow]:
    """One page of cases, newest first by default."""
    ctx.require(Permission.CASE_READ)
    flt = flt or CaseFilter()
    if limit < 1 or limit > 10_000:
        raise ValidationError("The limit must be between 1 and 10000.")
    if sort not in SORTS:
        raise ValidationError(
            "Cannot sort by {sort}; choose one of: {choices}.", sort=sort, choices=", ".join(SORTS)
        )
    key = SORTS[sort]
    order: list[UnaryExpression[Any]] = [key.desc() if descending else key.asc()]  # columns of any type
    if sort != "id":
        order.append(Case.id.desc() if descending else Case.id.asc())
    with ctx.db.read() as s:
        ids = _filtered(ctx, flt).order_by(*order).limit(limit).offset(max(0, offset)).subquery()
        # the columns a line shows, not whole cases: no case objects to build, and no search text or description
        # read for fifty lines that do not show them
        stmt = (
            select(
                Case.id,
                Case.kind,
                Case.channel,
                Case.status,
                Case.summary,
                Case.created_at,
                Case.first_answer_due,
                Case.resolution_due,
                Case.amount_minor,
                Case.currency,
                Case.paused_at,
                Customer.first_name,
                Customer.last_name,
                Customer.email,
                Order.number,
                User.display_name,
            )
            .join(ids, ids.c.id == Case.id)
            .join(Customer, Customer.id == Case.customer_id)
            .outerjoin(Order, Order.id == Case.order_id)
            .outerjoin(User, User.id == Case.owner_id)
            .order_by(*order)
        )
        now = ctx.now()
        calendar = calendar_from_settings(load_settings(s))
        rows = []
        for row in s.execute(stmt):
            rows.append(
                case_row(
                    id=row.id,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    email=row.email,
                    order_number=row.number,
                    kind=row.kind,
                    channel=row.channel,
                    status=row.status,
                    owner=row.display_name,
                    summary=row.summary,
                    created_at=row.created_at,
                    first_answer_due=row.first_answer_due,
                    resolution_due=row.resolution_due,
                    amount_minor=row.amount_minor,
                    currency=row.currency,
                    now=now,
                    paused_at=row.paused_at,
                    calendar=calendar,
                )
            )
        return rows


def count_cases(ctx: ServiceContext, flt: CaseFilter | None = None) -> int:
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        sub = _filtered(ctx, flt or CaseFilter()).subquery()
        return int(s.scalar(select(func.count()).select_from(sub)) or 0)
