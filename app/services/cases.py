"""Cases: open one from an order, read it with its timeline, list and search, note, move its status, edit safely.

Two agents editing one case never overwrite each other silently: every change names the version the agent
saw, and a stale version is refused with who changed the case and when.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import Select, UnaryExpression, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.domain.business_hours import (
    calendar_from_settings,
    due_dates,
    is_peak,
    remaining_when_paused,
)
from app.domain.case_status import OPEN_STATUSES, RUNNING_STATUSES
from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants, EventType, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import id_in, is_id
from app.domain.remedies.deadlines import severity_factor
from app.domain.remedies.registry import cost_settings
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text, phone_forms, search_document
from app.errors import NotFound, ValidationError
from app.services.assignment import check_assign, record_assignment
from app.services.case_records import (
    apply_status,
    check_version,
    flush_versioned,
    get_case_for_update,
    get_case_row,
    record_event,
    touch,
)
from app.services.case_rows import CaseFilter, CaseRow, case_row
from app.services.context import ServiceContext, acting_user
from app.services.orders import find_order, normalize_order_number
from app.services.remedies import record_proposal
from app.services.retry import retried
from app.services.search import search_clause
from app.services.settings import load_settings
from app.store.models import Case, CaseEvent, CaseLine, Customer, Order, OrderLine, User
from app.store.types import utcnow

MAX_SUMMARY = 500
MAX_DESCRIPTION = 20_000
MAX_NOTE = 20_000


@dataclass(frozen=True)
class EventInfo:
    id: int
    at: datetime
    actor: str | None
    type: str
    text: str
    internal: bool
    data: dict[str, Any] | None


@dataclass(frozen=True)
class CaseLineInfo:
    """An affected line: ``quantity`` pieces of the ``ordered`` ones ("one of the two bowls broke"); every remedy
    is computed on ``quantity``."""

    order_line_id: int
    sku: str
    name: str
    variant: str
    quantity: int
    unit_price: Money
    ordered: int = 0


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    kind: CaseKind
    channel: Channel
    status: CaseStatus
    wants: CustomerWants
    summary: str
    description: str
    customer_id: int
    customer_name: str
    customer_email: str | None
    customer_phone: str | None
    customer_language: str
    order_id: int | None
    order_number: str | None
    order_placed_at: datetime | None
    order_total: Money | None
    promised_by: Any
    owner: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    first_answer_due: datetime | None
    resolution_due: datetime | None
    first_answered_at: datetime | None
    resolved_at: datetime | None
    remedy: str | None
    amount: Money | None
    currency: str
    lines: tuple[CaseLineInfo, ...]
    events: tuple[EventInfo, ...] = field(default_factory=tuple)
    #: Waiting for the customer since ``paused_at``: the deadline clock stands still and ``remaining`` is the
    #: business time the case still has (negative: already late when paused); ``None`` while the clock runs.
    paused_at: datetime | None = None
    remaining: timedelta | None = None
    #: The shop's time zone (IANA name), in which deadlines and the timeline are read.
    timezone: str = "UTC"

    @property
    def paused(self) -> bool:
        return self.status is CaseStatus.AWAITING_CUSTOMER

    @property
    def affected_value(self) -> Money:
        total = Money.zero(self.currency)
        for line in self.lines:
            total = total + line.unit_price.times(line.quantity)
        return total


def _check_summary(summary: str) -> str:
    text = clean_text(summary)
    if not text:
        raise ValidationError("The summary is empty: say in a few words what went wrong.")
    if len(text) > MAX_SUMMARY:
        raise ValidationError(
            "The summary is {n} characters long; keep it under {max} and put the rest in the description.",
            n=len(text),
            max=MAX_SUMMARY,
        )
    return text


def _check_long(text: str | None, limit: int, what: str) -> str:
    value = clean_text(text)
    if len(value) > limit:
        raise ValidationError(
            "The {what} is too long ({n} characters, at most {max}).", what=what, n=len(value), max=limit
        )
    return value


class CaseWords(Protocol):
    """What :func:`case_search_text` reads of a case (a ``Case``, or just its two columns)."""

    @property
    def summary(self) -> str: ...
    @property
    def description(self) -> str: ...


class PersonWords(Protocol):
    """What it reads of the customer."""

    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def email(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...


class OrderWords(Protocol):
    """What it reads of the order."""

    @property
    def number(self) -> str: ...


def case_search_text(case: CaseWords, customer: PersonWords, order: OrderWords | None) -> str:
    """What a case is found by: the customer's name, e-mail and phone, the order number, the case's words."""
    return search_document(
        customer.first_name,
        customer.last_name,
        customer.email,
        customer.phone,
        phone_forms(customer.phone),
        order.number if order else "",
        case.summary,
        case.description[:2000],
    )


@retried
def open_case(
    ctx: ServiceContext,
    *,
    kind: str,
    channel: str,
    summary: str,
    order_number: str | None = None,
    customer_id: int | None = None,
    skus: list[str] | None = None,
    order_line_ids: list[int] | None = None,
    line_quantities: Mapping[int, int] | None = None,
    wants: str = "unknown",
    description: str = "",
    owner: str | None = None,
) -> CaseDetail:
    """Open a case for an order (or a customer without an order); returns it with its first event.

    Affected lines: ``skus`` (``SKU`` for the whole line, ``SKU:QTY`` for some of its pieces) and/or
    ``order_line_ids`` with ``line_quantities`` (line id → pieces affected; the whole line when not given)."""
    ctx.require(Permission.CASE_WRITE)
    kind_ = parse_enum(CaseKind, kind, "case kind")
    channel_ = parse_enum(Channel, channel, "channel")
    wants_ = parse_enum(CustomerWants, wants or "unknown", "wish")
    summary_ = _check_summary(summary)
    description_ = _check_long(description, MAX_DESCRIPTION, "description")
    with ctx.db.write() as s:
        settings = load_settings(s)
        order: Order | None = None
        if order_number:
            order = find_order(s, order_number)
            customer = order.customer
            if customer is None:
                raise ValidationError(
                    "Order {number} has no customer; add the customer first.", number=order.number
                )
        elif customer_id is not None:
            customer = s.get(Customer, customer_id) if is_id(customer_id) else None
            if customer is None:
                raise NotFound("There is no customer with id {id}.", id=customer_id)
        else:
            raise ValidationError("Say which order (or customer) the case is about.")
        owner_id = _user_id(s, owner) if owner else ctx.actor.id
        now = utcnow()
        first_due, resolution_due = due_dates(
            now, channel_, kind_, settings, _season_factor(settings, kind_, order, now)
        )
        case = Case(
            customer_id=customer.id,
            order_id=order.id if order else None,
            kind=kind_.value,
            channel=channel_.value,
            status=CaseStatus.NEW.value,
            wants=wants_.value,
            summary=summary_,
            description=description_,
            owner_id=owner_id,
            created_by_id=ctx.actor.id,
            updated_by_id=ctx.actor.id,
            created_at=now,
            updated_at=now,
            first_answer_due=first_due,
            resolution_due=resolution_due,
            currency=order.currency if order else settings.currency,
        )
        case.lines = _case_lines(order, skus or [], order_line_ids or [], line_quantities or {})
        case.customer, case.order = customer, order
        case.owner = s.get(User, owner_id)
        case.updated_by = s.get(User, ctx.actor.id)
        case.search_text = case_search_text(case, customer, order)
        case.events = [
            CaseEvent(
                at=now,
                actor_id=ctx.actor.id,
                type=EventType.OPENED.value,
                text=summary_,
                data={"channel": channel_.value, "kind": kind_.value},
            )
        ]
        if owner_id != ctx.actor.id and case.owner is not None:  # opened for a colleague: an assignment
            case.events.append(
                CaseEvent(
                    at=now,
                    actor_id=ctx.actor.id,
                    type=EventType.ASSIGNED.value,
                    text=f"– → {case.owner.display_name}",
                    data={"from": None, "to": case.owner.username, "from_id": None, "to_id": owner_id},
                )
            )
        s.add(case)
        s.flush()
        return _detail_of(case, settings)


def _season_factor(settings: ShopSettings, kind: CaseKind, order: Order | None, now: datetime) -> Decimal:
    """Shorter deadlines in the peak season (counted once) and after a missed promised date (on top)."""
    tz = settings["shop.timezone"]
    today = now.astimezone(tz).date()
    core_peak = settings["sla.peak_factor"] < 1 and is_peak(
        today, settings["sla.peak_from"], settings["sla.peak_to"]
    )
    return severity_factor(
        kind,
        order.placed_at.astimezone(tz).date() if order else None,
        order.promised_by if order else None,
        order.delivered_at.astimezone(tz).date() if order and order.delivered_at else None,
        today,
        cost_settings(settings.raw),
        core_peak,
    )


def _case_lines(
    order: Order | None, skus: list[str], line_ids: list[int], quantities: Mapping[int, int]
) -> list[CaseLine]:
    """The affected lines with the pieces affected of each: all of a line unless a quantity is given, which must be
    a whole number from 1 to what was ordered."""
    if not skus and not line_ids:
        return []
    if order is None:
        raise ValidationError("Affected lines need an order.")
    by_id = {line.id: line for line in order.lines}
    chosen: dict[int, int] = {}
    for line_id in line_ids:
        if line_id not in by_id:
            raise ValidationError("Line {id} is not part of order {number}.", id=line_id, number=order.number)
        line = by_id[line_id]
        wanted = quantities.get(line_id)
        chosen[line_id] = (
            line.quantity if wanted is None else _affected(line.sku or line.name, wanted, line.quantity)
        )
    for ref in skus:
        matches, pieces = _lines_of(order, ref)
        if pieces is None:
            for line in matches:
                chosen[line.id] = line.quantity
            continue
        # "SKU:2" over several lines of one SKU: the first lines take the pieces, as far as they go
        left = _affected(matches[0].sku, pieces, sum(line.quantity for line in matches))
        for line in matches:
            take = min(left, line.quantity)
            if take:
                chosen[line.id] = take
            left -= take
    return [CaseLine(order_line=by_id[line_id], quantity=qty) for line_id, qty in chosen.items()]


def _lines_of(order: Order, ref: str) -> tuple[list[OrderLine], int | None]:
    """The order lines ``ref`` names — ``SKU`` or ``SKU:QTY`` — and the pieces asked (``None``: all of them)."""
    text = ref.strip()

    def matching(sku: str) -> list[OrderLine]:
        return [line for line in order.lines if line.sku.casefold() == sku.strip().casefold()]

    matches = matching(text)
    if matches:
        return matches, None
    sku, sep, qty = text.rpartition(":")
    if sep and sku.strip():
        if not re.fullmatch(r"[+-]?\d{1,12}", qty.strip()):
            raise ValidationError(
                "Write an affected line as SKU or SKU:QUANTITY (e.g. CER-BOWL-S:1), not {value}.", value=text
            )
        matches = matching(sku)
        if matches:
            return matches, int(qty)
        text = sku.strip()
    known = ", ".join(line.sku for line in order.lines if line.sku) or "-"
    raise ValidationError(
        "Order {number} has no line with SKU {sku} (it has: {known}).",
        number=order.number,
        sku=text,
        known=known,
    )


def _affected(what: str, wanted: int, ordered: int) -> int:
    if not isinstance(wanted, int) or isinstance(wanted, bool) or not 1 <= wanted <= ordered:
        raise ValidationError(
            "{line}: the pieces affected must be a whole number from 1 to {ordered} (the order "
            "has {ordered}), not {value}.",
            line=what,
            ordered=ordered,
            value=wanted,
        )
    return wanted


def _user_id(s: Session, username: str) -> int:
    me = acting_user(s)  # opening a case for oneself: the row read at the start of this write
    if me is not None and me.username.lower() == username.strip().lower():
        return int(me.id)
    uid = s.scalar(select(User.id).where(func.lower(User.username) == username.strip().lower()))
    if uid is None:
        raise NotFound("Unknown user: {name}", name=username)
    return uid


@retried
def add_event(
    ctx: ServiceContext,
    case_id: int,
    type_: EventType,
    text: str = "",
    *,
    internal: bool = False,
    data: dict[str, Any] | None = None,
) -> None:
    """Record something that happened to a case (printed, mailed…) in its own transaction."""
    ctx.require(Permission.CASE_READ)
    with ctx.db.write() as s:
        case = get_case_row(s, case_id)
        record_event(s, case, ctx.actor.id, type_, text, internal=internal, data=data)


def load_case(s: Session, case_id: int) -> CaseDetail:
    """A case with its customer, order, lines and timeline, read inside the caller's transaction."""
    return _detail(s, case_id)


