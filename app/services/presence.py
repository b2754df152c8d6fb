"""Who else has a case open, and whether they are typing a note (issue 17).

Each workstation with a case open calls :func:`heartbeat_and_others` every :data:`HEARTBEAT_S` (and at once when
its agent starts or stops typing), one transaction that also answers who else is there; :func:`leave` when the case
is closed. A row not refreshed within :data:`EXPIRY_S` counts as nobody, so a workstation that crashed or lost the
network drops off by itself, and such rows are swept by the next heartbeat. Only arriving, leaving and typing are
announced on the change feed (the heartbeat that merely refreshes the time is not, see
:mod:`app.store.live_triggers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.permissions import Permission
from app.services.context import ServiceContext
from app.store.models import CasePresence, User

HEARTBEAT_S = 10
EXPIRY_S = 30


@dataclass(frozen=True, slots=True)
class Viewer:
    user_id: int
    name: str
    typing: bool


def heartbeat(ctx: ServiceContext, case_id: int, typing: bool = False) -> None:
    """This user has ``case_id`` open (and is typing a note, or not) as of now."""
    ctx.require(Permission.CASE_READ)
    with ctx.db.write() as s:
        _record(ctx, s, case_id, typing, ctx.now())


def others(ctx: ServiceContext, case_id: int) -> list[Viewer]:
    """Everyone but this user with ``case_id`` open within the expiry, by name."""
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        return _others(ctx, s, case_id, ctx.now())


def heartbeat_and_others(ctx: ServiceContext, case_id: int, typing: bool = False) -> list[Viewer]:
    """:func:`heartbeat`, then :func:`others`, in one transaction: what an open case does at every tick, so each
    workstation costs the database one round of work per case every :data:`HEARTBEAT_S`, not two."""
    ctx.require(Permission.CASE_READ)
    now = ctx.now()
    with ctx.db.write() as s:
        _record(ctx, s, case_id, typing, now)
        return _others(ctx, s, case_id, now)


def leave(ctx: ServiceContext, case_id: int) -> None:
    """This user closed ``case_id`` (or moved to another one)."""
    with ctx.db.write() as s:
        s.execute(
            delete(CasePresence).where(CasePresence.case_id == case_id, CasePresence.user_id == ctx.actor.id)
        )


def _record(ctx: ServiceContext, s: Session, case_id: int, typing: bool, now: datetime) -> None:
    stmt = ctx.db.insert(CasePresence).values(
        case_id=case_id, user_id=ctx.actor.id, typing=typing, seen_at=now
    )
    s.execute(
        stmt.on_conflict_do_update(
            index_elements=["case_id", "user_id"], set_={"typing": typing, "seen_at": now}
        )
    )
    s.execute(delete(CasePresence).where(CasePresence.seen_at < now - timedelta(seconds=EXPIRY_S * 4)))


def _others(ctx: ServiceContext, s: Session, case_id: int, now: datetime) -> list[Viewer]:
    since = now - timedelta(seconds=EXPIRY_S)
    rows = s.execute(
        select(CasePresence.user_id, User.display_name, CasePresence.typing)
        .join(User, User.id == CasePresence.user_id)
        .where(
            CasePresence.case_id == case_id,
            CasePresence.user_id != ctx.actor.id,
            CasePresence.seen_at >= since,
        )
        .order_by(User.display_name)
    ).all()
    return [Viewer(user_id, name, bool(typing)) for user_id, name, typing in rows]
