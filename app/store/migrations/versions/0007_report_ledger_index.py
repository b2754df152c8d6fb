"""report ledger indexes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

Indexes for the supervisors' summary over the ledger (``app/services/reports.py``, issue 8), declared on the
model too:

* ``credit_entries (currency, at, kind, by_id, amount_minor)``: the period's flows per week and kind and the
  credit each agent issued are one pass over this index alone (0005's index lacks the author);
* ``credit_entries (order_number, kind, currency, at, amount_minor)``: the orders that spent credit are grouped
  in the index's order (no sort of the period's redemptions) without reading the table;
* ``orders (number, currency, total_minor)``: those orders' totals, one probe of this index each.

Plain ``create_index`` only (no batch mode).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_credit_entries_report",
        "credit_entries",
        ["currency", "at", "kind", "by_id", "amount_minor"],
        unique=False,
    )
    op.create_index(
        "ix_credit_entries_order_spend",
        "credit_entries",
        ["order_number", "kind", "currency", "at", "amount_minor"],
        unique=False,
    )
    op.create_index("ix_orders_number_total", "orders", ["number", "currency", "total_minor"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_orders_number_total", table_name="orders")
    op.drop_index("ix_credit_entries_order_spend", table_name="credit_entries")
    op.drop_index("ix_credit_entries_report", table_name="credit_entries")
