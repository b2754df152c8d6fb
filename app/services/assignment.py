"""Who works on which case (issue 17): *Assign to me*, reassigning (supervisors), several cases at once.

The rule lives here and in :func:`check_assign`, which :func:`app.services.cases.update_case` also asks, so the
window, the command line and any script follow it: an agent may take a case nobody owns (or keep their own);
giving a case to someone else, or taking a colleague's, is for those who may reassign (supervisors and admins).
Every assignment is an ``assigned`` entry on the case's timeline, saying from whom to whom.

Cases are locked in id order (the lock order of ``docs/locking.md``: cases first), so two supervisors assigning
overlapping selections never deadlock; a selection is all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import EventType
from app.domain.permissions import Permission
from app.domain.ranges import check_id
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.case_records import flush_versioned, get_case_for_update, record_event, touch
from app.services.context import ServiceContext
from app.services.retry import retried
from app.store.models import Case, User

MAX_CASES = 500


def may_reassign(ctx: ServiceContext) -> bool:
    """Supervisors and admins may give any case to anyone (the permission to approve goes with the role)."""
    return ctx.actor.can(Permission.APPROVE)


def check_assign(ctx: ServiceContext, case: Case, owner_before: str | None, new_owner_id: int | None) -> None:
    """Refuse an assignment the actor may not make (see the module's rule)."""
    if may_reassign(ctx) or case.owner_id == new_owner_id:
        return
    if new_owner_id != ctx.actor.id:
        raise PermissionDenied("Only a supervisor can give case {id} to someone else.", id=case.id)
    if case.owner_id is not None:
        raise PermissionDenied(
            "Case {id} belongs to {owner}: only a supervisor can reassign it.",
            id=case.id,
            owner=owner_before or "",
        )


def record_assignment(
    s: Session, case: Case, actor_id: int, before: User | None, after: User | None, now: datetime
) -> None:
    """The timeline entry of an owner change at ``now``: who had it, who has it now."""
    record_event(
        s,
        case,
        actor_id,
        EventType.ASSIGNED,
        f"{before.display_name if before else '–'} → {after.display_name if after else '–'}",
        at=now,
        data={
            "from": before.username if before else None,
            "to": after.username if after else None,
            "from_id": before.id if before else None,
            "to_id": after.id if after else None,
        },
    )


def _user(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None or not user.active:
        raise NotFound("Unknown user: {name}", name=username)
    return user


@retried
def assign(ctx: ServiceContext, case_ids: Sequence[int], username: str | None = None) -> list[int]:
    """Give ``case_ids`` to ``username`` (``None``: to the acting user; ``""``: to nobody, supervisors only).
    Returns the ids that changed owner; cases already theirs are left as they are (no timeline entry)."""
    ctx.require(Permission.CASE_WRITE)
    ids = sorted({check_id(i, "There is no case {id}.") for i in case_ids})
    if not ids:
        raise ValidationError("Choose at least one case.")
    if len(ids) > MAX_CASES:
        raise ValidationError("At most {n} cases at once.", n=MAX_CASES)
    changed: list[int] = []
    with ctx.db.write() as s:
        now = ctx.now()
        if username is None:
            target: User | None = s.get(User, ctx.actor.id)
        elif username.strip() == "":
            if not may_reassign(ctx):
                raise PermissionDenied("Only a supervisor can leave a case without an owner.")
            target = None
        else:
            target = _user(s, username)
        target_id = target.id if target is not None else None
        for case_id in ids:
            case = get_case_for_update(s, case_id)
            before = s.get(User, case.owner_id) if case.owner_id is not None else None
            check_assign(ctx, case, before.display_name if before else None, target_id)
            if case.owner_id == target_id:
                continue
            case.owner = target
            touch(case, ctx.actor.id, now)
            record_assignment(s, case, ctx.actor.id, before, target, now)
            flush_versioned(s, case)
            changed.append(case_id)
    return changed


def assign_to_me(ctx: ServiceContext, case_ids: Sequence[int]) -> list[int]:
    """*Assign to me*: take the cases (nobody's, or — for a supervisor — anyone's)."""
    return assign(ctx, case_ids, None)
