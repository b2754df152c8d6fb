"""provisional redemptions

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

A redemption on an order number that is not imported yet is capped on the total typed at the counter; the table
``provisional_redemptions`` remembers it so that the import that brings the order checks the cap against the
order's real total and reports any credit above it (see :class:`app.store.models.ProvisionalRedemption`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "provisional_redemptions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_number", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("typed_total_minor", sa.BigInteger(), nullable=False),
        sa.Column("applied_minor", sa.BigInteger(), nullable=False),
        sa.Column("codes", sa.String(length=500), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("checked_at", UTCDateTime(), nullable=True),
        sa.Column("order_total_minor", sa.BigInteger(), nullable=True),
        sa.Column("excess_minor", sa.BigInteger(), nullable=True),
    )
    op.create_index(
        "ix_provisional_redemptions_open", "provisional_redemptions", ["order_number", "checked_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_provisional_redemptions_open", table_name="provisional_redemptions")
    op.drop_table("provisional_redemptions")
