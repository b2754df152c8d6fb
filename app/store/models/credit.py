"""Tables of store credit, approvals, campaigns and the audit log.

The ledger is append-only: ``credit_grants`` and ``credit_entries`` rows are inserted and never updated or
deleted (migration 0002 adds triggers that refuse it); a grant's balance is the sum of its entries. Voucher
codes are stored canonical (9 symbols, see :mod:`app.domain.vouchers`) in a unique column. The audit log is a
hash chain (:mod:`app.domain.audit_chain`); ``audit_head`` remembers where it ends, so cut-off rows are noticed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import UTCDateTime, utcnow


class CreditCampaign(Base):
    """Credit given to a set of customers in one batch (sign-up, win-back)."""

    __tablename__ = "credit_campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cap_share: Mapped[Decimal | None] = mapped_column(Numeric(5, 4), nullable=True)
    #: How the customers were chosen (segment, dates), as given.
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CreditGrant(Base):
    """Credit given to one customer. Never updated: what happens to it afterwards is in its entries."""

    __tablename__ = "credit_grants"
    __table_args__ = (
        UniqueConstraint("campaign_id", "customer_id"),
        Index("ix_credit_grants_expires_on", "expires_on"),
        Index("ix_credit_grants_created_by_at", "created_by_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(String(16))
    #: The case id or campaign name the reason refers to.
    reason_ref: Mapped[str | None] = mapped_column(String(120), nullable=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("credit_campaigns.id"), nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Canonical voucher code (9 symbols, no prefix or hyphens).
    code: Mapped[str] = mapped_column(String(20), unique=True)
    #: Share of an order this grant may pay; ``None`` means the shop's ``credit.cap_share``.
    cap_share: Mapped[Decimal | None] = mapped_column(Numeric(5, 4), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CreditEntry(Base):
    """One line of the ledger: a signed amount on one grant, who made it and when."""

    __tablename__ = "credit_entries"
    __table_args__ = (
        Index("ix_credit_entries_currency_at", "currency", "at", "kind", "amount_minor"),
        # the reports' ledger pass (per week, kind and author) and its orders (migration 0007)
        Index("ix_credit_entries_report", "currency", "at", "kind", "by_id", "amount_minor"),
        Index("ix_credit_entries_order_spend", "order_number", "kind", "currency", "at", "amount_minor"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("credit_grants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    #: The shop's order number (normalised) for ``redeem`` and ``restore``.
    order_number: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    #: The order total the redemption's cap was computed on, for the record.
    order_total_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ProvisionalRedemption(Base):
    """A redemption on an order number Rimedio did not hold yet, capped on the total the agent typed.

    The ledger entries are the redemption; this row remembers that their cap rests on a typed total, so the
    import that later brings the order checks it against the real one (``checked_at``, the order's total and the
    credit above its cap, if any). Unlike the ledger it is updated once, when checked.
    """

    __tablename__ = "provisional_redemptions"
    __table_args__ = (Index("ix_provisional_redemptions_open", "order_number", "checked_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    #: The total typed at the counter, on which the cap was computed.
    typed_total_minor: Mapped[int] = mapped_column(BigInteger)
    applied_minor: Mapped[int] = mapped_column(BigInteger)
    #: The voucher codes (display form) the redemption drew on, comma-separated.
    codes: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: The order's total (before discounts) as the import brought it.
    order_total_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: Credit on the order above its cap when checked (0: within it).
    excess_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ApprovalRequest(Base):
    """A credit above the asker's limit (or for a flagged customer), waiting for a supervisor."""

    __tablename__ = "approval_requests"
    __table_args__ = (
        # At most one open request per case, whatever the services do.
        Index(
            "uq_approval_requests_pending_case",
            "case_id",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
        Index("ix_approval_requests_status", "status", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    remedy: Mapped[str] = mapped_column(String(32))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: Why it needed approval: ``case_limit``, ``daily_limit``, ``flagged`` (comma-separated).
    why: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("credit_grants.id"), nullable=True)


class AuditLog(Base):
    """One audit entry, sealed with the hash of the one before. Never updated or deleted.

    Ids are given by the service (the previous id + 1) while it holds the chain's lock, so the log order is the
    id order on both databases.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(48), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The one row that says where the audit chain ends (its last id and hash)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class InstallationKey(Base):
    """A secret made when the database was created (migration 0013), e.g. the key of unknown login names."""

    __tablename__ = "installation_keys"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