def _detail(s: Session, case_id: int) -> CaseDetail:
    if not is_id(case_id):
        raise NotFound("There is no case {id}.", id=case_id)
    case = s.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(
            joinedload(Case.customer),
            joinedload(Case.order),
            joinedload(Case.owner),
            joinedload(Case.updated_by),
            selectinload(Case.lines).joinedload(CaseLine.order_line),
            selectinload(Case.events).joinedload(CaseEvent.actor),
        )
    )
    if case is None:
        raise NotFound("There is no case {id}.", id=case_id)
    return _detail_of(case, load_settings(s))


def _detail_of(case: Case, settings: ShopSettings) -> CaseDetail:
    """The detail of a case whose customer, order, users, lines and events are loaded (or just created); the
    timeline in the order things happened (an event written later may tell of an earlier moment)."""
    order = case.order
    cur = case.currency
    cal = calendar_from_settings(settings)
    paused = case.status == CaseStatus.AWAITING_CUSTOMER.value
    remaining = None
    if paused and case.resolution_due is not None:
        remaining = remaining_when_paused(cal, case.resolution_due, case.paused_at or utcnow())
    return CaseDetail(
        id=case.id,
        version=case.version,
        kind=CaseKind(case.kind),
        channel=Channel(case.channel),
        status=CaseStatus(case.status),
        wants=CustomerWants(case.wants),
        summary=case.summary,
        description=case.description,
        customer_id=case.customer_id,
        customer_name=case.customer.name,
        customer_email=case.customer.email,
        customer_phone=case.customer.phone,
        customer_language=case.customer.language,
        order_id=case.order_id,
        order_number=order.number if order else None,
        order_placed_at=order.placed_at if order else None,
        order_total=Money(order.total_minor, order.currency) if order else None,
        promised_by=order.promised_by if order else None,
        owner=case.owner.display_name if case.owner else None,
        created_at=case.created_at,
        updated_at=case.updated_at,
        updated_by=case.updated_by.display_name if case.updated_by else None,
        first_answer_due=case.first_answer_due,
        resolution_due=case.resolution_due,
        first_answered_at=case.first_answered_at,
        resolved_at=case.resolved_at,
        remedy=case.remedy,
        amount=Money(case.amount_minor, cur) if case.amount_minor is not None else None,
        currency=cur,
        lines=tuple(
            CaseLineInfo(
                cl.order_line_id,
                cl.order_line.sku,
                cl.order_line.name,
                cl.order_line.variant,
                cl.quantity,
                Money(cl.order_line.unit_price_minor, cur),
                cl.order_line.quantity,
            )
            for cl in case.lines
        ),
        events=tuple(
            EventInfo(e.id, e.at, _actor_name(e), e.type, e.text, e.internal, e.data)
            for e in sorted(case.events, key=lambda e: (e.at, e.id or 0))
        ),
        paused_at=case.paused_at if paused else None,
        remaining=remaining,
        timezone=cal.tz.key,
    )


