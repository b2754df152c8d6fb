"""The reports' rollups (migration 0008): per shop-calendar day, what the summary adds up, kept by triggers.

Nothing in the program writes these tables: the database does, with triggers on ``cases`` and ``credit_entries``
(every path — the ORM, the importers' Core inserts, bulk loads — goes through them), and
:func:`app.store.rollups.rebuild` refills them when the shop's time zone changes. Their columns are described
once in :mod:`app.store.rollup_counters` (:mod:`app.store.rollups` generates the triggers' and the rebuild's SQL
from that description; it imports these models, never the other way round).

* ``report_case_days``: one row per local day, owner (0 = nobody), kind and channel: counters and sums;
* ``report_owner_days``: the same per local day and owner, with the cases per kind and channel as counters;
* ``report_ledger_days``: one row per local day, currency, entry kind and author (0 = nobody): the amount;
* ``report_order_days``: one row per currency, order number and local day: the credit spent on the order,
  and the order's total (triggers on ``orders`` keep it when orders are imported or changed later);
* ``report_tz_offsets``: the shop zone's UTC offset from each instant on (the triggers' local day);
* ``report_rollup_state``: which zone the rollups were built in (the reports trust them only for that zone).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, Index, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base
from app.store.rollup_counters import CASE_COUNTERS, OWNER_COUNTERS, SECONDS_TYPE
from app.store.types import UTCDateTime


class ReportTzOffset(Base):
    __tablename__ = "report_tz_offsets"

    utc_from: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    offset_seconds: Mapped[int] = mapped_column(Integer)


class ReportRollupState(Base):
    __tablename__ = "report_rollup_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(64))


class ReportCaseDay(Base):
    __tablename__ = "report_case_days"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    channel: Mapped[str] = mapped_column(String(24), primary_key=True)


def _add_counters(model: type[Base], names) -> None:
    """The counter columns of a rollup, named by :mod:`app.store.rollup_counters` (seconds exact, counts whole)."""
    for name in names:
        kind = SECONDS_TYPE if name.endswith("_secs") else BigInteger()
        setattr(model, name, mapped_column(name, kind, nullable=False, default=0))


_add_counters(ReportCaseDay, CASE_COUNTERS)


class ReportOwnerDay(Base):
    __tablename__ = "report_owner_days"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)


_add_counters(ReportOwnerDay, OWNER_COUNTERS)


class ReportLedgerDay(Base):
    __tablename__ = "report_ledger_days"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    by_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)


class ReportOrderDay(Base):
    __tablename__ = "report_order_days"
    __table_args__ = (
        # in order-number order with the amounts: a period's orders are grouped as read, then merged with the
        # orders' index (PostgreSQL reads it without the table; SQLite's table is this order already)
        Index(
            "ix_report_order_days_amounts",
            "currency",
            "order_number",
            "day",
            "amount_minor",
            "order_total_minor",
        ),
        {"sqlite_with_rowid": False},
    )

    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    #: the imported order's total (``None``: no order of that number in that currency), kept by the orders' triggers
    order_total_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


def _delta_table(name: str, keys: list[Column], counters: list[str]) -> Table:
    """A rollup's appended deltas (PostgreSQL, migration 0011): the rollup's columns without its unique key, so
    appending never waits for another transaction; :func:`app.store.rollups.fold` empties it into the rollup."""
    return Table(
        name,
        Base.metadata,
        *keys,
        *[Column(c, SECONDS_TYPE if c.endswith("_secs") else BigInteger(), nullable=False) for c in counters],
    )


report_case_day_deltas = _delta_table(
    "report_case_day_deltas",
    [
        Column("day", Integer, nullable=False),
        Column("owner_id", Integer, nullable=False),
        Column("kind", String(24), nullable=False),
        Column("channel", String(24), nullable=False),
    ],
    CASE_COUNTERS,
)
report_owner_day_deltas = _delta_table(
    "report_owner_day_deltas",
    [Column("day", Integer, nullable=False), Column("owner_id", Integer, nullable=False)],
    OWNER_COUNTERS,
)
