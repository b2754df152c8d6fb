"""Opening a case from an order (or for a customer without one): its affected lines, deadlines and first event;
the checks of a case's words and what it is found by (:func:`case_search_text`), shared with editing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.business_hours import (
    due_dates,
    is_peak,
)
from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants, EventType, parse_enum
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.remedies.deadlines import severity_factor
from app.domain.remedies.registry import cost_settings
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text, phone_forms, search_document
from app.errors import NotFound, ValidationError
from app.services.cases.detail import CaseDetail, detail_of
from app.services.context import ServiceContext, acting_user
from app.services.orders import find_order
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import Case, CaseEvent, CaseLine, Customer, Order, OrderLine, User

MAX_SUMMARY = 500


MAX_DESCRIPTION = 20_000


def check_summary(summary: str) -> str:
    """The summary cleaned, refused when empty or too long (opening and editing a case)."""
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


def check_long(text: str | None, limit: int, what: str) -> str:
    """A longer text cleaned, refused above ``limit`` characters."""
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
    summary_ = check_summary(summary)
    description_ = check_long(description, MAX_DESCRIPTION, "description")
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
        owner_id = user_id_of(s, owner) if owner else ctx.actor.id
        now = ctx.now()
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
        return detail_of(case, settings, now)


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


def user_id_of(s: Session, username: str) -> int:
    """The id of the user named ``username`` (case ignored); unknown is :class:`~app.errors.NotFound`."""
    me = acting_user(s)  # opening a case for oneself: the row read at the start of this write
    if me is not None and me.username.lower() == username.strip().lower():
        return int(me.id)
    uid = s.scalar(select(User.id).where(func.lower(User.username) == username.strip().lower()))
    if uid is None:
        raise NotFound("Unknown user: {name}", name=username)
    return uid
