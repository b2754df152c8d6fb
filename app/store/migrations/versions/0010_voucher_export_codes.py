"""voucher export codes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

A single-use coupon (WooCommerce ``usage_limit=1``) spent on a smaller cart leaves credit on its grant that the
used coupon can no longer carry. The next export gives the shop a new coupon for what is left, under a new code
linked to the same grant: ``voucher_exports.code`` is that code (``NULL``: the grant's own code), unique, so an
order that uses it redeems the grant; ``amount_minor`` is the amount the file gave the shop.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("voucher_exports", sa.Column("code", sa.String(length=20), nullable=True))
    op.add_column("voucher_exports", sa.Column("amount_minor", sa.BigInteger(), nullable=True))
    op.create_index("ix_voucher_exports_code", "voucher_exports", ["code"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_voucher_exports_code", table_name="voucher_exports")
    with op.batch_alter_table("voucher_exports") as batch:
        batch.drop_column("amount_minor")
        batch.drop_column("code")
