"""A team on one database (migration 0012): the change feed, who has which case open, and notifications.

* ``change_log``: on SQLite, every change a workstation must see (a case, a timeline entry, an approval request,
  credit, presence) is written here by triggers, in commit order; a workstation notices *that* something was
  committed with ``PRAGMA data_version`` and reads only the rows after the last it saw. On PostgreSQL the same
  triggers send ``NOTIFY rimedio_live`` instead and this table stays empty. No foreign keys: the log is pruned
  and must never hold back a delete. See :mod:`app.store.live_triggers`.
* ``case_presence``: one row per user and open case, refreshed by a heartbeat; a row older than the expiry is
  nobody (a crashed workstation does not stay "on the case").
* ``notifications``: what a user has been notified of, unique per user and key, so nothing is notified twice,
  across restarts and workstations; ``read_at`` for the in-app list.
* ``notify_mutes``: the kinds of notification a user does not want.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import UTCDateTime, utcnow


class ChangeLog(Base):
    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CasePresence(Base):
    __tablename__ = "case_presence"

    case_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    typing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("user_id", "key"),
        Index("ix_notifications_user_id_id", "user_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(24))
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class NotifyMute(Base):
    __tablename__ = "notify_mutes"

    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