def _actor_name(event: CaseEvent) -> str | None:
    if event.actor_id is None:
        return None
    return event.actor.display_name if event.actor else None


def get_case(ctx: ServiceContext, case_id: int) -> CaseDetail:
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        return _detail(s, case_id)


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
            Case.status.in_([s.value for s in RUNNING_STATUSES]), Case.resolution_due < utcnow()
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
        stmt = (
            select(
                Case, Customer.first_name, Customer.last_name, Customer.email, Order.number, User.display_name
            )
            .join(ids, ids.c.id == Case.id)
            .join(Customer, Customer.id == Case.customer_id)
            .outerjoin(Order, Order.id == Case.order_id)
            .outerjoin(User, User.id == Case.owner_id)
            .order_by(*order)
        )
        now = utcnow()
        calendar = calendar_from_settings(load_settings(s))
        rows = []
        for case, first, last, email, number, owner in s.execute(stmt):
            rows.append(
                case_row(
                    id=case.id,
                    first_name=first,
                    last_name=last,
                    email=email,
                    order_number=number,
                    kind=case.kind,
                    channel=case.channel,
                    status=case.status,
                    owner=owner,
                    summary=case.summary,
                    created_at=case.created_at,
                    first_answer_due=case.first_answer_due,
                    resolution_due=case.resolution_due,
                    amount_minor=case.amount_minor,
                    currency=case.currency,
                    now=now,
                    paused_at=case.paused_at,
                    calendar=calendar,
                )
            )
        return rows


