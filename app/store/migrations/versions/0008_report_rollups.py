"""report rollups

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

The supervisors' summary adds up per-day rollups instead of scanning a year of cases and ledger entries (issue 8:
3.1 s on PostgreSQL, 6.8 s on SQLite at 1,000,000 cases and 2,000,000 entries). See
:mod:`app.store.models.reports` for the tables and :mod:`app.store.rollups` for what they hold:

* ``report_case_days``, ``report_owner_days``, ``report_ledger_days``, ``report_order_days``: kept by
  triggers on ``cases`` (insert, update, delete) and ``credit_entries`` (insert; the ledger is append-only), generated for each dialect from
  one description; SQLite row triggers, PostgreSQL statement triggers over transition tables; triggers on
  ``orders`` keep the totals of the orders that spent credit;
* ``report_tz_offsets``, ``report_rollup_state``: the shop zone's UTC offsets (the triggers' local day) and the
  zone the rollups were built in;
* ``ix_cases_first_answer_open``, ``ix_cases_resolution_open``: partial indexes of the cases not yet answered /
  resolved, for the "pending" figures that depend on the time of the report.

The rollups are filled here from the rows already stored, in the shop's zone (the same rebuild a change of
``shop.timezone`` runs). Plain ``create_table`` / ``create_index`` only: no batch mode on ``cases``.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from app.domain import settings_registry as registry
from app.store import rollups

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DEFAULT_ZONE = registry.spec("shop.timezone").default
FA_OPEN = "first_answered_at IS NULL AND first_answer_due IS NOT NULL"
RES_OPEN = "resolved_at IS NULL AND closed_at IS NULL AND resolution_due IS NOT NULL"


def upgrade() -> None:
    conn = op.get_bind()
    no_rowid = {"sqlite_with_rowid": False}
    op.create_table(
        "report_tz_offsets",
        sa.Column("utc_from", sa.DateTime(), primary_key=True),
        sa.Column("offset_seconds", sa.Integer(), nullable=False),
    )
    op.create_table(
        "report_rollup_state",
        sa.Column("name", sa.String(length=32), primary_key=True),
        sa.Column("value", sa.String(length=64), nullable=False),
    )
    counters = [
        sa.Column(name, rollups.SECONDS_TYPE if name.endswith("_secs") else sa.BigInteger(), nullable=False)
        for name in rollups.CASE_COUNTERS
    ]
    op.create_table(
        "report_case_days",
        sa.Column("day", sa.Integer(), primary_key=True),
        sa.Column("owner_id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=24), primary_key=True),
        sa.Column("channel", sa.String(length=24), primary_key=True),
        *counters,
        **no_rowid,
    )
    op.create_table(
        "report_owner_days",
        sa.Column("day", sa.Integer(), primary_key=True),
        sa.Column("owner_id", sa.Integer(), primary_key=True),
        *[
            sa.Column(
                name, rollups.SECONDS_TYPE if name.endswith("_secs") else sa.BigInteger(), nullable=False
            )
            for name in rollups.OWNER_COUNTERS
        ],
        **no_rowid,
    )
    op.create_table(
        "report_ledger_days",
        sa.Column("day", sa.Integer(), primary_key=True),
        sa.Column("currency", sa.String(length=3), primary_key=True),
        sa.Column("kind", sa.String(length=16), primary_key=True),
        sa.Column("by_id", sa.Integer(), primary_key=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        **no_rowid,
    )
    op.create_table(
        "report_order_days",
        sa.Column("currency", sa.String(length=3), primary_key=True),
        sa.Column("order_number", sa.String(length=64), primary_key=True),
        sa.Column("day", sa.Integer(), primary_key=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("order_total_minor", sa.BigInteger(), nullable=True),
        **no_rowid,
    )
    op.create_index(
        "ix_report_order_days_amounts",
        "report_order_days",
        ["currency", "order_number", "day", "amount_minor", "order_total_minor"],
    )
    op.create_index(
        "ix_cases_first_answer_open",
        "cases",
        ["first_answer_due", "created_at", "owner_id", "kind", "channel"],
        sqlite_where=sa.text(FA_OPEN),
        postgresql_where=sa.text(FA_OPEN),
    )
    op.create_index(
        "ix_cases_resolution_open",
        "cases",
        ["resolution_due", "created_at", "owner_id", "kind", "channel"],
        sqlite_where=sa.text(RES_OPEN),
        postgresql_where=sa.text(RES_OPEN),
    )
    for ddl in rollups.trigger_ddl(conn.dialect.name, deltas=False):  # in place; 0011 appends deltas instead
        op.execute(ddl)
    zone = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'shop.timezone'")).scalar()
    try:
        tz = ZoneInfo(str(zone or DEFAULT_ZONE).strip())
    except Exception:  # noqa: BLE001 - a zone this computer does not know: the default (the reports check it)
        tz = ZoneInfo(DEFAULT_ZONE)
    rollups.rebuild(conn, tz)


def downgrade() -> None:
    conn = op.get_bind()
    for ddl in rollups.drop_trigger_ddl(conn.dialect.name):
        op.execute(ddl)
    op.drop_index("ix_cases_resolution_open", table_name="cases")
    op.drop_index("ix_cases_first_answer_open", table_name="cases")
    for table in (
        "report_order_days",
        "report_ledger_days",
        "report_owner_days",
        "report_case_days",
        "report_rollup_state",
        "report_tz_offsets",
    ):
        op.drop_table(table)
