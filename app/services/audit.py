"""The audit log: who did what, sealed in a hash chain, and the check that finds a row changed behind our back.

**No lock through the work.** :func:`append` only queues the entry on the caller's session; the entries are
numbered, chained and written when that session commits (a ``before_commit`` hook), as the very last thing of
the transaction. Only then is the chain's lock taken (``pg_advisory_xact_lock`` on PostgreSQL; on SQLite the
write transaction is already ``BEGIN IMMEDIATE``), and it is held only for two reads, one insert and one update
before the commit. Lock order, everywhere: a service's own rows (cases, users, grants, rollups) first, the chain
last; the chain's holder waits for nothing else, so it can never be part of a deadlock.

**A cut tail is noticed.** Before appending, the stored head (``audit_head``) must match the last row; a head
pointing past the last row (the newest rows were deleted) or at another hash refuses the append with
:class:`AuditTamperedError` instead of sealing again over the hole — the whole business transaction is
refused, and an admin must look (``rimedio audit verify``).

Ids are the previous id + 1, so the chain order is the id order. Entries carry only JSON values (amounts as
``Money.plain()`` strings); this module never updates or deletes a row of ``audit_log``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, func, insert, select, text, update
from sqlalchemy import event as orm_events
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, ChainRow, link_hash, verify_chain
from app.domain.permissions import Permission
from app.errors import RimedioError
from app.services.context import ServiceContext
from app.store.models import AuditHead, AuditLog

if TYPE_CHECKING:  # anchors imports this module
    from app.services.anchors import Anchor

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
    return _entry_of(
        {
            "id": row.id,
            "at": row.at,
            "actor_id": row.actor_id,
            "actor": row.actor,
            "action": row.action,
            "subject": row.subject,
            "data": row.data,
        }
    )


def _entry_of(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "at": row["at"].isoformat(),
        "actor_id": row["actor_id"],
        "actor": row["actor"],
        "action": row["action"],
        "subject": row["subject"],
        "data": row["data"],
    }


class AuditTamperedError(RimedioError):
    """The chain's recorded end does not match its last row: rows were removed or the head was changed."""

    code = "tampered"


_PENDING = "rimedio_audit_pending"