def count_cases(ctx: ServiceContext, flt: CaseFilter | None = None) -> int:
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        sub = _filtered(ctx, flt or CaseFilter()).subquery()
        return int(s.scalar(select(func.count()).select_from(sub)) or 0)


@retried
def add_note(ctx: ServiceContext, case_id: int, text: str, *, internal: bool = True) -> EventInfo:
    """An agent's note on the timeline; internal notes never reach the customer's or courier's paper."""
    ctx.require(Permission.CASE_WRITE)
    body = _check_long(text, MAX_NOTE, "note")
    if not body:
        raise ValidationError("The note is empty.")
    with ctx.db.write() as s:
        case = get_case_row(s, case_id)
        event = record_event(s, case, ctx.actor.id, EventType.NOTE, body, internal=internal)
        s.flush()
        return EventInfo(
            event.id, event.at, ctx.actor.display_name, event.type, event.text, event.internal, None
        )


@retried
def change_status(
    ctx: ServiceContext, case_id: int, target: str, *, expected_version: int | None = None, reason: str = ""
) -> CaseDetail:
    """Move a case along the state machine; deadlines pause while the case waits for the customer. Moving it to
    ``proposed`` is offering the remedies to the customer: the proposal is recorded then (opening a case is not)."""
    ctx.require(Permission.CASE_WRITE)
    target_ = parse_enum(CaseStatus, target, "status")
    with ctx.db.write() as s:
        case = get_case_for_update(s, case_id)
        check_version(case, expected_version)
        apply_status(s, case, target_, ctx.actor.id, reason)
        flush_versioned(s, case)
        if target_ == CaseStatus.PROPOSED:
            record_proposal(s, case, ctx.actor.id)
        return _detail(s, case.id)


