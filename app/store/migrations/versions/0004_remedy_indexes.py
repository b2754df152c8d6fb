"""remedy indexes: customer segments and claim rates computed by the database

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

``ix_orders_customer_history`` covers every column the segment query reads (customer, date, total, currency,
cancellation), so the whole customer base is classified by one ordered scan of the index, without touching the
table. ``ix_cases_customer_created`` counts a customer's claims in the claim-rate window. Plain ``create_index``
only: on SQLite a batch operation would recreate ``orders``/``cases`` and drop the search triggers of 0001.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_orders_customer_history",
        "orders",
        ["customer_id", "placed_at", "total_minor", "currency", "cancelled_at"],
        unique=False,
    )
    op.create_index("ix_cases_customer_created", "cases", ["customer_id", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_customer_created", table_name="cases")
    op.drop_index("ix_orders_customer_history", table_name="orders")
