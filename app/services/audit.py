"""The audit log: who did what, sealed in a hash chain, and the check that finds a row changed behind our back.

Other services call :func:`append` inside their own transaction, **as the last thing they do** (it takes the
chain's lock, held until commit: ``pg_advisory_xact_lock`` on PostgreSQL; on SQLite the write transaction is
already ``BEGIN IMMEDIATE``). Ids are the previous id + 1, so the chain order is the id order. Entries carry only
JSON values (amounts as ``Money.plain()`` strings); this module never updates or deletes a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, ChainRow, link_hash, verify_chain
from app.domain.permissions import Permission
from app.services.context import ServiceContext
from app.store.models import AuditHead, AuditLog
from app.store.types import utcnow

#: Advisory lock key of the chain's end on PostgreSQL ("RIMA" as an integer).
AUDIT_LOCK_KEY = 0x52494D41
_HEAD_ID = 1


class Action:
    """What is logged. Stored values: add, never rename."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    USER_ADDED = "user_added"
    PASSWORD_CHANGED = "password_changed"
    SETTING_CHANGED = "setting_changed"
    CREDIT_ISSUED = "credit_issued"
    CREDIT_REDEEMED = "credit_redeemed"
    CREDIT_CANCELLED = "credit_cancelled"
    CREDIT_ADJUSTED = "credit_adjusted"
    CREDIT_RESTORED = "credit_restored"
    CREDIT_EXPIRED = "credit_expired"
    APPROVAL_REQUESTED = "approval_requested"
    APPROVAL_APPROVED = "approval_approved"
    APPROVAL_REJECTED = "approval_rejected"
    APPROVAL_EXPIRED = "approval_expired"
    APPROVAL_WITHDRAWN = "approval_withdrawn"
    CAMPAIGN_ISSUED = "campaign_issued"
    USER_CHANGED = "user_changed"


def _entry(row: AuditLog) -> dict[str, Any]:
    """What a row's hash covers: everything in it except the hashes."""
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "actor_id": row.actor_id,
        "actor": row.actor,
        "action": row.action,
        "subject": row.subject,
        "data": row.data,
    }


def lock_chain(session: Session) -> None:
    """Hold the end of the chain until the transaction ends (a no-op on SQLite, already serialised)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})


def append(
    session: Session,
    action: str,
    *,
    actor_id: int | None,
    actor: str | None,
    subject: str = "",
    data: dict[str, Any] | None = None,
) -> int:
    """Seal and add one entry after the current end of the chain; returns its id."""
    lock_chain(session)
    last = session.execute(select(AuditLog.id, AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    at = utcnow().replace(microsecond=0)
    row = AuditLog(id=prev_id + 1, at=at, actor_id=actor_id, actor=actor, action=action,
                   subject=(subject or "")[:200], data=data or {}, prev_hash=prev_hash, hash="")
    row.hash = link_hash(prev_hash, _entry(row))
    # Core statements, not the unit of work: this runs inside every audited call and must stay cheap.
    session.execute(insert(AuditLog).values(id=row.id, at=at, actor_id=actor_id, actor=actor, action=action,
                                            subject=row.subject, data=row.data, prev_hash=prev_hash, hash=row.hash))
    moved = session.execute(update(AuditHead).where(AuditHead.id == _HEAD_ID)
                            .values(last_id=row.id, hash=row.hash).execution_options(synchronize_session=False))
    if not moved.rowcount:
        session.execute(insert(AuditHead).values(id=_HEAD_ID, last_id=row.id, hash=row.hash))
    return row.id


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str | None
    action: str
    subject: str
    data: dict[str, Any]


@dataclass(frozen=True)
class AuditCheck:
    """The result of walking the chain: ``broken_id``/``reason`` name the first broken link (``None`` if whole)."""

    rows: int
    head: str | None
    broken_index: int | None = None
    broken_id: int | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def _chain_rows(session: Session) -> Iterator[ChainRow]:
    stmt = select(AuditLog).order_by(AuditLog.id).execution_options(yield_per=2000)
    for row in session.scalars(stmt):
        yield ChainRow(row.id, _entry(row), row.hash, row.prev_hash)


def verify(ctx: ServiceContext) -> AuditCheck:
    """Walk the whole chain and the recorded head; admins (and auditors) only."""
    ctx.require(Permission.AUDIT)
    with ctx.db.read() as s:
        count = int(s.scalar(select(func.count(AuditLog.id))) or 0)
        head = s.get(AuditHead, _HEAD_ID)
        expected = head.hash if head is not None else None
        broken = verify_chain(_chain_rows(s), expected_head=expected)
        if broken is None:
            return AuditCheck(count, expected)
        return AuditCheck(count, expected, broken.index, broken.id, broken.reason.value)


def list_entries(ctx: ServiceContext, *, limit: int = 50, action: str | None = None) -> list[AuditRow]:
    """The newest entries first."""
    ctx.require(Permission.AUDIT)
    with ctx.db.read() as s:
        stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(max(1, min(limit, 10_000)))
        if action:
            stmt = stmt.where(AuditLog.action == action)
        return [AuditRow(r.id, r.at, r.actor, r.action, r.subject, dict(r.data or {})) for r in s.scalars(stmt)]
