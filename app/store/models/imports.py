"""Tables of shop imports and exports: saved column mappings, the keys imported customers were matched by,
a log of import runs, and which vouchers went out to the shop in which format.

Orders and customers themselves live in the core tables; these only help an import find them again (so that
importing a file twice changes nothing) and record what crossed the border of the program.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.types import UTCDateTime, utcnow


class ImportMapping(Base):
    """A column mapping saved by name (``ColumnMapping.to_json``), for files of shops we do not know."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    definition: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CustomerImportKey(Base):
    """A matching key of an imported customer (``email:…``, ``shopify:…``, ``phone:…``, ``name:…|zip``,
    ``guest:…``), so that the next import of the same file finds the same customer."""

    __tablename__ = "customer_import_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)


class ImportRun(Base):
    """One import that was written (dry runs and refused files leave no trace), with its counts."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    redemptions: Mapped[int] = mapped_column(Integer, default=0)


class VoucherExport(Base):
    """A voucher (credit grant) written to a file for the shop: which format, when, by whom, for how much.

    ``code`` is set when the shop was given a new code for the grant: a single-use coupon (WooCommerce
    ``usage_limit=1``) spent on a smaller cart leaves credit that the next export offers under a new code,
    linked to the same grant (an order using that code redeems it). ``None``: the grant's own code.
    """

    __tablename__ = "voucher_exports"
    __table_args__ = (
        Index("ix_voucher_exports_grant_format", "grant_id", "format"),
        Index("ix_voucher_exports_code", "code", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("credit_grants.id"))
    format: Mapped[str] = mapped_column(String(32))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    #: Canonical code of a coupon for the grant's remainder; ``None`` when the grant's own code was written.
    code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: The amount the file gave the shop (minor units of the grant's currency).
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
