"""report indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Indexes the supervisors' reports need (``app/services/reports.py``), declared on the models too:

* ``credit_entries (currency, at, kind, amount_minor)``: the ledger's flows and the liability at a date are a
  range scan of this index alone, never of the 2,000,000-row table;
* ``case_events (type, case_id, id)``: a period's proposals and each case's latest choice without reading the
  other events of the timeline.

Plain ``create_index`` only (no batch mode): the FTS5 triggers of 0001 stay untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_credit_entries_currency_at",
        "credit_entries",
        ["currency", "at", "kind", "amount_minor"],
        unique=False,
    )
    op.create_index("ix_case_events_type_case", "case_events", ["type", "case_id", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_events_type_case", table_name="case_events")
    op.drop_index("ix_credit_entries_currency_at", table_name="credit_entries")
