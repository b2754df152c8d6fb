"""Changing a case in its own transaction: a note, an event, a status move, an edit.

Two agents editing one case never overwrite each other silently: every change names the version the agent
saw, and a stale version is refused with who changed the case and when (:mod:`app.services.case_records`).
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants, EventType, parse_enum
from app.domain.permissions import Permission
from app.errors import ValidationError
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
from app.services.cases.detail import CaseDetail, EventInfo, load_case
from app.services.cases.opening import (
    MAX_DESCRIPTION,
    case_search_text,
    check_long,
    check_summary,
    user_id_of,
)
from app.services.context import ServiceContext
from app.services.remedies import record_proposal
from app.services.retry import retried
from app.store.models import User

MAX_NOTE = 20_000


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
        record_event(s, case, ctx.actor.id, type_, text, at=ctx.now(), internal=internal, data=data)


@retried
def add_note(ctx: ServiceContext, case_id: int, text: str, *, internal: bool = True) -> EventInfo:
    """An agent's note on the timeline; internal notes never reach the customer's or courier's paper."""
    ctx.require(Permission.CASE_WRITE)
    body = check_long(text, MAX_NOTE, "note")
    if not body:
        raise ValidationError("The note is empty.")
    with ctx.db.write() as s:
        case = get_case_row(s, case_id)
        event = record_event(s, case, ctx.actor.id, EventType.NOTE, body, at=ctx.now(), internal=internal)
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
        case, now = get_case_for_update(s, case_id), ctx.now()
        check_version(case, expected_version)
        apply_status(s, case, target_, ctx.actor.id, reason, now=now)
        if target_ == CaseStatus.PROPOSED:  # after the move on the timeline; its figures in the move's UPDATE
            with s.no_autoflush:
                record_proposal(s, case, ctx.actor.id, now=now, on_case=True)
        flush_versioned(s, case)
        return load_case(s, case.id, now)


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
        case, now = get_case_for_update(s, case_id), ctx.now()
        check_version(case, expected_version)
        changed: dict[str, Any] = {}
        if summary is not None:
            changed["summary"] = check_summary(summary)
        if description is not None:
            changed["description"] = check_long(description, MAX_DESCRIPTION, "description")
        if kind is not None:
            changed["kind"] = parse_enum(CaseKind, kind, "case kind").value
        if channel is not None:
            changed["channel"] = parse_enum(Channel, channel, "channel").value
        if wants is not None:
            changed["wants"] = parse_enum(CustomerWants, wants, "wish").value
        if owner is not None:
            changed["owner_id"] = user_id_of(s, owner)
        changed = {k: v for k, v in changed.items() if getattr(case, k) != v}
        if not changed:
            return load_case(s, case.id, now)
        owner_before = case.owner
        if "owner_id" in changed:  # an assignment: its rule and its own timeline entry (issue 17)
            check_assign(ctx, case, owner_before.display_name if owner_before else None, changed["owner_id"])
        for key, value in changed.items():
            setattr(case, key, value)
        touch(case, ctx.actor.id, now)
        case.search_text = case_search_text(case, case.customer, case.order)
        if "owner_id" in changed:
            case.owner = s.get(User, changed.pop("owner_id"))  # the relationship too, or it would undo the id
            record_assignment(s, case, ctx.actor.id, owner_before, case.owner, now)
        if changed:
            record_event(
                s,
                case,
                ctx.actor.id,
                EventType.EDITED,
                ", ".join(sorted(changed)),
                at=now,
                data={"fields": sorted(changed)},
            )
        flush_versioned(s, case)
        return load_case(s, case.id, now)
