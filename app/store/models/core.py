"""Tables of the core: users, shop settings, customers, orders and their lines, cases, case lines and events.

Money is stored as integer minor units beside a currency code; times as UTC (see :mod:`app.store.types`).
Free text that people search is copied, normalised, into ``search_text`` so one index serves every query.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.base import Base
from app.store.types import UTCDateTime, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(8), default="en")
    #: Per-case credit limit in the shop currency's minor units; ``None`` means the role's default.
    case_limit_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: Daily total credit limit (agents); ``None`` means the role's default.
    daily_limit_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """One shop setting, shared by the whole team. Declared (type, default, validation) in the domain registry."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(320), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    marketing_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    search_text: Mapped[str] = mapped_column(Text, default="")

    external_ids: Mapped[list[CustomerExternalId]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p).strip()


class CustomerExternalId(Base):
    """The customer's id in a shop system (Shopify, WooCommerce, PrestaShop…): one customer, many shops."""

    __tablename__ = "customer_external_ids"
    __table_args__ = (UniqueConstraint("source", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(120))

    customer: Mapped[Customer] = relationship(back_populates="external_ids")


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source", "number"),
        # Segments of the whole customer base in one scan (migration 0004): covers count, spend, last order.
        Index(
            "ix_orders_customer_history",
            "customer_id",
            "placed_at",
            "total_minor",
            "currency",
            "cancelled_at",
        ),
        # the reports' orders that spent credit: their totals by number, from the index alone (migration 0007)
        Index("ix_orders_number_total", "number", "currency", "total_minor"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(40), default="shop")
    #: The shop's order number without decoration (``#1001`` is stored as ``1001``).
    number: Mapped[str] = mapped_column(String(64), index=True)
    external_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True, index=True)
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    shipping_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(32), default="paid")
    fulfillment_status: Mapped[str | None] = mapped_column(String(32), nullable=True)
    promised_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    discount_codes: Mapped[str] = mapped_column(String(500), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer | None] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sku: Mapped[str] = mapped_column(String(120), default="")
    name: Mapped[str] = mapped_column(String(500), default="")
    variant: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger, default=0)

    order: Mapped[Order] = relationship(back_populates="lines")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_id", "status", "id"),
        Index("ix_cases_owner_status", "owner_id", "status"),
        Index(
            "ix_cases_customer_created", "customer_id", "created_at"
        ),  # claims in a window (migration 0004)
        # The reports: a period's cases from the index alone, every figure's column in it (migration 0006).
        Index(
            "ix_cases_report",
            "created_at",
            "owner_id",
            "kind",
            "channel",
            "status",
            "remedy",
            "first_answer_due",
            "first_answered_at",
            "resolution_due",
            "resolved_at",
            "closed_at",
            "proposed",
            "keep_credit_offered",
            "choice_remedy",
            "saving_minor",
            "replacement_cost_minor",
            "remedy_cost_minor",
        ),
        # The reports' cases still inside a deadline ("pending", which the rollups cannot store): only the cases
        # not yet answered / resolved, so the range "due from now on" touches recent cases alone (migration 0008).
        Index(
            "ix_cases_first_answer_open",
            "first_answer_due",
            "created_at",
            "owner_id",
            "kind",
            "channel",
            sqlite_where=text("first_answered_at IS NULL AND first_answer_due IS NOT NULL"),
            postgresql_where=text("first_answered_at IS NULL AND first_answer_due IS NOT NULL"),
        ),
        Index(
            "ix_cases_resolution_open",
            "resolution_due",
            "created_at",
            "owner_id",
            "kind",
            "channel",
            sqlite_where=text("resolved_at IS NULL AND closed_at IS NULL AND resolution_due IS NOT NULL"),
            postgresql_where=text("resolved_at IS NULL AND closed_at IS NULL AND resolution_due IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    channel: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(24))
    wants: Mapped[str] = mapped_column(String(16), default="unknown")
    summary: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_answer_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    first_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: The remedy chosen and its amount (credit or refund), shown in the inbox.
    remedy: Mapped[str | None] = mapped_column(String(32), nullable=True)
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: The reports' figures, recorded when they happen (migration 0006) so reports never read the events' JSON:
    #: a ``proposal`` event sets ``proposed`` and, when it listed keep-and-credit, ``keep_credit_offered``; the
    #: latest ``remedy_chosen`` event sets its remedy and its cost, the replacement's cost and the saving (minor
    #: units of the case currency). The saving counts while ``choice_remedy`` is still the case's ``remedy``.
    proposed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    keep_credit_offered: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    choice_remedy: Mapped[str | None] = mapped_column(String(32), nullable=True)
    remedy_cost_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    replacement_cost_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    saving_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    customer: Mapped[Customer] = relationship()
    order: Mapped[Order | None] = relationship()
    owner: Mapped[User | None] = relationship(foreign_keys=[owner_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
    lines: Mapped[list[CaseLine]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseLine.id"
    )
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.id"
    )


class CaseLine(Base):
    """An order line the case is about, with how many pieces are affected."""

    __tablename__ = "case_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)

    case: Mapped[Case] = relationship(back_populates="lines")
    order_line: Mapped[OrderLine] = relationship()


class CaseEvent(Base):
    """One entry of a case's timeline. Never updated: the timeline is the case's history."""

    __tablename__ = "case_events"
    __table_args__ = (
        Index("ix_case_events_case_at", "case_id", "at"),
        Index("ix_case_events_type_case", "type", "case_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    type: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    #: Internal events (agents' notes) never reach paper given to the customer or a courier.
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    case: Mapped[Case] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()