@retried
def update_case(
    ctx: ServiceContext,
    case_id: int,
    *,
    expected_version: int,
    summary: str | None = None,
    description: str | None = None,
    kind: str | None = None,
    channel: str | None = None,
    wants: str | None = None,
    owner: str | None = None,
) -> CaseDetail:
    """Edit a case the agent has open; refused if someone saved it since (``expected_version`` is stale)."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.db.write() as s:
        case = get_case_for_update(s, case_id)
        check_version(case, expected_version)
        changed: dict[str, Any] = {}
        if summary is not None:
            changed["summary"] = _check_summary(summary)
        if description is not None:
            changed["description"] = _check_long(description, MAX_DESCRIPTION, "description")
        if kind is not None:
            changed["kind"] = parse_enum(CaseKind, kind, "case kind").value
        if channel is not None:
            changed["channel"] = parse_enum(Channel, channel, "channel").value
        if wants is not None:
            changed["wants"] = parse_enum(CustomerWants, wants, "wish").value
        if owner is not None:
            changed["owner_id"] = _user_id(s, owner)
        changed = {k: v for k, v in changed.items() if getattr(case, k) != v}
        if not changed:
            return _detail(s, case.id)
        owner_before = case.owner
        if "owner_id" in changed:  # an assignment: its rule and its own timeline entry (issue 17)
            check_assign(ctx, case, owner_before.display_name if owner_before else None, changed["owner_id"])
        for key, value in changed.items():
            setattr(case, key, value)
        touch(case, ctx.actor.id)
        case.search_text = case_search_text(case, case.customer, case.order)
        if "owner_id" in changed:
            case.owner = s.get(User, changed.pop("owner_id"))  # the relationship too, or it would undo the id
            record_assignment(s, case, ctx.actor.id, owner_before, case.owner)
        if changed:
            record_event(
                s,
                case,
                ctx.actor.id,
                EventType.EDITED,
                ", ".join(sorted(changed)),
                data={"fields": sorted(changed)},
            )
        flush_versioned(s, case)
        return _detail(s, case.id)


__all__ = [
    "CaseDetail",
    "CaseFilter",
    "CaseRow",
    "EventInfo",
    "add_event",
    "add_note",
    "change_status",
    "count_cases",
    "get_case",
    "list_cases",
    "normalize_order_number",
    "open_case",
    "update_case",
]
