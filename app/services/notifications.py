"""What each user is told about without asking (issue 17): a case assigned to them, a customer's answer on their
case, their approval request decided, a request waiting (supervisors), their case's deadline near
(``notify.before_minutes``) and passed.

Why derived and stored: the facts are already in the database (the timeline, the requests, the deadlines); a
notification is one of them that this user has not been told yet. :func:`collect` finds the candidates since the
user's first collection (a first start does not bring up last year), skips the kinds the user muted and those
already in ``notifications`` — unique per user and key, so two workstations of one user, a restart or a retry
never tell the same thing twice — inserts the rest and returns them once, for the tray. The in-app list reads
:func:`recent`. Only when there is something new does :func:`collect` write.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.case_status import RUNNING_STATUSES
from app.domain.enums import ApprovalStatus, EventType
from app.domain.permissions import Permission
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.store.models import ApprovalRequest, Case, CaseEvent, Notification, NotifyMute, User

ASSIGNED, ANSWER, DECIDED, WAITING, DEADLINE_SOON, DEADLINE_BREACHED = (
    "assigned",
    "answer",
    "decided",
    "waiting",
    "deadline_soon",
    "deadline_breached",
)
KINDS = (ASSIGNED, ANSWER, DECIDED, WAITING, DEADLINE_SOON, DEADLINE_BREACHED)
_START = "start"  # the row that marks the user's first collection (never shown)
RECENT = 100


@dataclass(frozen=True, slots=True)
class NotificationInfo:
    """One notification. ``detail`` is the variable part the window words (a name, a status, an ISO time)."""

    id: int
    kind: str
    case_id: int | None
    detail: str
    created_at: datetime
    read: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: str
    kind: str
    case_id: int | None
    detail: str


def _since(s: Session, user_id: int) -> datetime | None:
    return s.scalar(
        select(Notification.created_at).where(Notification.user_id == user_id, Notification.key == _START)
    )


def _candidates(ctx: ServiceContext, s: Session, since: datetime, now: datetime) -> list[_Candidate]:
    me = ctx.actor.id
    out: list[_Candidate] = []
    actor = User.__table__.alias("actor")
    for kind, event_type in ((ASSIGNED, EventType.ASSIGNED), (ANSWER, EventType.CUSTOMER_ANSWER)):
        rows = s.execute(
            select(CaseEvent.id, CaseEvent.case_id, CaseEvent.text, actor.c.display_name)
            .join(Case, Case.id == CaseEvent.case_id)
            .outerjoin(actor, actor.c.id == CaseEvent.actor_id)
            .where(
                CaseEvent.type == event_type.value,
                Case.owner_id == me,
                CaseEvent.at >= since,
                (CaseEvent.actor_id != me) | CaseEvent.actor_id.is_(None),
            )
            .order_by(CaseEvent.id)
            .limit(RECENT)
        )
        for event_id, case_id, text, who in rows:
            out.append(
                _Candidate(
                    f"{kind}:{event_id}", kind, case_id, (who or "") if kind == ASSIGNED else text[:200]
                )
            )
    decided = s.execute(
        select(ApprovalRequest.id, ApprovalRequest.case_id, ApprovalRequest.status)
        .where(
            ApprovalRequest.requested_by_id == me,
            ApprovalRequest.decided_at >= since,
            ApprovalRequest.status.in_(
                [ApprovalStatus.APPROVED.value, ApprovalStatus.REJECTED.value, ApprovalStatus.EXPIRED.value]
            ),
        )
        .order_by(ApprovalRequest.id)
        .limit(RECENT)
    )
    out += [_Candidate(f"{DECIDED}:{rid}", DECIDED, case_id, status) for rid, case_id, status in decided]
    if ctx.actor.can(Permission.APPROVE):
        waiting = s.execute(
            select(ApprovalRequest.id, ApprovalRequest.case_id, User.display_name)
            .join(User, User.id == ApprovalRequest.requested_by_id)
            .where(
                ApprovalRequest.status == ApprovalStatus.PENDING.value,
                ApprovalRequest.requested_at >= since,
                ApprovalRequest.requested_by_id != me,
            )
            .order_by(ApprovalRequest.id)
            .limit(RECENT)
        )
        out += [_Candidate(f"{WAITING}:{rid}", WAITING, case_id, who) for rid, case_id, who in waiting]
    before = timedelta(minutes=int(load_settings(s)["notify.before_minutes"]))
    running = [st.value for st in RUNNING_STATUSES]
    due_rows = s.execute(
        select(Case.id, Case.resolution_due)
        .where(
            Case.owner_id == me,
            Case.status.in_(running),
            Case.resolution_due.is_not(None),
            Case.resolution_due <= now + before,
            Case.resolution_due >= since,
        )
        .order_by(Case.resolution_due)
        .limit(RECENT)
    )
    for case_id, due in due_rows:
        if due is None:  # not selected: the column may be empty, the query asks for a deadline
            continue
        stamp = due.strftime("%Y%m%d%H%M")
        if due <= now:
            out.append(
                _Candidate(
                    f"{DEADLINE_BREACHED}:{case_id}:{stamp}", DEADLINE_BREACHED, case_id, due.isoformat()
                )
            )
        elif before:
            out.append(
                _Candidate(f"{DEADLINE_SOON}:{case_id}:{stamp}", DEADLINE_SOON, case_id, due.isoformat())
            )
    return out


def _insert(ctx: ServiceContext, s: Session, values: dict[str, object]) -> int | None:
    stmt = (
        ctx.db.insert(Notification).values(**values).on_conflict_do_nothing(index_elements=["user_id", "key"])
    )
    return s.scalar(stmt.returning(Notification.id))


def collect(ctx: ServiceContext) -> list[NotificationInfo]:
    """The notifications this user has not had yet, recorded now and returned once (oldest first)."""
    ctx.require(Permission.CASE_READ)
    now = ctx.now()
    me = ctx.actor.id
    with ctx.db.read() as s:
        since = _since(s, me)
        if since is not None:
            candidates = _candidates(ctx, s, since, now)
            muted = set(s.scalars(select(NotifyMute.kind).where(NotifyMute.user_id == me)))
            known = (
                set(
                    s.scalars(
                        select(Notification.key).where(
                            Notification.user_id == me, Notification.key.in_([c.key for c in candidates])
                        )
                    )
                )
                if candidates
                else set()
            )
            fresh = [c for c in candidates if c.kind not in muted and c.key not in known]
    if since is None:  # the first collection: from now on
        with ctx.db.write() as s:
            _insert(
                ctx,
                s,
                dict(user_id=me, key=_START, kind=_START, case_id=None, text="", created_at=now, read_at=now),
            )
        return []
    if not fresh:
        return []
    made: list[NotificationInfo] = []
    with ctx.db.write() as s:
        for c in fresh:
            new_id = _insert(
                ctx,
                s,
                dict(
                    user_id=me,
                    key=c.key,
                    kind=c.kind,
                    case_id=c.case_id,
                    text=c.detail,
                    created_at=now,
                    read_at=None,
                ),
            )
            if new_id is not None:  # another workstation of this user may have been first
                made.append(NotificationInfo(new_id, c.kind, c.case_id, c.detail, now, False))
    return made


def recent(ctx: ServiceContext, limit: int = RECENT) -> list[NotificationInfo]:
    """The in-app list: this user's latest notifications, newest first."""
    with ctx.db.read() as s:
        rows = s.scalars(
            select(Notification)
            .where(Notification.user_id == ctx.actor.id, Notification.kind != _START)
            .order_by(Notification.id.desc())
            .limit(max(1, min(limit, 1000)))
        )
        return [
            NotificationInfo(n.id, n.kind, n.case_id, n.text, n.created_at, n.read_at is not None)
            for n in rows
        ]


def mark_read(ctx: ServiceContext, ids: Iterable[int] | None = None) -> None:
    """Mark ``ids`` (``None``: all) of this user's notifications read."""
    from sqlalchemy import update

    with ctx.db.write() as s:
        stmt = update(Notification).where(
            Notification.user_id == ctx.actor.id, Notification.read_at.is_(None)
        )
        if ids is not None:
            stmt = stmt.where(Notification.id.in_(list(ids)))
        s.execute(stmt.values(read_at=ctx.now()))


def muted_kinds(ctx: ServiceContext) -> set[str]:
    with ctx.db.read() as s:
        return set(s.scalars(select(NotifyMute.kind).where(NotifyMute.user_id == ctx.actor.id)))


def set_muted(ctx: ServiceContext, kind: str, muted: bool) -> None:
    """Mute or unmute one kind of notification for this user."""
    if kind not in KINDS:
        raise ValidationError("Unknown kind of notification: {kind}", kind=kind)
    with ctx.db.write() as s:
        s.execute(delete(NotifyMute).where(NotifyMute.user_id == ctx.actor.id, NotifyMute.kind == kind))
        if muted:
            s.add(NotifyMute(user_id=ctx.actor.id, kind=kind))