def lock_chain(session: Session) -> None:
    """Hold the end of the chain until the transaction ends (a no-op on SQLite, already serialised)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})


def append(
    session: Session,
    action: str,
    *,
    at: datetime,
    actor_id: int | None,
    actor: str | None,
    subject: str = "",
    data: dict[str, Any] | None = None,
) -> None:
    """Add one entry to the chain when ``session`` commits, made ``at`` (the service's now, by its clock); nothing
    if it rolls back."""
    entry = {
        "at": at.replace(microsecond=0),
        "actor_id": actor_id,
        "actor": actor,
        "action": action,
        "subject": (subject or "")[:200],
        "data": data or {},
    }
    session.info.setdefault(_PENDING, []).append(entry)


def _newest(column: Any) -> Any:
    return select(column).order_by(AuditLog.id.desc()).limit(1).scalar_subquery()


def _head(column: Any) -> Any:
    return select(column).where(AuditHead.id == _HEAD_ID).scalar_subquery()


#: The chain's last row and its recorded head; a missing one reads as NULLs
_HEAD_AND_LAST = select(
    _newest(AuditLog.id).label("last_id"),
    _newest(AuditLog.hash).label("last_hash"),
    _head(AuditHead.last_id).label("head_id"),
    _head(AuditHead.hash).label("head_hash"),
)


def check_head(session: Session) -> tuple[int, str]:
    """The id and hash of the chain's last row, after checking that the recorded head points at it."""
    row = session.execute(_HEAD_AND_LAST).one()  # both in one statement (one round trip, one snapshot)
    last_id, last_hash = (int(row.last_id), row.last_hash) if row.last_id is not None else (0, GENESIS)
    head_id, head_hash = (int(row.head_id), row.head_hash) if row.head_id is not None else (0, GENESIS)
    if (head_id, head_hash) != (last_id, last_hash):
        raise AuditTamperedError(
            "The audit log was tampered with: it should end at entry {head} but ends at entry {last}. Nothing was "
            "saved; an admin checks it with `rimedio audit verify`.",
            head=head_id,
            last=last_id,
        )
    return last_id, last_hash


def _seal_pending(session: Session) -> None:
    """Write the queued entries after the chain's end (the last thing before the commit)."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()  # the work's own rows (and the locks they take) first: the commit would flush them after this
    lock_chain(session)
    prev_id, prev_hash = check_head(session)
    rows = []
    for entry in pending:
        row = {"id": prev_id + 1, **entry, "prev_hash": prev_hash}
        row["hash"] = link_hash(prev_hash, _entry_of(row))
        rows.append(row)
        prev_id, prev_hash = row["id"], row["hash"]
    # Core statements, not the unit of work: this runs inside every audited call and must stay cheap.
    session.execute(insert(AuditLog), rows)
    # an UPDATE's result is a CursorResult (with rowcount); Session.execute is typed for any statement
    moved = cast(
        CursorResult[Any],
        session.execute(
            update(AuditHead)
            .where(AuditHead.id == _HEAD_ID)
            .values(last_id=prev_id, hash=prev_hash)
            .execution_options(synchronize_session=False)
        ),
    )
    if not moved.rowcount:
        session.execute(insert(AuditHead).values(id=_HEAD_ID, last_id=prev_id, hash=prev_hash))


def _forget_pending(session: Session, previous_transaction: Any) -> None:
    if previous_transaction.parent is None:  # the whole transaction, not a savepoint
        session.info.pop(_PENDING, None)


orm_events.listen(Session, "before_commit", _seal_pending)
orm_events.listen(Session, "after_soft_rollback", _forget_pending)


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
    """The result of walking the chain: ``broken_id``/``reason`` name the first broken link (``None`` if whole).

    Reasons: ``content``, ``link``, ``truncated`` (the recorded head is past the last row), ``beyond_head``
    (rows after the recorded head), and with an anchor ``anchor_signature`` (the anchor was not signed with this
    shop's key), ``anchor_missing`` (the log no longer reaches the anchored entry), ``anchor_changed`` (the
    anchored entry's hash differs: history up to it was rewritten).
    """

    rows: int
    head: str | None
    broken_index: int | None = None
    broken_id: int | None = None
    reason: str | None = None
    anchored_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def _chain_rows(
    session: Session, seen: dict[int, str] | None = None, watch: int | None = None
) -> Iterator[ChainRow]:
    stmt = select(AuditLog).order_by(AuditLog.id).execution_options(yield_per=2000)
    for row in session.scalars(stmt):
        if seen is not None and row.id == watch:
            seen[row.id] = row.hash
        yield ChainRow(row.id, _entry(row), row.hash, row.prev_hash)


def verify(ctx: ServiceContext, anchor: Anchor | None = None) -> AuditCheck:
    """Walk the whole chain and the recorded head (and, given an anchor, prove the log still holds it
    unchanged); admins only. Reads only: nothing is appended before (or by) the check."""
    ctx.require(Permission.AUDIT)
    # the anchor (its module stands on this one) checks its own signature, with this computer's key
    signed = anchor.signed_here() if anchor is not None else True
    with ctx.db.read() as s:
        count = int(s.scalar(select(func.count(AuditLog.id))) or 0)
        head = s.execute(select(AuditHead.last_id, AuditHead.hash).where(AuditHead.id == _HEAD_ID)).first()
        expected = head[1] if head is not None else None
        last = s.execute(select(AuditLog.id, AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)).first()
        seen: dict[int, str] = {}
        broken = verify_chain(_chain_rows(s, seen, anchor.last_id if anchor is not None else None))
        if broken is not None:
            return AuditCheck(count, expected, broken.index, broken.id, broken.reason.value)
        last_id, last_hash = (int(last[0]), last[1]) if last else (0, GENESIS)
        head_id, head_hash = (int(head[0]), head[1]) if head else (0, GENESIS)
        if (head_id, head_hash) != (last_id, last_hash):
            reason = "beyond_head" if head_id < last_id else "truncated"
            return AuditCheck(count, expected, count, None, reason)
        if anchor is not None:
            if not signed:
                return AuditCheck(count, expected, None, None, "anchor_signature", anchor.last_id)
            if anchor.last_id not in seen:
                return AuditCheck(count, expected, count, None, "anchor_missing", anchor.last_id)
            if seen[anchor.last_id] != anchor.head:
                return AuditCheck(count, expected, None, anchor.last_id, "anchor_changed", anchor.last_id)
            return AuditCheck(count, expected, anchored_id=anchor.last_id)
        return AuditCheck(count, expected)


def list_entries(ctx: ServiceContext, *, limit: int = 50, action: str | None = None) -> list[AuditRow]:
    """The newest entries first."""
    ctx.require(Permission.AUDIT)
    with ctx.db.read() as s:
        stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(max(1, min(limit, 10_000)))
        if action:
            stmt = stmt.where(AuditLog.action == action)
        return [
            AuditRow(r.id, r.at, r.actor, r.action, r.subject, dict(r.data or {})) for r in s.scalars(stmt)
        ]
